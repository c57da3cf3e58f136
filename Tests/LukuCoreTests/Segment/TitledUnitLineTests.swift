import XCTest
@testable import LukuCore

/// `TableUnit.ofTitledUnitLine`: a line naming its columns by different units, after a title or
/// none, heads them; one unit after a label is a row ("Jäsenmaksu  1 000 €"), and the same unit
/// repeated is `ofUnitLine`'s.
final class TitledUnitLineTests: XCTestCase {
    /// Cells at the given x, each one word 9 pt high, 30 pt wide.
    private func line(_ cells: [(Double, String)]) -> TextLine {
        let words = cells.map { x, text in
            Word(text: text, box: BoundingBox(x0: x, y0: 100, x1: x + 30, y1: 109), fontSize: 9)
        }
        let box = words.compactMap(\.box).reduce(words[0].box!) { $0.union($1) }
        return TextLine(page: 1, words: words, box: box, fontSize: 9, indent: box.x0)
    }

    func testTitleAndDifferentUnitsHeadTheColumns() {
        XCTAssertEqual(TableUnit.ofTitledUnitLine(line([(55, "TULOT"), (200, "1 000 €"), (260, "%")])), "1 000 €")
        XCTAssertEqual(TableUnit.ofTitledUnitLine(line([(200, "%"), (260, "1 000 €")])), "1 000 €")
        XCTAssertEqual(TableLineRole.classify(line([(55, "MENOT"), (200, "1 000 €"), (260, "%")])), .header)
    }

    func testOneUnitOrNumbersAreNoTitledUnitLine() {
        XCTAssertNil(TableUnit.ofTitledUnitLine(line([(55, "Jäsenmaksu"), (200, "1 000 €")])))
        XCTAssertNil(TableUnit.ofTitledUnitLine(line([(200, "1 000 €"), (260, "1 000 €")])))
        XCTAssertNil(TableUnit.ofTitledUnitLine(line([(55, "Verotulot"), (200, "33 595"), (260, "43,6 %")])))
        XCTAssertNil(TableUnit.ofTitledUnitLine(line([(55, "Osa 2"), (200, "€"), (260, "%")])))
    }
}
