import Foundation
import XCTest
@testable import LukuCore

/// PyMuPDF's `get_text()` (one cell per line) of kemijarvi-konserni-elinvoima-ta2026 pages 10,
/// 15, 25 and 26, and of the spreadsheet-made synthetic statements: text cells repeated in a row
/// (`RepeatedTextCells`), "x" cells under a caps label, kind-and-year header lines, "31.12." under
/// a label, and pages whose figures stand apart from their labels (`DetachedValueRuns`). Lines
/// copied from the extractor's output of those pages.
final class CellPerLineTextCellTests: XCTestCase {
    private func tables(_ text: String) -> (tables: [Table], issues: [Issue]) {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables), output.issues)
    }

    private func texts(_ row: Row) -> [String?] { row.cells.map { $0?.text } }
    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    /// Page 26: each cost centre's rows hold a note in the first three period columns, broken
    /// over two lines ("hallinto-" / "palveluissa"), then TA 2026 and KS 2026.
    func testNoteCopiesBeforeTheFiguresAreTheRowsFirstCells() throws {
        let text = """
        Elinkeino- ja
        työllisyyspalvelut
        TP
        TA+MUUTOS
        TPE
        TA
        KS
        2024
        2025
        2025
        2026
        2026
        Joukkoliikenne
        MENOT
        hallinto-
        palveluissa
        hallinto-
        palveluissa
        hallinto-
        palveluissa
        −334 000
        −334 000
        TULOT
        hallinto-
        palveluissa
        hallinto-
        palveluissa
        hallinto-
        palveluissa
        90 000
        90 000
        Elinkeinopalvelut
        MENOT
        Kehityksessä
        Kehityksessä
        Kehityksessä
        −252 520
        −252 520
        """
        let table = try XCTUnwrap(tables(text).tables.first)
        XCTAssertEqual(table.columns.count, 5)
        XCTAssertEqual(table.rows.map(\.label), ["MENOT", "TULOT", "MENOT"])
        XCTAssertEqual(table.rows.map(texts), [
            ["hallintopalveluissa", "hallintopalveluissa", "hallintopalveluissa", "−334 000", "−334 000"],
            ["hallintopalveluissa", "hallintopalveluissa", "hallintopalveluissa", "90 000", "90 000"],
            ["Kehityksessä", "Kehityksessä", "Kehityksessä", "−252 520", "−252 520"],
        ])
        XCTAssertEqual(table.rows.map(values), [[nil, nil, nil, -334_000, -334_000], [nil, nil, nil, 90_000, 90_000],
                                                [nil, nil, nil, -252_520, -252_520]])
        XCTAssertEqual(table.rows.last?.group, "Elinkeinopalvelut")
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0?.flags.isEmpty ?? true }, "every row holds five cells")
    }

    /// Page 10: Joukkoliikenne's rows hold three periods' figures, then a note in TA 2026 and
    /// KS 2026 ("siirretty" ×2, "elinkeino- ja" ×2, a real hyphen kept); the next row follows.
    func testNoteCopiesAfterTheFiguresAreTheRowsLastCells() throws {
        let text = """
        Muu toiminta ja avustukset
        MENOT
        −166 879
        −157 430
        −47 132
        −98 200
        −98 200
        Joukkoliikenne
        MENOT
        −318 280
        −348 070
        −361 424
        siirretty
        siirretty
        TULOT
        37 806
        100 000
        72 021
        elinkeino- ja
        elinkeino- ja
        NETTOMENO
        −280 475
        −248 070
        −289 403
        työllisyys va
        työllisyys va
        """
        let table = try XCTUnwrap(tables(text).tables.first)
        XCTAssertEqual(table.columns.count, 5)
        XCTAssertEqual(table.rows.map(\.label), ["MENOT", "MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(table.rows.dropFirst().map(texts), [
            ["−318 280", "−348 070", "−361 424", "siirretty", "siirretty"],
            ["37 806", "100 000", "72 021", "elinkeino- ja", "elinkeino- ja"],
            ["−280 475", "−248 070", "−289 403", "työllisyys va", "työllisyys va"],
        ])
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0?.flags.isEmpty ?? true })
    }

    /// A title in capitals printed over both periods ("VASTATTAVAA" / "VASTATTAVAA", synth
    /// katajaselkä) heads the next table; it is no pair of cells of the row above.
    func testCapitalTitleCopiesAreNoCells() {
        let lines = TextFileReader.parse("VASTAAVAA YHTEENSÄ\n51 022\n47 240\nVASTATTAVAA\nVASTATTAVAA\n31.12.2025\n").lines
        let cells = CellPerLineTable()
        XCTAssertNil(RepeatedTextCells.run(lines, at: 3, isValue: cells.isValue, isLabel: cells.isLabel))
        // One note alone is a label, and copies with no figure beside them are no cells either.
        let single = TextFileReader.parse("−361 424\nsiirretty\nTULOT\n").lines
        XCTAssertNil(RepeatedTextCells.run(single, at: 1, isValue: cells.isValue, isLabel: cells.isLabel))
        let apart = TextFileReader.parse("Otsikko\nosuudet\nosuudet\nJoukkoliikenne\n").lines
        XCTAssertNil(RepeatedTextCells.run(apart, at: 1, isValue: cells.isValue, isLabel: cells.isLabel))
    }

    /// Page 25: "MENOT" / "x" / "−2 703 870" / "x" / "x": the "x" under the caps label is the
    /// row's first cell, not the rest of a heading "MENOT x".
    func testPlaceholderUnderACapsLabelIsACell() throws {
        let text = """
        7. Määrärahat
        Elinkeino- ja
        työllisyyspalvelut
        TA+muutos
        TA
        MUUTOS
        MUUTOS
        2025
        2026
        €
        %
        MENOT
        x
        −2 703 870
        x
        x
        TULOT
        x
        386 700
        x
        x
        NETTOMENO
        x
        −2 317 170
        x
        x
        """
        let table = try XCTUnwrap(tables(text).tables.first)
        XCTAssertEqual(table.rows.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(table.rows.map(values), [[nil, -2_703_870, nil, nil], [nil, 386_700, nil, nil], [nil, -2_317_170, nil, nil]])
        XCTAssertEqual(table.rows.first.map(texts), ["x", "−2 703 870", "x", "x"])
    }

    /// Page 15: six headers "TP 2024" … "TS 2028" one per line over rows of three figures (a new
    /// unit has no actuals): six columns, the figures in the last three, flagged as placed; and
    /// "Vakinaiset virat ja toimet" / "31.12." is one label.
    func testKindAndYearLinesNameTheColumnsOfShortRows() throws {
        let text = """
        5. Talouden ja toiminnan tunnusluvut
        Tunnusluvut
        TP 2024
        MTA 2025
        TPE 2025
        TA 2026
        TS 2027
        TS 2028
        Vakinaiset virat ja toimet
        31.12.
        3
        3
        3
        Henkilöstömenot €
        −156 430
        −161 900
        −167 600
        Muutos %
        x
        3,5
        3,5
        """
        let table = try XCTUnwrap(tables(text).tables.first)
        XCTAssertEqual(table.columns.map(\.header), ["TP 2024", "MTA 2025", "TPE 2025", "TA 2026", "TS 2027", "TS 2028"])
        XCTAssertEqual(table.rows.map(\.label), ["Vakinaiset virat ja toimet 31.12.", "Henkilöstömenot €", "Muutos %"])
        XCTAssertEqual(table.rows[1].cells.map { $0?.value }, [nil, nil, nil, -156_430, -161_900, -167_600])
        XCTAssertTrue(table.rows.flatMap(\.cells).compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
    }

    /// tukipalvelut p. 4: "TOT. 30.6." is the last kind line over five years, not a sixth period.
    func testAKindLineAboveTheYearsIsNoPeriod() {
        let lines = TextFileReader.parse("TP\nTA/KS+muutos\nTOT. 30.6.\n2020\n2021\n2021\n2022\n2022\nKÄYTTÖTALOUS\nMyyntituotot\n1\n2\n").lines
        XCTAssertEqual(CellPerLineTable().headerPeriods(lines, before: 9), ["2020", "2021", "2021", "2022", "2022"])
    }

    /// Synth kalliosalo p. 9 (spreadsheet-made): the labels hold one or two stray figures each
    /// (a percent, an odd total) and the columns' figures come after, ten and more in a row. What
    /// is read there is flagged; the other page's table is not.
    func testFiguresApartFromTheirLabelsFlagThePage() throws {
        let stray = """
        Toimintatuotot
        −1,3
        Myyntituotot
        −924,52 €
        −1,3
        Maksutuotot
        −1,3
        Muut toimintatuotot
        −777,20 €
        −1,3
        Toimintakate
        −1,0
        """
        let block = (1...12).map { "\($0)00 000,00 €" }.joined(separator: "\n")
        let clean = "Menot\n1 000\n2 000\nTulot\n3 000\n4 000"
        let (found, issues) = tables(stray + "\n" + block + "\u{0C}" + clean)
        XCTAssertTrue(issues.contains { $0.code == "column-blocks" && $0.page == 1 })
        let first = found.filter { $0.page == 1 }.flatMap(\.rows).flatMap(\.cells).compactMap { $0 }
        XCTAssertFalse(first.isEmpty)
        XCTAssertTrue(first.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        let second = found.filter { $0.page == 2 }.flatMap(\.rows).flatMap(\.cells).compactMap { $0 }
        XCTAssertEqual(second.map(\.value), [1_000, 2_000, 3_000, 4_000])
        XCTAssertTrue(second.allSatisfy { $0.flags.isEmpty })
        XCTAssertEqual(DetachedValueRuns.pages(TextFileReader.parse(clean).lines, isValue: CellPerLineTable().isValue), [])
    }
}

/// lapua-ta2025-lautakuntien-talousarviot p. 3 in PyMuPDF: the one-value rows under the
/// KAUPUNGINHALLITUS rows are a table of one unnamed column, unflagged (one line, one value).
final class CellPerLineNoteRowTests: XCTestCase {
    func testOneValueRowsClosingATableAreATableOfTheirOwn() throws {
        let text = """
        KAUPUNGINHALLITUS
        TP 2023
        TA 2024
        Raami 2025
        TA 2025
        Ero raamiin
        Toimintatuotot
        4 460 444
        3 757 300
        3 795 000
        4 035 100
        240 100
        Toimintakulut
        -4 867 089
        -4 958 500
        -6 560 200
        -6 330 500
        229 700
        Toimintakate
        -406 645
        -1 201 200
        -2 765 200
        -2 295 400
        469 800
        Kh on alittanut raamin
        469 800
        Säästötavoite
        -212 300
        Säästötavoitteeseen päästy
        """
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        let (found, issues) = TextTableBuilder().tables(in: lines, excluded: [])
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.first?.rows.map(\.label), ["Toimintatuotot", "Toimintakulut", "Toimintakate"])
        let notes = try XCTUnwrap(found.last)
        XCTAssertEqual(notes.columns.count, 1)
        XCTAssertEqual(notes.rows.map(\.label), ["Kh on alittanut raamin", "Säästötavoite"])
        XCTAssertEqual(notes.rows.map { $0.cells.map { $0?.value } }, [[469_800], [-212_300]])
        XCTAssertTrue(notes.rows.flatMap(\.cells).allSatisfy { $0?.flags.isEmpty ?? false })
        XCTAssertTrue(issues.contains { $0.code == "columns-from-rows" && $0.message.contains("one unnamed column") })
        // One one-value row, or a table of two columns, keeps its rows.
        XCTAssertNil(CellPerLineNoteRows.start([5, 5, 5, 1], columns: 5))
        XCTAssertNil(CellPerLineNoteRows.start([2, 2, 1, 1], columns: 2))
        XCTAssertEqual(CellPerLineNoteRows.start([5, 5, 5, 1, 1, 1], columns: 5), 3)
    }
}

/// lapua-sivla-poytakirja-2024-11-21 p. 18 in PyMuPDF: rows with a value on the label's line and
/// the rest on the next lines ("Toimintatuotot 381.300" / "239.398" / "62,8") are rows broken
/// over lines (`BrokenRowLines`), not labels over one cell per line.
final class BrokenRowNotCellPerLineTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    func testLabelLineEndingInAValueIsABrokenRow() throws {
        let text = """
        varhaiskasvatus:
        \u{00A0}
        TA 2024
        Tot. 09/2024 Tot-\u{200B}%
        Toimintatuotot \u{00A0} 381.300
        239.398
        62,\u{200B}8
        Toimintakulut *) -\u{200B} 9.739.800 -\u{200B}6.771.907
        69,\u{200B}5
        Toimintakate
        -\u{200B}9.358.500 -\u{200B}6.532.510
        69,\u{200B}8
        sivistyslautakunta hallinto:
        \u{00A0}
        TA 2024 Tot. 09/2024 Tot-\u{200B}%
        Toimintatuotot \u{00A0} 0
        1.670
        100
        Toimintakulut *) -\u{200B}827.940 -\u{200B}225.832
        27,\u{200B}3
        Toimintakate
        -\u{200B}827.940 -\u{200B}224.162
        27,\u{200B}1
        """
        let found = tables(text)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map { $0.columns.map(\.header) }, [["TA 2024", "Tot. 09/2024", "Tot-%"], ["TA 2024", "Tot. 09/2024", "Tot-%"]])
        XCTAssertEqual(found.first?.rows.map { $0.cells.map { $0?.value } },
                       [[381_300, 239_398, Decimal(string: "62.8")], [-9_739_800, -6_771_907, Decimal(string: "69.5")],
                        [-9_358_500, -6_532_510, Decimal(string: "69.8")]])
        // (Its first row, "Toimintatuotot 0" / "1.670" / "100", is not joined yet: the lone "0"
        // stays in the label and the two figures are placed last, flagged.)
        let second = try XCTUnwrap(found.last)
        XCTAssertEqual(second.rows.first { $0.label == "Toimintakulut *)" }.map { $0.cells.map { $0?.value } },
                       [-827_940, -225_832, Decimal(string: "27.3")])
        XCTAssertTrue(found[0].rows.flatMap(\.cells).allSatisfy { $0?.flags.isEmpty ?? true })
        XCTAssertTrue(second.rows.flatMap(\.cells).compactMap { $0 }.allSatisfy { $0.value != 1_670 || !$0.flags.isEmpty })
        XCTAssertTrue(CellPerLineTable.endsInGroupedAmount(TextFileReader.parse("Toimintatuotot 381.300").lines[0]))
        XCTAssertFalse(CellPerLineTable.endsInGroupedAmount(TextFileReader.parse("Kemijärvi historia 3").lines[0]))
    }
}
