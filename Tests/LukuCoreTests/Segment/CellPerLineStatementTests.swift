import Foundation
import XCTest
@testable import LukuCore

/// Statements written one cell per line (PyMuPDF's `get_text()`): a header repeated at a page's
/// top (`RepeatedHeaderAtPageTop`), labels wrapped over lines in a run of labels, scales under
/// the header (`ScaleLineNoFigure`), two columns per year proven by the group's subtotal
/// (`PairedGroupSums`, `PairedValueColumns.periodsInPairs`) and figures with a trailing minus
/// (`TrailingMinusFigure`). Lines copied from the texts named in each test.
final class CellPerLineStatementTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func filled(_ table: Table) -> [Row] { table.rows.filter { $0.cells.contains { $0 != nil } } }

    /// Synth kivimaki pp. 1–2 (Word-made): the income statement goes on to page 2 under its header
    /// printed again ("1 000 euroa" / "Tilinpäätös" / "2020" / …), with "Poistot ja" /
    /// "arvonalentumiset" / "Suunnitelman mukaiset" / "poistot" (four label lines, two labels).
    private let kivimaki = """
        Tuloslaskelma ja sen tunnusluvut
        1 000 euroa
        Tilinpäätös
        2020
        Tilinpäätös
        2019
        Toimintatuotot
        Myyntituotot
        13 854
        14 427
        Maksutuotot
        8 882
        8 944
        Rahoitustuotot ja -kulut
        Korkotuotot
        277
        529
        Sivu 1
        \u{0C}1 000 euroa
        Tilinpäätös
        2020
        Tilinpäätös
        2019
        Muut rahoitustuotot
        430
        544
        Korkokulut
        -879
        -415
        Vuosikate
        3 872
        20 213
        Poistot ja
        arvonalentumiset
        Suunnitelman mukaiset
        poistot
        -14 139
        -9 225
        Tilikauden tulos
        -10 268
        10 988
        """

    func testHeaderRepeatedAtThePageTopKeepsOneTable() throws {
        let all = tables(kivimaki)
        XCTAssertEqual(all.count, 1)
        let table = try XCTUnwrap(all.first)
        XCTAssertEqual(table.pages, [1, 2])
        let rows = filled(table)
        XCTAssertEqual(rows.map(\.label), ["Myyntituotot", "Maksutuotot", "Korkotuotot", "Muut rahoitustuotot", "Korkokulut",
                                           "Vuosikate", "Suunnitelman mukaiset poistot", "Tilikauden tulos"])
        XCTAssertEqual(rows[2].cells.map { $0?.text }, ["277", "529"])
        XCTAssertFalse(rows.flatMap(\.cells).contains { $0?.text.contains("euroa") ?? false })
        XCTAssertTrue(rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty ?? false } })
    }

    /// Without the copy of the header above the table, the lines at the page top are no repeat.
    func testRuleSkipsOnlyACopyOfTheHeaderAbove() {
        let lines = TextFileReader.parse(kivimaki).lines
        let cells = CellPerLineTable()
        guard let top = lines.firstIndex(where: { $0.page == 2 }), let start = lines.firstIndex(where: { $0.text == "Myyntituotot" }) else {
            return XCTFail("no page 2")
        }
        XCTAssertEqual(RepeatedHeaderAtPageTop.end(lines, at: top, tableStart: start, excluded: [], isLabel: cells.isLabel),
                       lines.firstIndex { $0.text == "Muut rahoitustuotot" })
        XCTAssertNil(RepeatedHeaderAtPageTop.end(lines, at: top, tableStart: 1, excluded: [], isLabel: cells.isLabel))
    }

    /// Synth saarnijoki p. 3 (HTML-made): a scale under each period line is the header's, not a
    /// row named "31.12.2023"; the sheet is a table, not column blocks.
    func testScalesUnderThePeriodsAreNoRow() throws {
        let text = """
            VASTAAVAA
            31.12.2024
            31.12.2023
            1 000 euroa
            1 000 euroa
            A
            PYSYVÄT VASTAAVAT
            I
            Aineettomat hyödykkeet
            1.
            Muut pitkävaikutteiset menot
            1.608
            1.608
            1.526
            1.526
            II
            Aineelliset hyödykkeet
            1.
            Maa- ja vesialueet
            14.809
            13.758
            2.
            Rakennukset
            239.743
            240.804
            Vastattavaa
            31.12.2024
            31.12.2023
            1 000 euroa
            1 000 euroa
            A
            OMA PÄÄOMA
            I
            Peruspääoma
            98.431
            98.431
            II
            Arvonkorotusrahasto
            10.463
            10.463
            """
        let all = tables(text)
        XCTAssertFalse(all.isEmpty)
        let rows = all.flatMap(filled)
        XCTAssertFalse(rows.contains { $0.label.contains("31.12.") })
        XCTAssertEqual(rows.first { $0.label == "2. Rakennukset" }?.cells.compactMap { $0?.text }, ["239.743", "240.804"])
        XCTAssertEqual(rows.first { $0.label == "I Peruspääoma" }?.cells.compactMap { $0?.text }, ["98.431", "98.431"])
    }

    /// Hold-out hold-09 (balance sheet with the subtotal column): periods printed over both columns
    /// of each pair, rows of two or four figures; the rows whose items make the subtotal below them
    /// are items for certain (unflagged), the others stay in doubt.
    func testGroupSubtotalProvesItemRowsOfPairedColumns() throws {
        let text = """
            VASTAAVAA
            €
            31.12.2025
            31.12.2025
            31.12.2024
            31.12.2024
            A PYSYVÄT VASTAAVAT
            I Aineettomat hyödykkeet
            Aineettomat oikeudet
            561 875,96
            18 692,04
            Muut pitkävaikutteiset menot
            1 791 357,89
            2 353 233,85
            1 561 404,09
            1 580 096,13
            II Aineelliset hyödykkeet
            Maa- ja vesialueet
            1 075 884,71
            1 631 336,31
            Rakennukset
            1 751 742,64
            992 516,05
            Kiinteät rakenteet ja laitteet
            580 636,25
            1 700 489,47
            Koneet ja kalusto
            644 387,30
            4 052 650,90
            362 334,63
            4 686 676,46
            III Rahat ja pankkisaamiset
            320 386,42
            330 470,27
            """
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.columns.count, 4)
        let rows = filled(table)
        let item = try XCTUnwrap(rows.first { $0.label == "Aineettomat oikeudet" })
        XCTAssertEqual(item.cells.map { $0?.text }, ["561 875,96", nil, "18 692,04", nil])
        XCTAssertTrue(item.cells.compactMap { $0 }.allSatisfy { $0.flags.isEmpty })
        let maa = try XCTUnwrap(rows.first { $0.label == "Maa- ja vesialueet" })
        XCTAssertTrue(maa.cells.compactMap { $0 }.allSatisfy { $0.flags.isEmpty })
        // A subtotal-only line the arithmetic does not place stays flagged.
        let rahat = try XCTUnwrap(rows.first { $0.label == "III Rahat ja pankkisaamiset" })
        XCTAssertTrue(rahat.cells.compactMap { $0 }.allSatisfy { !$0.flags.isEmpty })
    }

    func testPairedGroupSumsAndPeriodPairs() {
        let rows = [["1", "2"], ["3", "4", "4", "6"], ["5", "5"], ["1", "7", "1", "9"]]
        XCTAssertEqual(PairedGroupSums.items(rows, columns: 4), [0])
        XCTAssertEqual(PairedGroupSums.items([["1", "2"], ["3", "5", "4", "6"]], columns: 4), [])
        XCTAssertTrue(PairedValueColumns.periodsInPairs(["31.12.2025", "31.12.2025", "31.12.2024", "31.12.2024"]))
        XCTAssertFalse(PairedValueColumns.periodsInPairs(["2025", "2025", "2026", "2026", "2026"]))
        XCTAssertFalse(PairedValueColumns.periodsInPairs(["2025", "2025", "2025", "2025"]))
    }

    /// Hold-out hold-02 (a grid with minus signs after the figures): "6 365,1-" is neither a
    /// figure nor a label, so no table of made-up labels ("698,4- Tulot") comes out.
    func testTrailingMinusFiguresMakeNoLabels() {
        let text = """
            1 000 €
            1 000 €
            Kadut ja liikenneväylät
            Menot
            6 365,1-
            922,8-
            7 367,7-
            Tulot
            3 427,3
            2 636,3
            841,5
            Netto
            2 937,8-
            1 713,5
            6 526,2-
            Ruokapalvelut
            Menot
            4 000,8-
            1 051,4-
            2 772,9-
            Tulot
            76,1
            1 321,6
            835,5
            """
        XCTAssertFalse(tables(text).flatMap(\.rows).contains { $0.label.contains("-") && $0.label.first?.isNumber == true })
        XCTAssertTrue(TrailingMinusFigure.applies("6 365,1-"))
        XCTAssertFalse(TrailingMinusFigure.applies("-6 365,1"))
        XCTAssertFalse(TrailingMinusFigure.applies("Menot"))
    }
}
