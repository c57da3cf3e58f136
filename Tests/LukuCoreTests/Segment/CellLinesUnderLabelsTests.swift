import Foundation
import XCTest
@testable import LukuCore

/// `CellLinesUnderLabels` on whole pages of PyMuPDF text of the spreadsheet-made synthetic
/// documents (`SheetCellLinePages`): labels with their own cells, then the figures one per line.
final class CellLinesUnderLabelsTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    private func paired(_ text: String, label: String, columns: Int) -> Table? {
        tables(text).first { $0.columns.count == columns && $0.rows.contains { $0.label == label } }
    }

    /// Kalliosalo p. 6: 23 rows of five figures and a percent; a row whose label holds "–" has
    /// four figures, the dash going where the full rows add up (TA + muutokset = TA 2024 +
    /// TA-muutokset). Every cell flagged.
    func testBoardOutturnWithEmptyChanges() throws {
        let table = try XCTUnwrap(paired(SheetCellLinePages.kalliosalo6, label: "Menot", columns: 6))
        XCTAssertEqual(table.rows.count, 23)
        XCTAssertEqual(table.rows[0].group, "Yleishallinto")
        XCTAssertEqual(values(table.rows[0]), [Decimal(string: "224027.64"), 234200, nil, 234200, Decimal(string: "233103.49"), Decimal(string: "99.5")])
        XCTAssertEqual(table.rows[0].cells[2]?.text, "–")
        XCTAssertEqual(values(table.rows[3]), [Decimal(string: "216024.32"), 230200, -3000, 227200, Decimal(string: "227891.3"), Decimal(string: "100.3")])
        XCTAssertEqual(table.rows[22].label, "Netto")
        XCTAssertEqual(table.rows[22].group, "Kunnanhallitus yhteensä")
        XCTAssertEqual(values(table.rows[22]).last, Decimal(string: "103.2"))
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? true } })
    }

    /// Kalliosalo p. 8: Muutos % = (Toteutuma − Toteutuma 2023) / Toteutuma 2023; the last
    /// label's "4,3" runs straight into the figures. A percent that does not check, or one
    /// figure too few, pairs nothing.
    func testChangePercentAndLastCellRunningIntoFigures() throws {
        let text = SheetCellLinePages.kalliosalo8
        let table = try XCTUnwrap(paired(text, label: "Vuokratuotot", columns: 4))
        XCTAssertEqual(table.rows.count, 11)
        XCTAssertEqual(values(table.rows[0]), [Decimal(string: "248837.43"), 267000, Decimal(string: "266791.95"), Decimal(string: "7.2")])
        XCTAssertEqual(table.rows[10].label, "TOIMINTAKATE")
        XCTAssertEqual(values(table.rows[10]), [Decimal(string: "-619516.35"), -625000, Decimal(string: "-646153.93"), Decimal(string: "4.3")])
        var lines = text.components(separatedBy: "\n")
        let first = try XCTUnwrap(lines.firstIndex(of: "7,2"))
        lines[first] = "7,9"
        XCTAssertNil(paired(lines.joined(separator: "\n"), label: "Vuokratuotot", columns: 4))
        lines = text.components(separatedBy: "\n")
        lines.remove(at: try XCTUnwrap(lines.firstIndex(of: "97\u{00A0}700,00 €")))
        XCTAssertNil(paired(lines.joined(separator: "\n"), label: "Vuokratuotot", columns: 4))
    }

    /// Joutsenkylä p. 5: the board's 11 rows take the last run of 33 figures; the run of 24
    /// before it is the previous board's, paired with its 8 rows with a percent higher up the page
    /// (a stretch of rows, not the last ones; "Toimintatuotot" / "0" / "0" / "0" is no such row).
    func testFiguresOfAnotherTableBetween() throws {
        let table = try XCTUnwrap(paired(SheetCellLinePages.joutsenkyla5, label: "Tulot", columns: 4))
        XCTAssertEqual(table.rows.count, 11)
        XCTAssertEqual(table.rows[0].group, "Joukkoliikenne")
        XCTAssertEqual(values(table.rows[0]), [-4091000, -3619366, -471634, Decimal(string: "88.5")])
        XCTAssertEqual(values(table.rows[10]), [-11601700, -10743063, -858637, Decimal(string: "92.6")])
        let previous = try XCTUnwrap(paired(SheetCellLinePages.joutsenkyla5, label: "Toimintakate", columns: 4))
        XCTAssertEqual(previous.rows.count, 8)
        XCTAssertEqual(values(previous.rows[0]), [5228800, 5251383, -22583, Decimal(string: "100.4")])
        XCTAssertEqual(values(previous.rows[7]), [-10480500, -9677609, -802891, Decimal(string: "92.3")])
    }
}
