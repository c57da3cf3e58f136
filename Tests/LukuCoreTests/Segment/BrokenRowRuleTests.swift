import Foundation
import XCTest
@testable import LukuCore

/// Rules for PyMuPDF's `get_text()` text where a printed row or header is broken over lines, and
/// the page-end and column-count fixes of the one-cell-per-line reader; lines copied from the
/// extractor output of the ../shared/real documents named in each test.
final class BrokenRowRuleTests: XCTestCase {
    private func tables(_ text: String) -> (tables: [TableDraft], issues: [Issue]) {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: [])
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    // MARK: BrokenRowLines + BrokenHeaderLines

    /// lapua-sivla-poytakirja-2024-11-21 page 18 in PyMuPDF: the header over two lines, each row's
    /// label and values over two or three, a minus set apart from its number.
    static let minutes = """
    oppilashuolto:
     
    TA 2024
    Tot. 09/2024 Tot-\u{200B}%
    Toimintatuotot \u{00A0} 119.250 55.177
    46,\u{200B}3
    Toimintakulut *) -\u{200B} 980.650 -\u{200B}747.137
    76,\u{200B}2
    Toimintakate
    -\u{200B} 861.400 -\u{200B}691.960
    80,\u{200B}3
    """

    func testRowsAndHeaderBrokenOverLinesAreOneRowAndOneHeader() throws {
        let (found, _) = tables(Self.minutes)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.columns.map(\.header), ["TA 2024", "Tot. 09/2024", "Tot-%"])
        XCTAssertEqual(table.rows.map(\.label), ["Toimintatuotot", "Toimintakulut *)", "Toimintakate"])
        XCTAssertEqual(table.rows.map(values), [[119_250, 55_177, Decimal(string: "46.3")],
                                                [-980_650, -747_137, Decimal(string: "76.2")],
                                                [-861_400, -691_960, Decimal(string: "80.3")]])
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0?.flags.isEmpty ?? true })
    }

    /// Space-grouped numbers are never joined across lines: "1 462" / "370" may be one number.
    func testSpaceGroupedRowsAreNotJoined() {
        let groups = BrokenRowLines.groups(labels: ["Toimintatuotot", ""], tails: [["1", "462"], ["370"]], lines: [0, 1], columns: 3)
        XCTAssertEqual(groups, [[0], [1]])
        let dotted = BrokenRowLines.groups(labels: ["Lukio", ""], tails: [["-10.000", "-245"], ["2,5"]], lines: [0, 1], columns: 3)
        XCTAssertEqual(dotted, [[0, 1]])
        // Not right below it (a blank or other line between): no join.
        XCTAssertEqual(BrokenRowLines.groups(labels: ["Lukio", ""], tails: [["-10.000", "-245"], ["2,5"]], lines: [0, 2], columns: 3),
                       [[0], [1]])
        XCTAssertEqual(BrokenRowLines.attachSigns(["-", "861.400", "-691.960", "-", "x"]), ["-861.400", "-691.960", "-", "x"])
    }

    /// A header stacked one word per line heads a one-cell-per-line table (PyMuPDF's
    /// kemijarvi-konserni-elinvoima-ta2026 page 26: "TP" / "TA+MUUTOS" / "TPE" / … / "2024"): it
    /// is no broken plain header. Nor is an indented `-layout` header line.
    func testStackedOneWordHeadersAndLayoutLinesAreNoBrokenHeader() {
        let stacked = TextFileReader.parse("TP\nTA+MUUTOS\nTPE\nTA\nKS\n2024\n2025\n").lines
        XCTAssertTrue(stacked.indices.allSatisfy { BrokenHeaderLines.header(stacked, at: $0) == nil })
        let layout = TextFileReader.parse("                 TA 2024\n                 Tot. 09/2024 Tot-%\n").lines
        XCTAssertNil(BrokenHeaderLines.header(layout, at: 0))
        let flush = TextFileReader.parse("TA 2024\nTot. 09/2024 Tot-%\n").lines
        XCTAssertEqual(BrokenHeaderLines.header(flush, at: 0)?.header.columns.count, 3)
    }

    // MARK: PageDebrisFilter, CellPerLineTable

    /// lapua-ta2025-lautakuntien-talousarviot in PyMuPDF ends pages 1 to 4 with a negative amount
    /// ("-1 836 979", "-36 700"): same shape once digits are taken, yet table cells, not a running
    /// foot. A real running foot ("Sivu 3") still goes.
    func testValuesClosingPagesAreNoRunningFoot() {
        let pages = (1...4).map { "Toimintakate\n-\($0)0 700\nSivu \($0)" }.joined(separator: "\u{0C}")
        let kept = PageDebrisFilter.filterText(TextFileReader.parse(pages).lines).map(\.text)
        XCTAssertEqual(kept.filter { $0.hasPrefix("-") }.count, 4)
        XCTAssertFalse(kept.contains { $0.hasPrefix("Sivu") })
    }

    /// lapua-ta2025-lautakuntien-talousarviot page 3 in PyMuPDF: three rows of five values, then
    /// three notes of one value each; the notes do not make the table a one-column one.
    func testOneValueNotesDoNotWinTheColumnCount() throws {
        let text = """
        SIVISTYSLAUTAKUNTA
        TP 2023
        TA 2024
        Raami 2025
        TA 2025
        Ero raamiin
        Toimintatuotot
        1 462 370
        1 305 950
        1 480 000
        1 256 478
        223 522
        Toimintakulut
        -23 515 701
        -23 391 100
        -24 400 000
        -23 895 053
        -504 947
        Toimintakate
        -22 053 332
        -22 085 150
        -22 920 000
        -22 638 575
        -281 425
        Sivla on alittanut raamin
        -281 425
        Säästötavoite
        -1 759 900
        Säästötavoitetta jäljellä
        -1 478 475
        """
        let (found, _) = tables(text)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.columns.count, 5)
        XCTAssertEqual(table.rows.first.map(values), [1_462_370, 1_305_950, 1_480_000, 1_256_478, 223_522])
        // The notes closing it are a table of one column of their own (CellPerLineNoteRows).
        XCTAssertEqual(table.rows.count, 3)
        XCTAssertEqual(found.last?.columns.count, 1)
        XCTAssertEqual(found.last?.rows.map(values), [[-281_425], [-1_759_900], [-1_478_475]])
    }

    // MARK: ColumnBlockPages

    /// lapua-ta2025-lautakuntien-talousarviot page 3 in `pdftotext` default order: column headings
    /// over values make the page column blocks, and the one-cell-per-line "table" the reader finds
    /// there ("Ero raamiin" over three values) is flagged cell by cell.
    func testCellPerLineTableOnAColumnBlockPageIsFlagged() {
        let text = """
        Hyvinvointilautakunta
        Toimintatuotot
        Toimintakulut
        Toimintakate

        TP 2023
        1 193 498
        -4 409 052
        -3 215 555

        TA 2024
        1 329 950
        -4 509 080
        -3 179 130

        Raami 2025
        1 252 000
        -4 641 000
        -3 389 000

        TA 2025
        1 212 750
        -4 592 543
        -3 379 793

        Ero raamiin
        -39 250
        48 457
        9 207

        Hyvla on alittanut raamin
        Säästötavoite
        Säästötavoitetta jäljellä

        9 207
        -260 200
        -250 993
        """
        let (found, issues) = tables(text)
        XCTAssertTrue(issues.contains { $0.code == "column-blocks" })
        let cells = found.flatMap(\.rows).flatMap(\.cells).compactMap { $0 }
        XCTAssertFalse(cells.isEmpty)
        XCTAssertTrue(cells.allSatisfy { $0.flags.contains(.ambiguousSplit) })
    }
}
