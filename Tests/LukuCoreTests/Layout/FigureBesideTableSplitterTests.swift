import XCTest
@testable import LukuCore

/// `FigureBesideTableSplitter`: a chart printed beside a table (its bar figures and axis years
/// level with the table's rows). Hold-out set 11 variant (`make_holdout11.py --only 05 --seed
/// 1000`, WeasyPrint); expected values from the printed page (`pdftotext -layout`:
/// `I Aineettomat hyödykkeet  246 149,10  861 017,03 … 18,9`, the years `2021 … 2025` between
/// `II Rahat ja pankkisaamiset` and `VASTAAVAA YHTEENSÄ  112 981 025,75 62 563 970,97`).
final class FigureBesideTableSplitterTests: XCTestCase {
    func testChartLabelsLeaveTheRowsAndTheTotalRowStays() throws {
        let doc = try Pipeline(pageThreads: 1).run(path: Fixtures.holdOutSet11ChartBesideTasePDF)
        let tables = doc.allTables
        XCTAssertEqual(tables.count, 2)   // no table of bar figures
        let va = try XCTUnwrap(tables.first { $0.rows.contains { $0.label == "VASTAAVAA YHTEENSÄ" } })
        func values(_ label: String, _ t: Table) throws -> [Decimal?] { try PrintedFigures.values(of: label, in: t) }
        XCTAssertEqual(va.columns.count, 2)   // the axis years are no period columns
        XCTAssertEqual(try values("I Aineettomat hyödykkeet", va), PrintedFigures.decimals(["246149.10", "861017.03"]))
        XCTAssertEqual(try values("VASTAAVAA YHTEENSÄ", va), PrintedFigures.decimals(["112981025.75", "62563970.97"]))
        let vt = try XCTUnwrap(tables.first { $0.rows.contains { $0.label == "VASTATTAVAA YHTEENSÄ" } })
        XCTAssertEqual(vt.columns.count, 2)
        XCTAssertEqual(try values("A OMA PÄÄOMA", vt), PrintedFigures.decimals(["35833871.75", "31368332.28"]))
        XCTAssertEqual(try values("III Tilikauden ylijäämä", vt), PrintedFigures.decimals(["2064409.62", "2715283.88"]))
        XCTAssertEqual(try values("VASTATTAVAA YHTEENSÄ", vt), PrintedFigures.decimals(["112981025.75", "62563970.97"]))
        let issue = try XCTUnwrap(doc.issues.first { $0.code == "figure-labels" })
        XCTAssertEqual(issue.severity, .info)
        XCTAssertEqual(issue.page, 1)
    }

    func testCaptionWords() {
        func cell(_ texts: String...) -> [Word] { texts.map { Word(text: $0) } }
        XCTAssertTrue(FigureBesideTableSplitter.isCaption(cell("Kuvio", "1.", "Taseen")))
        XCTAssertTrue(FigureBesideTableSplitter.isCaption(cell("Kaavio", "3.2", "Lainakanta")))
        XCTAssertFalse(FigureBesideTableSplitter.isCaption(cell("Kuvio", "Lainakanta")))    // no number
        XCTAssertFalse(FigureBesideTableSplitter.isCaption(cell("Kuva", "2021-2025")))     // a range, not a number
        XCTAssertFalse(FigureBesideTableSplitter.isCaption(cell("Verotulot", "1.")))
    }

    /// A page without a caption is left as it is (the splitter runs on every page).
    func testPageWithoutCaptionUntouched() throws {
        let lines = try Fixtures.lines(Fixtures.holdOutSet10LeaderBesideProsePDF, page: 1)
        let out = FigureBesideTableSplitter().split(lines)
        XCTAssertEqual(out.lines, lines)
        XCTAssertEqual(out.leftOut, 0)
    }
}
