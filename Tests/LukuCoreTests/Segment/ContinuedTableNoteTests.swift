import XCTest
@testable import LukuCore

/// `ContinuedTableNote`: a longtable's "jatkuu seuraavalla sivulla" (\endfoot, page 1) and
/// "(jatkoa edelliseltä sivulta)" (over the repeated \endhead, page 2) are page furniture, so the
/// two parts are one table and the last row on page 1 keeps its own label. Hold-out set 5 variant
/// (`make_holdout5.py --only 03 --seed 1000`, Fixtures.holdOut5LongtablePDF, pdfLaTeX). Expected
/// values from the printed pages (`pdftotext -layout`) and the variant's truth file.
final class ContinuedTableNoteTests: XCTestCase {
    func testLongtableOverAPageBreakIsOneTable() throws {
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut5LongtablePDF).allTables
        let t = try XCTUnwrap(tables.first { $0.rows.contains { $0.label == "Investoinnit yhteensä" } })
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(t.rows.count, 100)
        let harju = try XCTUnwrap(t.rows.first { $0.label.hasPrefix("Harjun saneeraus") })
        XCTAssertEqual(harju.label, "Harjun saneeraus")
        XCTAssertEqual(PrintedFigures.values(harju), PrintedFigures.decimals(["2360400", "-116089", "-866889", "0", "-355030"]))
        XCTAssertEqual(PrintedFigures.values(try XCTUnwrap(t.rows.last)),
                       PrintedFigures.decimals(["149638795", "-27601025", "-33603210", "-27726351", "-31482126"]))
        XCTAssertFalse(t.rows.contains { $0.label.lowercased().contains("jatk") })
    }

    /// The notes as printed, and lines with "jatkuu" that are not notes: corpus prose (Kauhava
    /// tilinpäätös 2024, pdftotext) and a caption with a mark (`ContinuationTitle`'s).
    func testOnlyWholeNotesAreNotes() {
        XCTAssertTrue(ContinuedTableNote.isNote("jatkuu seuraavalla sivulla"))
        XCTAssertTrue(ContinuedTableNote.isNote("(jatkoa edelliseltä sivulta)"))
        XCTAssertTrue(ContinuedTableNote.isNote("(jatkuu)"))
        XCTAssertFalse(ContinuedTableNote.isNote("svaihe 4 käynnistyi ja urakka jatkuu vuonna 2025. Kaup-"))
        XCTAssertFalse(ContinuedTableNote.isNote("Investointimenot hankkeittain (jatkuu)"))
        XCTAssertFalse(ContinuedTableNote.isNote("seuraavalla sivulla"))
    }

    /// Only at a page's edge: the page lines of the variant keep every line but the two notes.
    func testOnlyTheTwoNotesAreDropped() throws {
        let pages = try Fixtures.pages(Fixtures.holdOut5LongtablePDF)
        let joiner = NumberJoiner()
        let lines = pages.flatMap { LineBuilder().lines(of: $0).map(joiner.join) }
        let kept = ContinuedTableNote.remove(lines)
        XCTAssertEqual(kept.count, lines.count - 2)
        XCTAssertEqual(lines.filter { ContinuedTableNote.isNote($0.text) }.map(\.page), [1, 2])
    }
}
