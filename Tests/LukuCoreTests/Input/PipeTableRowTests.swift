import XCTest
@testable import LukuCore

/// GitHub pipe tables as Markdown converters write them (Docling's minutes, ../shared/real).
final class PipeTableRowTests: XCTestCase {
    func testRowsBecomeCells() {
        let line = TextFileReader.line("| Toimintakulut *) | - 16.756.130 | - 13.155.924 | 78,5   |", page: 1)
        XCTAssertEqual(line.tabCells, ["Toimintakulut *)", "- 16.756.130", "- 13.155.924", "78,5"])
    }

    func testAlignmentRowIsNoContent() {
        XCTAssertTrue(TextFileReader.line("|------------------|-----------|:--------------:|---------:|", page: 1).isEmpty)
    }

    func testEmptyLabelCellEscapedPipeAndBold() {
        let header = TextFileReader.line("|                  | TA 2024   |   Tot. 09/2024 | Tot-%   |", page: 1)
        XCTAssertEqual(header.tabCells, ["", "TA 2024", "Tot. 09/2024", "Tot-%"])
        let bold = TextFileReader.line("| **Yhteensä** | **1 234** | a \\| b |", page: 1)
        XCTAssertEqual(bold.tabCells, ["Yhteensä", "1 234", "a | b"])
        XCTAssertTrue(bold.isBold)
    }

    func testProseWithAPipeIsNoRow() {
        XCTAssertNil(TextFileReader.line("Talous | toiminta ja muuta", page: 1).tabCells)
    }

    /// A Docling table reads as a table with its numbers (dot groups, a minus with a space).
    func testMarkdownTableIsATable() {
        let text = """
        ## oppilashuolto:

        |                  | TA 2024   |   Tot. 09/2024 | Tot-%   |
        |------------------|-----------|----------------|---------|
        | Toimintatuotot   | 119.250   |         55.177 | 46,3    |
        | Toimintakulut *) | - 980.650 |       -747.137 | 76,2    |
        """
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = output.sections.flatMap(\.allTables).first ?? output.blocks.compactMap(\.table).first
        XCTAssertEqual(table?.columns.map(\.header), ["TA 2024", "Tot. 09/2024", "Tot-%"])
        XCTAssertEqual(table?.rows.map(\.label), ["Toimintatuotot", "Toimintakulut *)"])
        XCTAssertEqual(table?.rows.last?.cells.map { $0?.value }, [-980650, -747137, 76.2])
    }

    /// "=== PAGE ===" (the state budget's text extract) breaks pages like a form feed.
    func testPageMarker() {
        let result = TextFileReader.parse("a\n=== PAGE ===\nb\n")
        XCTAssertEqual(result.lines.filter { !$0.isEmpty }.map(\.page), [1, 2])
    }
}
