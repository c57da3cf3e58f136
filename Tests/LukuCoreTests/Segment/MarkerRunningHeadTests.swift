import XCTest
@testable import LukuCore

/// `MarkerRunningHead`: a running head whose right end names the page's section (an fo:marker)
/// does not cut a table continued on the next page. Hold-out set 4 variant (`make_holdout4.py
/// --only 12 --seed 1000`, Fixtures.holdOut4MarkerSectionsPDF): page 1 opens with `Talousarvio
/// 2026 … Kaupunginhallitus`, page 2 with `Talousarvio 2026 … Vapaa-aikalautakunta`, and the last
/// board's table breaks after TULOT, its header printed again on page 2 over NETTOMENO. Expected
/// values from the printed pages (`pdftotext -layout`) and the variant's truth file.
final class MarkerRunningHeadTests: XCTestCase {
    func testTableBrokenUnderAMarkerHeadIsOneTable() throws {
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut4MarkerSectionsPDF).allTables
        XCTAssertEqual(tables.count, 5, "\(tables.map(\.pages))")
        let last = try XCTUnwrap(tables.last)
        XCTAssertEqual(last.pages, [1, 2])
        XCTAssertEqual(last.rows.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(PrintedFigures.values(last.rows[0]), PrintedFigures.decimals(["-4292394", "-3482339", "-3805739", "-5298565", "-712337"]))
        XCTAssertEqual(PrintedFigures.values(last.rows[2]), PrintedFigures.decimals(["-3135632", "-1739328", "-2550344", "-5254396", "26118"]))
        XCTAssertEqual(last.columns.map(\.header), ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"])
    }

    /// The page lines as `PageDebrisFilter` gets them: both heads are read as title and marker,
    /// and only they are dropped.
    func testOnlyTheHeadsAreDropped() throws {
        let pages = try Fixtures.pages(Fixtures.holdOut4MarkerSectionsPDF)
        let joiner = NumberJoiner()
        let lines = pages.flatMap { LineBuilder().lines(of: $0).map(joiner.join) }
        let tops = lines.indices.filter { $0 == 0 || lines[$0 - 1].page != lines[$0].page }
        XCTAssertEqual(tops.count, 2)
        let heads = tops.compactMap { MarkerRunningHead.head(lines, $0) }
        XCTAssertEqual(heads.map(\.right), ["Kaupunginhallitus", "Vapaa-aikalautakunta"])
        XCTAssertEqual(Set(heads.map(\.left)).count, 1)
        let kept = MarkerRunningHead.remove(lines)
        XCTAssertEqual(kept.count, lines.count - 2)
        XCTAssertFalse(kept.contains { $0.text.contains("Vapaa-aikalautakunta") && $0.text.contains("Talousarvio") })
    }

    /// Neither a table row (its right part opens with a figure) nor a head repeated whole (that is
    /// `PageDebrisFilter`'s) is taken: the same page lines with each page's head made identical,
    /// and a page whose first line is its first table row.
    func testRepeatedWholeHeadAndRowsAreLeftAlone() throws {
        let pages = try Fixtures.pages(Fixtures.holdOut4MarkerSectionsPDF)
        let joiner = NumberJoiner()
        var lines = pages.flatMap { LineBuilder().lines(of: $0).map(joiner.join) }
        let tops = lines.indices.filter { $0 == 0 || lines[$0 - 1].page != lines[$0].page }
        lines[tops[1]].words = lines[tops[1]].words.enumerated().map { i, w in
            var w = w
            if i == lines[tops[1]].words.count - 1 { w.text = lines[tops[0]].words.last!.text }
            return w
        }
        XCTAssertEqual(MarkerRunningHead.remove(lines).count, lines.count)
        let rows = lines.filter { $0.text.hasPrefix("MENOT") || $0.text.hasPrefix("NETTOMENO") }
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.indices.allSatisfy { MarkerRunningHead.head(rows, $0) == nil })
    }
}
