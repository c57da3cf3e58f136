import XCTest
@testable import LukuCore

/// Cell `bbox` on real PDFs: every numeric cell has one, and the glyphs poppler prints inside it
/// (on the row's page) are exactly the cell's text.
final class CellBoxTests: XCTestCase {
    static let documents = ["kemijarvi-hallintopalvelut-tp2024.pdf", "kemijarvi-konserni-elinvoima-ta2026.pdf"]

    func testGlyphsInsideEachNumericCellBoxAreTheCellText() throws {
        for name in Self.documents {
            let path = Fixtures.corpus(name)
            let pages = try Fixtures.pages(path)
            let document = Pipeline(pageThreads: 1).run(path: path)
            var checked = 0, continued = 0
            var wrong: [String] = []
            for table in document.allTables {
                for row in table.rows {
                    let pageNumber = row.page ?? table.page
                    if row.page != nil { continued += 1 }
                    for cell in row.cells.compactMap({ $0 }) where cell.value != nil {
                        guard let box = cell.bbox else { wrong.append("\(table.id) \(row.label): \(cell.text) has no bbox"); continue }
                        let page = pages[pageNumber - 1]
                        // Glyphs whose centre lies in the box, in reading order; spaces of any kind left out.
                        let inside = page.glyphs.filter { g in
                            !g.isWhitespace && g.box.midX >= box.x0 - 0.1 && g.box.midX <= box.x1 + 0.1
                                && g.box.midY >= box.y0 - 0.1 && g.box.midY <= box.y1 + 0.1
                        }
                        let printed = String(String.UnicodeScalarView(inside.map(\.scalar)))
                        let expected = String(cell.text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
                        if printed != expected { wrong.append("\(table.id) \(row.label) p\(pageNumber): cell \(cell.text) box shows \(printed)") }
                        checked += 1
                    }
                }
            }
            XCTAssertGreaterThan(checked, 500, name)
            XCTAssertEqual(wrong, [], "\(name): \(wrong.count) of \(checked) cells")
            print("CellBoxTests \(name): \(checked) numeric cells, rows on continuation pages: \(continued)")
        }
    }
}
