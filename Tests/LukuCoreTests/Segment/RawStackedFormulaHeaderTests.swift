import Foundation
import XCTest
@testable import LukuCore

/// `ColumnFormula` and `CodeLedWrappedLabelLines` on `pdftotext -raw` text of the hold-out set
/// (tools/holdout): a header stacked one cell per line whose last cell is a formula ("Poikkeama" /
/// "(TA−TOT)", "Muutos-%" / "TA26/TA25"), and code-led item names wrapped onto an uppercase line.
final class RawStackedFormulaHeaderTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
    }

    /// Hold-out 10 p. 1 in `pdftotext -raw` (lines as printed, the table's first rows).
    static let hold10 = """
    Investointimenot hankkeittain €
    TA
    2025
    TA-muutokset
    2025
    TA+muutokset
    2025
    Toteutuma
    2025
    Poikkeama
    (TA−TOT)
    Käyttö-
    %
    Talonrakennus
    4107 Maa-alueiden osto 107 216 116 101 223 317 217 157 6 160 97,2 %
    4114 Kirjaston
    esteettömyysparannukset 477 966 0 477 966 450 844 27 122 94,3 %
    4128 Puistojen leikkivälineet 393 451 0 393 451 171 697 221 754 43,6 %
    4142 Katuvalaistuksen
    LED-saneeraus 35 070 0 35 070 0 35 070 0,0 %
    4149 Terveysaseman vesikaton
    uusiminen 802 824 0 802 824 805 091 -2 267 100,3 %
    Kunnallistekniikka
    4289 Kevyen liikenteen väylä
    Kirkonkylä–Asema 474 222 0 474 222 544 195 -69 973 114,8 %
    4184 Katuvalaistuksen
    LED-saneeraus 259 142 0 259 142 40 849 218 293 15,8 %
    4205 Paloaseman laajennus 519 232 0 519 232 578 344 -59 112 111,4 %
    """

    func testFormulaLineEndsTheStackedHeader() throws {
        let table = try XCTUnwrap(tables(Self.hold10).first)
        XCTAssertEqual(table.columns.map(\.header),
                       ["TA 2025", "TA-muutokset 2025", "TA+muutokset 2025", "Toteutuma 2025", "Poikkeama (TA−TOT)", "Käyttö-%"])
        XCTAssertEqual(table.columns[4].kind, .poikkeama)
        let first = try XCTUnwrap(table.rows.first)
        XCTAssertEqual(first.label, "4107 Maa-alueiden osto")
        XCTAssertEqual(first.cells.map { $0?.value }, [107216, 116101, 223317, 217157, 6160, Decimal(string: "97.2")])
    }

    func testCodeLineIsTheFirstLineOfAnUppercaseWrappedName() throws {
        let table = try XCTUnwrap(tables(Self.hold10).first)
        let labels = table.rows.map(\.label)
        XCTAssertTrue(labels.contains("4142 Katuvalaistuksen LED-saneeraus"), "\(labels)")
        XCTAssertTrue(labels.contains("4289 Kevyen liikenteen väylä Kirkonkylä–Asema"), "\(labels)")
        XCTAssertTrue(labels.contains("4114 Kirjaston esteettömyysparannukset"), "\(labels)")
        // The same name under another code is another item, joined to its own code.
        XCTAssertTrue(labels.contains("4184 Katuvalaistuksen LED-saneeraus"), "\(labels)")
        XCTAssertFalse(labels.contains("LED-saneeraus"), "\(labels)")
        // The code lines name no group: the rows keep the groups printed above them.
        let led = try XCTUnwrap(table.rows.first { $0.label == "4142 Katuvalaistuksen LED-saneeraus" })
        XCTAssertEqual(led.group, "Talonrakennus")
        XCTAssertEqual(led.cells.map { $0?.value }, [35070, 0, 35070, 0, 35070, 0])
        let after = try XCTUnwrap(table.rows.first { $0.label == "4205 Paloaseman laajennus" })
        XCTAssertEqual(after.group, "Kunnallistekniikka")
    }

    /// A code line over several codeless rows names their group (a cost centre's "Toimintatuotot"
    /// / "Toimintakulut"): it is not joined to the first of them.
    func testCodeLineOverSeveralRowsStaysAGroup() {
        let labels = ["1100 Hallinto", "Toimintatuotot", "Toimintakulut", "1200 Tekninen toimi", "Toimintatuotot", "Toimintakulut",
                      "1300 Sivistys 5 6", "1400 Vapaa-aika 7 8"]
        let tails = [[], ["1", "2"], ["3", "4"], [], ["1", "2"], ["3", "4"], ["5", "6"], ["7", "8"]]
        XCTAssertEqual(CodeLedWrappedLabelLines.joins(labels: labels, tails: tails), [])
        // …nor when the table numbers no other item by its code.
        XCTAssertEqual(CodeLedWrappedLabelLines.joins(labels: ["4142 Katuvalaistuksen", "LED-saneeraus", "Paloasema"],
                                                      tails: [[], ["1", "2"], ["3", "4"]]), [])
        XCTAssertEqual(CodeLedWrappedLabelLines.joins(labels: ["4142 Katuvalaistuksen", "LED-saneeraus", "4150 A", "4151 B"],
                                                      tails: [[], ["1", "2"], ["3", "4"], ["5", "6"]]), [0])
        // A total after the code line is no item's name.
        XCTAssertEqual(CodeLedWrappedLabelLines.joins(labels: ["4150 A", "4151 B", "4160 Hankkeet", "Hankkeet yhteensä"],
                                                      tails: [["3", "4"], ["5", "6"], [], ["8", "10"]]), [])
    }

    /// Hold-out 2 p. 2 in `pdftotext -raw`: the header repeated on the continuation page, stacked
    /// one cell per line, the change percent's basis "TA26/TA25" on a line of its own.
    static let hold02 = """
    TP
    2024
    TA
    2025
    TA
    2026
    TS
    2027
    TS
    2028
    Muutos-%
    TA26/TA25
    1 000 € 1 000 € 1 000 € 1 000 € 1 000 €
    Nuorisopalvelut
    Menot 2 023,9- 8 497,2- 4 101,0- 3 340,7- 5 264,7- 51,7
    Tulot 3 048,0 1 316,0 2 227,5 1 557,6 1 409,5 69,3
    Netto 1 024,1 7 181,2- 1 873,5- 1 783,1- 3 855,2- 73,9
    """

    func testRatioFormulaLineEndsTheStackedHeader() throws {
        let table = try XCTUnwrap(tables(Self.hold02).first)
        XCTAssertEqual(table.columns.map(\.header), ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028", "Muutos-% TA26/TA25"])
        XCTAssertEqual(table.rows.map(\.label), ["Menot", "Tulot", "Netto"])
        XCTAssertEqual(table.rows[0].cells.last??.value, Decimal(string: "51.7"))
    }

    func testFormulaWords() {
        for word in ["(TA−TOT)", "(TP-TA)", "TA26/TA25", "TP2024/TP2023", "(TA26/TA25)"] {
            XCTAssertTrue(ColumnFormula.matches(word), word)
        }
        // A kind pair without years names a column; words and figures are no formula.
        for word in ["TA/KS", "(TA)", "2025/2024", "Menot/Tulot", "TA26/", "(1 000 €)", "26/25"] {
            XCTAssertFalse(ColumnFormula.matches(word), word)
        }
    }
}

/// `RepeatedHeaderContinuation`, `UnitAboveStackedHeader` and `ProjectColumnPhrases` on
/// `pdftotext -raw` text (pages broken by form feeds, as pdftotext writes them).
final class RawContinuedTableTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
    }

    /// Hold-out 2 pp. 1–2: the header repeated on p. 2 under the running head and "Sivu 2".
    static let hold02 = """
    Haapavirran kaupunki – Talousarvio 2026 ja taloussuunnitelma 2026–2028
    Sivu 1
    Tulosalueiden määrärahat ja tuloarviot
    \(RawStackedFormulaHeaderTests.hold02.split(separator: "\n").prefix(13).joined(separator: "\n"))
    Kadut ja liikenneväylät
    Menot 6 365,1- 922,8- 7 367,7- 4 722,8- 3 091,7- 698,4-
    Tulot 3 427,3 2 636,3 841,5 240,8 1 666,8 68,1-
    Netto 2 937,8- 1 713,5 6 526,2- 4 482,0- 1 424,9- 480,9-
    \u{0C}Haapavirran kaupunki – Talousarvio 2026 ja taloussuunnitelma 2026–2028
    Sivu 2
    \(RawStackedFormulaHeaderTests.hold02)
    """

    func testRepeatedHeaderJoinsThePages() throws {
        let found = tables(Self.hold02)
        XCTAssertEqual(found.count, 1, "\(found.map(\.pages))")
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.rows.map(\.label), ["Menot", "Tulot", "Netto", "Menot", "Tulot", "Netto"])
        XCTAssertEqual(table.rows.map(\.group), ["Kadut ja liikenneväylät", "Kadut ja liikenneväylät", "Kadut ja liikenneväylät",
                                                 "Nuorisopalvelut", "Nuorisopalvelut", "Nuorisopalvelut"])
        // The unit line under the header ("1 000 €" over five columns) is the unit, no row.
        XCTAssertEqual(table.unit, "1 000 €")
    }

    /// A second page whose header differs is another table.
    func testOtherHeaderOnTheNextPageIsAnotherTable() {
        let other = Self.hold02.replacingOccurrences(of: "Sivu 2\nTP\n2024", with: "Sivu 2\nTA\n2024")
        XCTAssertEqual(tables(other).count, 2)
    }

    /// A title of its own over the same header (the next board's budget, Kauhava pp. 77–78 shape)
    /// is no page furniture: the next page's table is another table.
    func testOwnTitleOverTheSameHeaderIsAnotherTable() {
        let titled = Self.hold02.replacingOccurrences(of: "Sivu 2\nTP\n2024", with: "Sivu 2\nKaupunginhallitus\nTP\n2024")
        XCTAssertEqual(tables(titled).count, 2)
    }

    /// Synth kivimaki pp. 1–2 (Word export): the unit line over the stacked header on both pages,
    /// the running head on every page.
    static let kivimaki = """
    Kivimäen kaupunki | Tilinpäätös 2020
    Tuloslaskelma ja sen tunnusluvut
    1 000 euroa
    Tilinpäätös
    2020
    Tilinpäätös
    2019
    Toimintatuotot
    Myyntituotot 13 854 14 427
    Muut toimintatuotot 20 461 47 082 20 365 47 717
    Valmistus omaan
    käyttöön 2 311 2 445
    Korkotuotot 277 529
    Sivu 1
    \u{0C}Kivimäen kaupunki | Tilinpäätös 2020
    1 000 euroa
    Tilinpäätös
    2020
    Tilinpäätös
    2019
    Muut rahoitustuotot 430 544
    Korkokulut -879 -415
    Muut rahoituskulut -17 -189 -28 630
    Vuosikate 3 872 20 213
    """

    func testUnitAboveStackedHeaderStartsTheContinuation() throws {
        let found = tables(Self.kivimaki)
        XCTAssertEqual(found.count, 1, "\(found.map(\.pages))")
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.rows.map(\.label).suffix(2), ["Muut rahoituskulut", "Vuosikate"])
        XCTAssertEqual(table.pages, [1, 2])
        XCTAssertEqual(table.unit, "1 000 euroa")
        // The second page's part takes the first part's four columns (two a year: the truth's
        // Korkokulut is -879, -, -415, -); which of a year's two columns a lone figure stands in,
        // these lines do not say, so the placement is flagged, and the printed figures are kept.
        let korko = try XCTUnwrap(table.rows.first { $0.label == "Korkokulut" })
        XCTAssertEqual(korko.cells.compactMap { $0?.value }, [-879, -415])
        XCTAssertTrue(korko.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) }, "\(korko.cells)")
    }

    /// Synth honkaniemi p. 6 (Word export): the investment part's header on one line.
    static let honkaniemi = """
    Investointiosa
    Kustannusarvio Edellisten vuosien käyttö Talousarvio muutosten jälkeen Toteutuma 2024 Poikkeama €
    Talonrakennus
    6010 Koulukeskuksen
    peruskorjaus ja laajennus 400000,00 193420,31 133000,00 141652,58 -8652,58
    6020 Päiväkoti Tuulenpesän
    uudisrakennus 2650000,00 0,00 2040000,00 2284961,45 -244961,45
    Talonrakennus yhteensä 6390000,00 193420,31 4334000,00 3540275,78 793724,22
    """

    func testProjectColumnPhrasesHeadOneColumnEach() throws {
        let table = try XCTUnwrap(tables(Self.honkaniemi).first)
        XCTAssertEqual(table.columns.map(\.header), ["Kustannusarvio", "Edellisten vuosien käyttö", "Talousarvio muutosten jälkeen",
                                                     "Toteutuma 2024", "Poikkeama €"])
        XCTAssertEqual(table.rows.first?.label, "6010 Koulukeskuksen peruskorjaus ja laajennus")
        XCTAssertEqual(table.rows.first?.cells.map { $0?.value }, [400000, Decimal(string: "193420.31"), 133000,
                                                                  Decimal(string: "141652.58"), Decimal(string: "-8652.58")])
        XCTAssertEqual(ProjectColumnPhrases.joined(["Kokonais-kustannusarvio", "Käytetty", "aiempina", "vuosina", "TA", "+", "muutokset", "Toteuma"]),
                       ["Kokonais-kustannusarvio", "Käytetty aiempina vuosina", "TA + muutokset", "Toteuma"])
        // Only the whole phrase: "Edellisten vuosien" alone stays two words.
        XCTAssertEqual(ProjectColumnPhrases.joined(["Edellisten", "vuosien", "TP"]), ["Edellisten", "vuosien", "TP"])
    }
}
