import Foundation
import XCTest
@testable import LukuCore

/// `VerticalTextRuns`: text turned a quarter against its page is taken off before lines are built,
/// never read as one-glyph rows of numbers.
final class VerticalTextRunsTests: XCTestCase {
    /// Hold-out set 2, Excel export: `TP 2024` … written up tall header cells above a full grid.
    /// The figures of the first project row, as printed on the page (pdftotext -layout reads the
    /// same line: `Koulukeskuksen peruskorjaus -433 282 -2 104 122 -2 975 517 -2 193 124 -845 769`).
    func testRotatedColumnHeadersAreLeftOutNotReadAsNumbers() throws {
        let document = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut2RotatedHeadersPDF)
        let table = try XCTUnwrap(document.allTables.first { $0.rows.contains { $0.label == "Koulukeskuksen peruskorjaus" } })
        let row = try XCTUnwrap(table.rows.first { $0.label == "Koulukeskuksen peruskorjaus" })
        XCTAssertEqual(row.cells.map { $0?.value }, [-433_282, -2_104_122, -2_975_517, -2_193_124, -845_769])
        // The dash printed for zero stays a text placeholder, in its own column.
        let dashed = try XCTUnwrap(table.rows.first { $0.label == "Uimahallin ilmanvaihto" })
        XCTAssertEqual(dashed.cells.map { $0?.text }, ["–", "–", "-2 839 633", "–", "–"])
        // Before the rule the turned header digits came out as rows of one-digit values (4, 2, 0).
        for t in document.allTables {
            for r in t.rows {
                for case let c? in r.cells where c.text.count == 1 {
                    XCTAssertNil(c.value, "one-digit cell \(c.text) in row \(r.label) of \(t.id)")
                }
            }
        }
        XCTAssertTrue(document.issues.contains { $0.code == "rotated-text" && $0.page == 1 })
    }

    /// Hold-out set 2: a tuloslaskelma turned 90° on a portrait page whose page number `1` stays
    /// upright; turned back, the number sat beside `Tilikauden tulos` and was read into the label.
    func testUprightPageNumberOnATurnedPageStaysOutOfTheTable() throws {
        let document = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut2TurnedTablePDF)
        let table = try XCTUnwrap(document.allTables.first { $0.rows.contains { $0.label == "Toimintatuotot" } })
        let row = try XCTUnwrap(table.rows.first { $0.label == "Tilikauden tulos" }, "labels: \(table.rows.map(\.label))")
        // The figures as printed (pdftotext -layout: "Tilikauden tulos 12 055,8 4 402,1 -1 093,1 …").
        XCTAssertEqual(row.cells.map { $0?.text }, ["12 055,8", "4 402,1", "-1 093,1", "13 970,3", "1 419,6", "3 519,3"])
        XCTAssertFalse(row.cells.contains { $0?.flags.contains(.merged) ?? false }, "the page number merged into a cell")
        XCTAssertFalse(table.rows.contains { $0.label.hasPrefix("1 ") })
        XCTAssertTrue(document.issues.contains { $0.code == "rotated-page" })
    }

    /// Upright single digits stacked one per line (a column of one-digit values) step by a line
    /// pitch and have tall boxes: they stay. A turned word (wide boxes, touching) is taken off.
    func testStackedUprightDigitsStayTurnedWordGoes() {
        func glyph(_ c: Character, _ x0: Double, _ y0: Double, _ w: Double, _ h: Double) -> Glyph {
            Glyph(scalar: c.unicodeScalars.first!, box: BoundingBox(x0: x0, y0: y0, x1: x0 + w, y1: y0 + h), font: 0)
        }
        // Upright 8 pt digits, 5.1 wide and 9.4 high, one per 11.6 pt line.
        let stacked = (0..<5).map { glyph("\($0)".first!, 100, 100 + Double($0) * 11.6, 5.1, 9.4) }
        // "2024" turned: 9.4 wide, 5.1 high (one advance), touching, running up the page.
        let turned = "2024".enumerated().map { glyph($0.element, 300, 200 - Double($0.offset) * 5.1, 9.4, 5.1) }
        let page = PageGlyphs(number: 1, width: 595, height: 842, glyphs: stacked + turned, fonts: [FontFace(name: "DejaVuSans", size: 8)])
        let (kept, count) = VerticalTextRuns.removed(from: page)
        XCTAssertEqual(count, 4)
        XCTAssertEqual(kept.glyphs, stacked)
        // A lone turned digit stays on an upright page, and goes on a page that was turned back.
        let lone = PageGlyphs(number: 1, width: 595, height: 842, glyphs: stacked + [glyph("1", 300, 200, 9.4, 5.1)], fonts: page.fonts)
        XCTAssertEqual(VerticalTextRuns.removed(from: lone).count, 0)
        XCTAssertEqual(VerticalTextRuns.removed(from: lone, turnedPage: true).count, 1)
    }
}
