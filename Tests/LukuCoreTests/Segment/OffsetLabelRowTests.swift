import XCTest
@testable import LukuCore

/// `OffsetLabelRow`: a row whose label WebKit prints 3.5 pt below its figures (both 7 pt tall) is
/// one row. Hold-out set 7 variant (`make_holdout7.py --only 03 --seed 1000`,
/// Fixtures.holdOut7OffsetLabelPDF, wkhtmltopdf): p. 2, `Vesijohtoverkoston saneeraus, alue 12`;
/// expected values from the printed page.
final class OffsetLabelRowTests: XCTestCase {
    func testFiguresAboveTheirLabelJoinIt() throws {
        let lines = try Fixtures.lines(Fixtures.holdOut7OffsetLabelPDF, page: 2)
        let figures = try XCTUnwrap(lines.firstIndex { $0.words.first?.text.filter(\.isASCIIDigit) == "2868685" },
                                   "the figures: a line of their own before the rule")
        XCTAssertEqual(lines[figures + 1].text, "Vesijohtoverkoston saneeraus, alue 12")
        let joined = OffsetLabelRow.join(lines)
        XCTAssertEqual(joined.count, lines.count - 1)
        let row = try XCTUnwrap(joined.first { $0.text.hasPrefix("Vesijohtoverkoston saneeraus, alue 12 ") })
        XCTAssertEqual(row.words.count, 4 + 5, "the label's four words and the five figures")
        let table = try XCTUnwrap(Pipeline(pageThreads: 1).run(path: Fixtures.holdOut7OffsetLabelPDF).allTables.first)
        let read = try XCTUnwrap(table.rows.first { $0.label == "Vesijohtoverkoston saneeraus, alue 12" })
        XCTAssertEqual(PrintedFigures.values(read), PrintedFigures.decimals(["2868685", "0", "-1075838", "-1305674", "-1005455"]))
        XCTAssertEqual(read.group, "Vesihuolto")
    }

    /// Lines a pitch apart never join: every other page of the fixture, and a page of prose beside
    /// a small table (hold-out set 3, hold3-06), keep their lines.
    func testLinesAPitchApartStay() throws {
        let first = try Fixtures.lines(Fixtures.holdOut7OffsetLabelPDF, page: 1)
        XCTAssertEqual(OffsetLabelRow.join(first).count, first.count)
        let twoColumns = try Fixtures.lines(Fixtures.holdOut3TwoColumnTablePDF, page: 1)
        XCTAssertEqual(OffsetLabelRow.join(twoColumns).count, twoColumns.count)
    }
}
