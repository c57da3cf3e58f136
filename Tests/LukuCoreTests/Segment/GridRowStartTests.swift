import XCTest
@testable import LukuCore

/// Goal tables in PDFs: a new row starts where every cell on a line opens with a capital, not
/// where a sentence starts inside a long cell (corpus/kemijarvi-konserni-elinvoima-ta2026.pdf
/// p. 12, truth table viestinta-strategia-hyva-ja-sujuva-arki: one row).
final class GridRowStartTests: XCTestCase {
    func testSentenceInsideALongCellDoesNotStartARow() throws {
        let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        let lines = try Fixtures.lines(path, page: 12)
        let output = Segmenter().segmentPDF(lines)
        let tables = output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
        let goal = try XCTUnwrap(tables.first { $0.columns.map(\.header) == ["Toimenpiteet", "Mittarit"] })
        XCTAssertEqual(goal.rows.count, 1, goal.rows.map(\.label).joined(separator: "\n"))
        let row = try XCTUnwrap(goal.rows.first)
        XCTAssertTrue(row.label.hasPrefix("Viestintä ja markkinointi tukevat arjen sujuvuutta"))
        XCTAssertTrue(row.label.hasSuffix("hyvää ilmapiiriä ja paikallista ylpeyttä."), row.label)
        XCTAssertTrue(row.cells[1]?.text.hasSuffix("somekanavien seuraajamäärät ja reagoinnit") == true, row.cells[1]?.text ?? "")
    }
}
