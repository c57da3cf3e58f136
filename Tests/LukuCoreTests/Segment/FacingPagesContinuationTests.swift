import XCTest
@testable import LukuCore

/// `FolioRunningHead` and `MirroredPageColumns`: a table threaded from a right-hand page onto the
/// next left-hand page of a book on facing pages, under running heads whose page numbers stand at
/// the outer edges (`Talousarvio 2026 · Investointiosa   1`, `2   Esimerkkikunta`), the text block
/// 10 mm further left on page 2. Hold-out set 10 variant (`make_holdout10.py --only 04 --seed 1000`,
/// Scribus); expected values from the printed pages (`pdftotext -layout`).
final class FacingPagesContinuationTests: XCTestCase {
    func testFolioHeadsAreDropped() throws {
        let path = Fixtures.holdOutSet10FacingThreadedPDF
        let lines = try (1...2).flatMap { try Fixtures.lines(path, page: $0) }
        let first2 = try XCTUnwrap(lines.first { $0.page == 2 })
        XCTAssertEqual(first2.words.map(\.text), ["2", "Esimerkkikunta"])
        XCTAssertEqual(FolioRunningHead.folio(first2), 2)
        XCTAssertEqual(FolioRunningHead.folio(try XCTUnwrap(lines.first)), 1)
        let kept = PageDebrisFilter.filterPDF(lines)
        XCTAssertFalse(kept.contains { $0.text.contains("Esimerkkikunta") || $0.text.contains("Investointiosa 1") })
    }

    func testTableThreadedOntoFacingPageIsOneTable() throws {
        let tables = try Pipeline(pageThreads: 1).run(path: Fixtures.holdOutSet10FacingThreadedPDF).allTables
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.rows.count, 100)
        func values(_ label: String) throws -> [Decimal?] { try PrintedFigures.values(of: label, in: table) }
        XCTAssertEqual(try values("Vesijohtoverkoston saneeraus, alue 1"),
                       PrintedFigures.decimals(["202890", "-94974", "0", "-13822", "-20327"]))
        XCTAssertEqual(try values("Investoinnit yhteensä"),
                       PrintedFigures.decimals(["132356695", "-24966373", "-20697053", "-32181706", "-26973019"]))
    }

    /// A continuation that does not repeat the first part's geometry moved as a whole is not paired.
    func testOnlyAWholeShiftPairs() throws {
        let tables = try Pipeline(pageThreads: 1).run(path: Fixtures.holdOutSet10FacingThreadedPDF).allTables
        let table = try XCTUnwrap(tables.first)
        var first = TableDraft(page: 1, pages: [1], bbox: BoundingBox(x0: 70, y0: 0, x1: 546, y1: 10), caption: nil, unit: nil,
                               columns: table.columns, rows: [], hasHeader: true, firstLine: 0, lastLine: 0)
        first.spans = [.init(x0: 300, x1: 326, count: 1), .init(x0: 340, x1: 381, count: 1)]
        var next = first
        next.hasHeader = false
        next.bbox = BoundingBox(x0: 42, y0: 0, x1: 518, y1: 10)
        next.spans = [.init(x0: 272, x1: 298, count: 1), .init(x0: 312, x1: 353, count: 1)]
        XCTAssertEqual(MirroredPageColumns.mapping(from: next, to: first), [0, 1])
        next.spans[1].x1 = 358   // the second column not moved like the first
        XCTAssertNil(MirroredPageColumns.mapping(from: next, to: first))
    }
}
