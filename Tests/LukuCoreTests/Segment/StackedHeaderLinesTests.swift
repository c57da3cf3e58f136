import Foundation
import XCTest
@testable import LukuCore

/// `StackedHeaderLines`: a header printed one word per line over rows that keep label and figures
/// on one line, in `pdftotext -raw` text of the synthetic statements (../shared/synth).
final class StackedHeaderLinesTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
    }

    /// Synth kivimaki p. 1 (a Word export): "Tilinpäätös" / "2020" / "Tilinpäätös" / "2019".
    static let kivimaki = """
    Tuloslaskelma ja sen tunnusluvut
    1 000 euroa
    Tilinpäätös
    2020
    Tilinpäätös
    2019
    Toimintatuotot
    Myyntituotot 13 854 14 427
    Maksutuotot 8 882 8 944
    Tuet ja avustukset 3 885 3 981
    """

    /// Synth pihlajaniemi p. 1 (an HTML export): "TP" / "2020" / "TP" / "2019", dot-grouped figures.
    static let pihlajaniemi = """
    Tuloslaskelma (ulkoinen), 1 000 euroa
    TP
    2020
    TP
    2019
    Toimintatuotot
    Myyntituotot 4.417 4.328
    Maksutuotot 1.849 1.710
    Tuet ja avustukset 2.473 2.566
    """

    /// Synth katajaselka p. 1: the unit line under the stacked years.
    static let katajaselka = """
    TULOSLASKELMA (ULKOINEN)
    Tilinpäätös
    2025
    Tilinpäätös
    2024
    1 000 euroa 1 000 euroa
    Toimintatuotot 9 288 8 985
    Valmistus omaan käyttöön 337 182
    Toimintakulut 36 224 36 331
    """

    func testStackedYearsHeadTwoColumns() throws {
        for (text, headers) in [(Self.kivimaki, ["Tilinpäätös 2020", "Tilinpäätös 2019"]),
                                (Self.pihlajaniemi, ["TP 2020", "TP 2019"]),
                                (Self.katajaselka, ["Tilinpäätös 2025", "Tilinpäätös 2024"])] {
            let found = tables(text)
            let table = try XCTUnwrap(found.first(where: { $0.columns.count == 2 }), text)
            XCTAssertEqual(table.columns.map(\.header), headers)
            XCTAssertEqual(table.columns.map(\.kind), [.tp, .tp])
            // No header word is left as a row of its own.
            XCTAssertFalse(found.flatMap(\.rows).contains { $0.label.hasPrefix("Tilinpäätös") || $0.label == "TP" })
        }
        let table = try XCTUnwrap(tables(Self.kivimaki).first)
        XCTAssertEqual(table.rows.last?.cells.map { $0?.value }, [3885, 3981])
    }

    /// A stacked header over rows written one cell per line (PyMuPDF's kemijarvi-konserni page 26
    /// shape) is the cell-per-line reader's: no row with label and figures on one line follows.
    func testStackedHeaderOverCellPerLineRowsIsNotRead() {
        let lines = TextFileReader.parse("TP\n2024\nTA\n2025\nToimintatuotot\n1 462 370\n1 305 950\nToimintakulut\n-2 100\n-2 200\n").lines
        XCTAssertTrue(lines.indices.allSatisfy { StackedHeaderLines.header(lines, at: $0) == nil })
        let raw = TextFileReader.parse(Self.kivimaki).lines
        XCTAssertEqual(StackedHeaderLines.header(raw, at: 2)?.last, 5)
    }

    /// Synth kivimaki p. 5: the budget outturn's header stacked over eleven lines, two words
    /// broken at the line's end ("TA +" / "muutokset", "Käyttö-" / "%"); six columns as the rows.
    static let kivimakiOutturn = """
    Määrärahojen toteutuminen €
    TP
    2019
    Alkuperäinen
    talousarvio
    Muutokset
    2020
    TA +
    muutokset
    TP
    2020
    Käyttö-
    %
    TOIMINTATUOTOT 10 781 875 11 113 500 0 11 113 500 10 786 612 97,1%
    Myyntituotot 3 826 785 3 944 500 0 3 944 500 3 828 466 97,1%
    """

    func testBrokenWordsInAStackedHeaderAreOneWord() throws {
        let table = try XCTUnwrap(tables(Self.kivimakiOutturn).first)
        XCTAssertEqual(table.columns.map(\.header),
                       ["TP 2019", "Alkuperäinen talousarvio", "Muutokset 2020", "TA+muutokset", "TP 2020", "Käyttö-%"])
        XCTAssertEqual(table.columns.map(\.kind), [.tp, .ta, nil, .taMuutos, .tp, .kaytto])
        XCTAssertEqual(table.rows.first?.cells.map { $0?.value }, [10_781_875, 11_113_500, 0, 11_113_500, 10_786_612, Decimal(string: "97.1")])
    }

    /// `MultiWordKinds`: "Alkuperäinen talousarvio" on one line (synth saarnijoki p. 6 in `-raw`)
    /// and "Muutettu" / "TA 2022" stacked (synth koivukyla p. 5) are one column each: five
    /// columns over rows of five figures.
    func testAlkuperäinenTalousarvioAndMuutettuTAAreOneColumnEach() throws {
        let saarnijoki = """
        Tuloslaskelmaosa
        Alkuperäinen talousarvio Muutokset 2024 Talousarvio muutosten jälkeen Toteutuma 2024 Poikkeama 2024
        € € € € €
        Toimintatuotot
        Myyntituotot 19350000 0 19350000 18240206 1109794
        Maksutuotot 3948600 −233000 3715600 3824837 −109237
        """
        let koivukyla = """
        TULOSLASKELMAOSA (1 000 €)
        Alkuperäinen
        TA
        TA
        muutokset
        Muutettu
        TA 2022
        TP
        2022
        Poikkeama
        2022
        Toimintatuotot
        Myyntituotot 12 635 0 12 635 13 838 1 203
        Maksutuotot 5 730 0 5 730 5 913 184
        """
        let first = try XCTUnwrap(tables(saarnijoki).first)
        XCTAssertEqual(first.columns.map(\.header).first, "Alkuperäinen talousarvio")
        XCTAssertEqual(first.columns.count, 5)
        XCTAssertEqual(first.rows.last?.cells.map { $0?.value }, [3_948_600, -233_000, 3_715_600, 3_824_837, -109_237])
        let second = try XCTUnwrap(tables(koivukyla).first)
        XCTAssertEqual(second.columns.map(\.header), ["Alkuperäinen TA", "TA muutokset", "Muutettu TA 2022", "TP 2022", "Poikkeama 2022"])
        XCTAssertEqual(second.columns[2].kind, .mta)
        XCTAssertEqual(second.rows.last?.cells.count, 5)
    }
}
