import Foundation
import XCTest
@testable import LukuCore

/// `WholeRowInLabelBox` and own figures before the run's (`CellLinesUnderLabels`) on PyMuPDF text
/// of synth pauhaselka p. 1 (`SheetWholeRowPages`).
final class WholeRowInLabelBoxTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    private func paired(_ text: String) -> Table? {
        tables(text).first { $0.columns.count == 3 && $0.rows.contains { $0.label == "Korkotuotot" } }
    }

    private func row(_ table: Table, _ label: String) throws -> Row {
        try XCTUnwrap(table.rows.first { $0.label == label })
    }

    /// 21 rows of 2019, 2018 and Muutos-%: two rows whole under their labels take no figure,
    /// "Korkotuotot"'s own 940 goes before its figure (the percent says so), the title over
    /// "1 000 euroa" twice is no row. Every cell flagged.
    func testWholeRowsAndOwnFigureFirst() throws {
        let table = try XCTUnwrap(paired(SheetWholeRowPages.pauhaselka1))
        XCTAssertEqual(table.rows.filter { $0.cells.contains { $0 != nil } }.count, 21)
        XCTAssertEqual(values(try row(table, "Myyntituotot")), [54122, 51358, Decimal(string: "5.4")])
        XCTAssertEqual(try row(table, "Myyntituotot").group, "Toimintatuotot")
        XCTAssertEqual(values(try row(table, "Korkotuotot")), [940, 1791, Decimal(string: "-47.5")])
        XCTAssertEqual(values(try row(table, "Muut rahoituskulut")), [-158, -149, Decimal(string: "6.0")])
        XCTAssertEqual(values(try row(table, "Vuosikate")), [14652, 3759, Decimal(string: "289.8")])
        XCTAssertEqual(values(try row(table, "Poistoeron lisäys (-) tai vähennys (+)")), [444, 679, Decimal(string: "-34.6")])
        XCTAssertFalse(table.rows.contains { $0.label == "Tuloslaskelma" })
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? true } })
    }

    /// A whole row's percent that does not check, or one figure too few, pairs nothing.
    func testPercentOrCountThatDoesNotCheckPairsNothing() throws {
        var lines = SheetWholeRowPages.pauhaselka1.components(separatedBy: "\n")
        let percent = try XCTUnwrap(lines.firstIndex(of: "6,0 %"))
        lines[percent] = "7,0 %"
        XCTAssertNil(paired(lines.joined(separator: "\n")))
        lines = SheetWholeRowPages.pauhaselka1.components(separatedBy: "\n")
        lines.remove(at: try XCTUnwrap(lines.firstIndex(of: "3\u{00A0}759")))
        XCTAssertNil(paired(lines.joined(separator: "\n")))
    }

    /// With a percent that fits the other order, Korkotuotot's own figure goes after its figure
    /// ((1 791 − 940) / 940 = 90,5 %): the arithmetic, not a fixed place, puts the own figure.
    func testPercentPutsTheOwnFigure() throws {
        var lines = SheetWholeRowPages.pauhaselka1.components(separatedBy: "\n")
        let percent = try XCTUnwrap(lines.firstIndex(of: "–47,5 %"))
        lines[percent] = "90,5 %"
        let table = try XCTUnwrap(paired(lines.joined(separator: "\n")))
        XCTAssertEqual(values(try row(table, "Korkotuotot")), [1791, 940, Decimal(string: "90.5")])
    }
}
