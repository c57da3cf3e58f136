import XCTest
@testable import LukuCore

/// `PageOfPagesBand.isTitleYear`: an FPDF `header()` band whose title holds years
/// (`Investointiohjelma 2026–2029 · Talousarvio 2026  Sivu 2/2`) is page furniture, and the table
/// under it on page 2 continues the one on page 1. Hold-out set 8 variant
/// (`make_holdout8.py --only 03 --seed 1000`, fpdf2's table() API with repeated headings); expected
/// values from the printed page.
final class PageOfPagesBandTitleYearTests: XCTestCase {
    func testYearsInTheBandTitle() {
        XCTAssertTrue(PageOfPagesBand.matches(["Investointiohjelma", "2026–2029", "·", "Talousarvio", "2026", "Sivu", "2/2"]))
        XCTAssertTrue(PageOfPagesBand.isTitleYear("2026"))
        XCTAssertTrue(PageOfPagesBand.isTitleYear("2026-2029"))
        XCTAssertFalse(PageOfPagesBand.isTitleYear("2 026"))
        XCTAssertFalse(PageOfPagesBand.isTitleYear("12 500"))
        XCTAssertFalse(PageOfPagesBand.matches(["Vuosikate", "12 500", "Sivu", "1/2"]), "a figure before Sivu")
        XCTAssertFalse(PageOfPagesBand.matches(["Talousarvio", "2026", "1/2"]), "no page word")
    }

    func testTableContinuesUnderTheBand() throws {
        let doc = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut8HeaderBandPDF)
        let tables = doc.allTables.filter { $0.rows.contains { $0.label == "Investoinnit yhteensä" } }
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(doc.allTables.count, 1, "page 2 continues the table")
        let top = try XCTUnwrap(table.rows.first { $0.label == "Harjun saneeraus" }, "page 2's first row")
        XCTAssertEqual(PrintedFigures.values(top), PrintedFigures.decimals(["844652", "-325807", "0", "0", "-124435"]))
        let total = try XCTUnwrap(table.rows.first { $0.label == "Investoinnit yhteensä" })
        XCTAssertEqual(PrintedFigures.values(total),
                       PrintedFigures.decimals(["135463053", "-26647797", "-24235078", "-24710037", "-36818801"]))
    }
}
