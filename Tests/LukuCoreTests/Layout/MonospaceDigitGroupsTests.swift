import XCTest
@testable import LukuCore

/// `MonospaceDigitGroups`: in the core font Courier a thousands space is one glyph cell (0.6 em)
/// and joins the groups; columns several cells apart stay apart. Hold-out set 8 variants
/// (`make_holdout8.py --only 05,09 --seed 1000`, fpdf2); expected values from the printed pages
/// (`pdftotext -layout`).
final class MonospaceDigitGroupsTests: XCTestCase {
    func testCourierGroupsJoinAndColumnsStayApart() throws {
        let lines = try Fixtures.lines(Fixtures.holdOut8CourierRahoitusPDF, page: 2)
        let row = try XCTUnwrap(lines.first { $0.words.first?.text == "Vuosikate" })
        XCTAssertTrue(row.words.allSatisfy(\.isMonospace))
        let joined = NumberJoiner().join(row)
        XCTAssertEqual(joined.words.map(\.text), ["Vuosikate", "8 843 500", "4 769 325"])
        XCTAssertFalse(joined.words.contains(where: \.doubtfulJoin))
    }

    func testCourierRahoituslaskelmaReadWhole() throws {
        let table = try XCTUnwrap(Pipeline(pageThreads: 1).run(path: Fixtures.holdOut8CourierRahoitusPDF).allTables.first)
        func values(_ label: String) throws -> [Decimal?] {
            PrintedFigures.values(try XCTUnwrap(table.rows.first { $0.label == label }, label))
        }
        XCTAssertEqual(try values("Vuosikate"), PrintedFigures.decimals(["8843500", "4769325"]))
        XCTAssertEqual(try values("Investointimenot"), PrintedFigures.decimals(["-12694992", "-12681178"]))
        XCTAssertEqual(try values("Rahoituksen rahavirta yhteensä"), PrintedFigures.decimals(["6096894", "-372396"]))
        XCTAssertEqual(try values("Rahavarojen muutos"), PrintedFigures.decimals(["4473290", "-7034440"]))
    }

    /// The ERP listing's trailing minus (`38 103-`) joins its last group as in proportional fonts.
    func testTrailingMinusInCourier() throws {
        let lines = try Fixtures.lines(Fixtures.holdOut8ERPTrailingMinusPDF, page: 1)
        let row = try XCTUnwrap(lines.first { $0.words.first?.text == "Henkilöstökulut" })
        XCTAssertEqual(NumberJoiner().join(row).words.map(\.text),
                       ["Henkilöstökulut", "1 879 458-", "1 941 240-", "61 782-", "103,3"])
    }

    /// A proportional font is left as it was: hold-out set 7's wkhtmltopdf page (Liberation Sans)
    /// has no monospace word, and its lines join exactly as without the rule.
    func testProportionalFontUntouched() throws {
        let lines = try Fixtures.lines(Fixtures.holdOut7AppReportPDF, page: 1)
        XCTAssertFalse(lines.contains { $0.words.contains(where: \.isMonospace) })
        XCTAssertFalse(FontFace(name: "ABCDEF+LiberationSans", size: 9).isMonospace)
        XCTAssertFalse(FontFace(name: "MonotypeCorsiva", size: 9).isMonospace)
        XCTAssertTrue(FontFace(name: "Courier-Bold", size: 9).isMonospace)
        XCTAssertTrue(FontFace(name: "QWERTY+DejaVuSansMono", size: 9).isMonospace)
    }
}
