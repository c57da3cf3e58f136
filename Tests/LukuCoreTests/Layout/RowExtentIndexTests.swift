import XCTest
@testable import LukuCore

/// `LineBuilder.RowExtentIndex` must give, for every height, the row a scan of every row in
/// order gives (the extent holds the height, nearest middle, first row on a tie): signs and
/// punctuation are placed by it, so any difference would move a minus or a comma to another line.
final class RowExtentIndexTests: XCTestCase {
    /// The scan the index replaces, as LineBuilder did it before.
    private func scan(_ y: Double, _ extents: [(y0: Double, y1: Double)]) -> Int? {
        var best: Int?, bestDistance = 0.0
        for (i, extent) in extents.enumerated() where extent.y0 <= y && y <= extent.y1 {
            let distance = abs((extent.y0 + extent.y1) / 2 - y)
            if best == nil || distance < bestDistance { best = i; bestDistance = distance }
        }
        return best
    }

    func testTiesOverlapsAndMisses() {
        // Rows 0 and 2 have the same middle (a tie: row 0), row 1 overlaps both, row 3 is tall.
        let extents: [(y0: Double, y1: Double)] = [(10, 20), (14, 30), (12, 18), (0, 100), (200, 210)]
        let index = LineBuilder.RowExtentIndex(extents)
        XCTAssertEqual(index.nearestHolding(15, in: extents).0, 0, "rows 0 and 2 tie at distance 0: the first")
        XCTAssertEqual(index.nearestHolding(25, in: extents).0, 1)
        XCTAssertEqual(index.nearestHolding(50, in: extents).0, 3, "only the tall row holds 50")
        XCTAssertNil(index.nearestHolding(150, in: extents).0)
        XCTAssertEqual(index.nearestHolding(200, in: extents).0, 4, "an edge holds")
        XCTAssertEqual(index.nearestHolding(210, in: extents).0, 4)
        XCTAssertNil(index.nearestHolding(210.000001, in: extents).0)
        for y in stride(from: -5.0, through: 215, by: 0.25) {
            XCTAssertEqual(index.nearestHolding(y, in: extents).0, scan(y, extents), "y \(y)")
        }
    }

    /// Real rows: the line boxes of every page of a corpus budget (tables, headings, overlapping
    /// rows), asked at every glyph's middle and at every box edge and middle.
    func testAgreesWithTheScanOnRealPages() throws {
        let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        var asked = 0
        for page in try Fixtures.pages(path) {
            let extents = LineBuilder().lines(of: page).compactMap { $0.box }.map { (y0: $0.y0, y1: $0.y1) }
            guard !extents.isEmpty else { continue }
            let index = LineBuilder.RowExtentIndex(extents)
            let heights = page.glyphs.map(\.box.midY) + extents.flatMap { [$0.y0, $0.y1, ($0.y0 + $0.y1) / 2] }
            for y in heights {
                let found = index.nearestHolding(y, in: extents)
                XCTAssertEqual(found.0, scan(y, extents), "page \(page.number), y \(y)")
                if let i = found.0 { XCTAssertEqual(found.1, abs((extents[i].y0 + extents[i].y1) / 2 - y)) }
                asked += 1
            }
        }
        XCTAssertGreaterThan(asked, 10_000, "the pages were read")
    }
}
