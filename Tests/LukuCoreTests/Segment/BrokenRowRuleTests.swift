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

    // MARK: SplitPageOfPagesNumber, BrokenRowLines.rowEnd, BrokenRowsUnderHeader

    /// lapua-sivla-poytakirja-2024-11-21 p. 19 in PyMuPDF: the running head writes the page's
    /// "19 (29)" over three lines, inside the head's block; the p. 18 investment table goes on under it.
    func testPageOfPagesNumberOverThreeLinesIsPageDebris() throws {
        let head = " Lapuan kaupunki\nPöytäkirja\n11/2024\n19 (\n)\n29\nSivistyslautakunta\n21.11.2024\n \n"
        let text = String(repeating: "\u{0C}", count: 18) + head + "Alakoulut\n-\u{200B}300.000 -\u{200B}197.027\n65,\u{200B}7\n"
        let lines = TextFileReader.parse(text).lines
        let start = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("19") })
        XCTAssertEqual(SplitPageOfPagesNumber.end(lines, at: start), start + 3)
        let kept = PageDebrisFilter.filterText(lines).map { $0.text.trimmingCharacters(in: .whitespaces) }
        XCTAssertFalse(kept.contains("19 ("))
        XCTAssertFalse(kept.contains(")"))
        XCTAssertFalse(kept.contains("29"))
        XCTAssertTrue(kept.contains("Alakoulut"))
        // Another page's number, or a figure under the parenthesis, is not this page's number.
        let other = TextFileReader.parse(String(repeating: "\u{0C}", count: 18) + "5 (\n)\n29\n").lines
        XCTAssertNil(SplitPageOfPagesNumber.end(other, at: 0))
        let figure = TextFileReader.parse(String(repeating: "\u{0C}", count: 18) + "19 (\n)\n2,5\n").lines
        XCTAssertNil(SplitPageOfPagesNumber.end(figure, at: 0))
    }

    /// lapua-sivla p. 18 in PyMuPDF, sivistyslautakunta hallinto: "Toimintatuotot  0" / "1.670" /
    /// "100" is one row (0 | 1 670 | 100), not the label "Toimintatuotot 0" over two stray values.
    static let smallFigureOnLabelLine = """
    sivistyslautakunta hallinto:
     
    TA 2024 Tot. 09/2024 Tot-\u{200B}%
    Toimintatuotot \u{00A0}0
    1.670
    100
    Toimintakulut *) -\u{200B}827.940 -\u{200B}225.832
    27,\u{200B}3
    Toimintakate
    -\u{200B}827.940 -\u{200B}224.162
    27,\u{200B}1
    """

    func testSmallFigureOnLabelLineStartsABrokenRow() throws {
        let (found, _) = tables(Self.smallFigureOnLabelLine)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.rows.map(\.label), ["Toimintatuotot", "Toimintakulut *)", "Toimintakate"])
        XCTAssertEqual(table.rows.map(values), [[0, 1_670, 100],
                                                [-827_940, -225_832, Decimal(string: "27.3")],
                                                [-827_940, -224_162, Decimal(string: "27.1")]])
        // A small number after a label with no figure lines to fill the row stays in the label.
        let lines = TextFileReader.parse("Kemijärvi historia 3\nMENOT 0 -50 000 -11 450\n").lines
        XCTAssertNil(BrokenRowLines.rowEnd(lines, from: 0, tokens: ["3"], columns: 3))
    }

    /// lapua-sivla p. 18 in PyMuPDF: the six-column table's header over three lines, its first row
    /// one figure per line, the others two figures on a line; values as printed on the page.
    static let sixColumns = """
    Sivistyslautakunnan talousarvion toteutuminen ajalta 1.1.-\u{200B}30.9.2024:
     
    TP 2023
     Tot. 09/2023  Tot.-\u{200B}% TA 2024
    Tot. 09/2024 Tot.-\u{200B}%
    Toimintatuotot
    1.462.370
    887.584
    60,\u{200B}7
    1.305.950
    645.340
    49,\u{200B}4
    Toimintakulut *) -\u{200B}29.250.652 -\u{200B}21.702.537
    74,\u{200B}2
    -\u{200B}28.948.150 -\u{200B}21.394.653
    73,\u{200B}9
    Toimintakate
    -\u{200B}27.788.282 -\u{200B}20.814.954
    74,\u{200B}9
    -\u{200B}27.642.200 -\u{200B}20.749.313
    75,\u{200B}1
    *) sisältää sisäiset vuokrat
    """

    func testHeaderOverThreeLinesHeadsRowsBrokenOverLines() throws {
        let (found, _) = tables(Self.sixColumns)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.columns.count, 6)
        XCTAssertEqual(table.rows.map(\.label), ["Toimintatuotot", "Toimintakulut *)", "Toimintakate"])
        XCTAssertEqual(table.rows.map(values), [
            [1_462_370, 887_584, Decimal(string: "60.7"), 1_305_950, 645_340, Decimal(string: "49.4")],
            [-29_250_652, -21_702_537, Decimal(string: "74.2"), -28_948_150, -21_394_653, Decimal(string: "73.9")],
            [-27_788_282, -20_814_954, Decimal(string: "74.9"), -27_642_200, -20_749_313, Decimal(string: "75.1")]])
    }

    /// lapua-sivla p. 20 in PyMuPDF: every row one figure per line under "TA 2024" / "Tot. 10/2024"
    /// / "Tot-%": no row holds two figures on a line, so the rows stay the cell-per-line reader's.
    func testRowsOneFigurePerLineAreNoBrokenRows() throws {
        let text = "TA 2024\nTot. 10/2024\nTot-%\nToimintatuotot\n1.305.950\n704.795\n54,0\nToimintakulut *)\n-28.948.150\n-23.737.425\n82,0\n"
        let lines = TextFileReader.parse(text).lines
        XCTAssertFalse(BrokenRowsUnderHeader.follow(lines, after: 1, columns: 2))
        XCTAssertFalse(BrokenRowsUnderHeader.follow(lines, after: 2, columns: 3))
        let six = TextFileReader.parse(Self.sixColumns).lines
        let end = try XCTUnwrap(six.lastIndex { $0.text.hasPrefix("Tot. 09/2024") })
        XCTAssertTrue(BrokenRowsUnderHeader.follow(six, after: end, columns: 6))
    }

    // MARK: StackedNamedColumns

    /// koha-suomi-oy-tilinpaatos-2024 p. 6 in PyMuPDF: the shares note, its column names and its
    /// one row each one cell per line.
    static let shares = """
    Yhtiön osakkeet
    OSAKEPÄÄOMA OSAKELAJEITTAIN JA OSAKELAJIA KOSKEVAT YHTIÖJÄRJESTYKSEN
    PÄÄASIALLISET MÄÄRÄYKSET
    Osakkeet ja osakesarjat
    Kpl
    Euroa
    Äänivalta / kpl
    Osake
    1 930 450
    229 908,22
    1
    Hallituksen esitys tilikauden tulosta koskeviksi toimenpiteiksi sekä mahdollisesta muun vapaan
    pääoman jakamisesta
    """

    func testColumnNamesOnePerLineHeadOneRow() throws {
        let (found, _) = tables(Self.shares)
        let table = try XCTUnwrap(found.first { $0.rows.contains { $0.label == "Osake" } })
        XCTAssertEqual(table.columns.map(\.header), ["Kpl", "Euroa", "Äänivalta / kpl"])
        XCTAssertEqual(table.rows.map(values), [[1_930_450, Decimal(string: "229908.22"), 1]])
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0?.flags.isEmpty ?? true })
        // The header on one line is `NamedColumnWords`'s; a row of more figures than names is no row.
        let oneLine = TextFileReader.parse("Osakkeet ja osakesarjat Kpl Euroa Äänivalta / kpl\nOsake 1 930 450 229 908,22 1\n").lines
        XCTAssertNil(StackedNamedColumns.table(oneLine, at: 0, excluded: [], cells: CellPerLineTable()))
        let longer = TextFileReader.parse("Osakkeet ja osakesarjat\nKpl\nEuroa\nOsake\n1 930 450\n229 908,22\n1\n").lines
        XCTAssertNil(StackedNamedColumns.table(longer, at: 0, excluded: [], cells: CellPerLineTable()))
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
