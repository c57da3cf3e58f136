import XCTest
@testable import LukuCore

/// `FiguresDifferAcrossPages`: rows that close page after page with one shape, digits aside, but
/// other figures on each page, are a table's rows, not a running foot. Hold-out set 6 variant
/// (`make_holdout6.py --only 11 --seed 1000`, Fixtures.holdOut6GroupPerPagePDF, iText 5): five
/// boards, one a page; expected values from its truth by construction (the printed figures).
final class FiguresDifferAcrossPagesTests: XCTestCase {
    func testEveryBoardsRowsStayAndTheBandAndFootGo() throws {
        let pages = try Fixtures.pages(Fixtures.holdOut6GroupPerPagePDF)
        let lines = pages.flatMap { LineBuilder().lines(of: $0).map(NumberJoiner().join) }
        let kept = PageDebrisFilter.filterPDF(lines).map(\.text)
        XCTAssertFalse(kept.contains { $0.contains("Sivu 2 / 5") }, "the foot goes: \(kept)")
        XCTAssertFalse(kept.contains { $0.contains("Ajopäivä") }, "the band goes")
        for label in ["MENOT", "TULOT", "NETTOMENO"] {
            XCTAssertEqual(kept.filter { $0.hasPrefix(label + " ") }.count, 5, label)
        }
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut6GroupPerPagePDF).allTables
        XCTAssertEqual(tables.count, 5)
        XCTAssertEqual(tables.map { $0.rows.map(\.label) }, Array(repeating: ["MENOT", "TULOT", "NETTOMENO"], count: 5))
        // Truth kaytto-1 (Kaupunginhallitus) NETTOMENO and kaytto-2 (Sivistyslautakunta) MENOT.
        XCTAssertEqual(PrintedFigures.values(try XCTUnwrap(tables.first?.rows.last)),
                       PrintedFigures.decimals(["-4851229", "-4790320", "-4739615", "-1724466", "-4268961"]))
        XCTAssertEqual(PrintedFigures.values(try XCTUnwrap(tables.dropFirst().first?.rows.first)),
                       PrintedFigures.decimals(["-2179072", "-1922581", "-8153446", "-4261890", "-7567936"]))
    }

    /// A running foot that differs in its page number only stays a running foot.
    func testAFootDifferingInItsPageNumberIsNoRow() {
        let feet = (1...5).map { Fixtures.textLines("Talousraportointi / HOLD6      Sivu \($0) / 5")[0] }
        XCTAssertFalse(FiguresDifferAcrossPages.areTableRows(feet))
    }
}
