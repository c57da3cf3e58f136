import Foundation
import XCTest
@testable import LukuCore

/// Statements with two value columns per year (item, group subtotal) in PyMuPDF's one-cell-per-line
/// text: rows of p figures standing in the subtotal column are placed by the statement's running
/// totals (`PairedRunningTotals`) and a row label opening with a project code (`CodedRowLabel`). Lines copied from the synth texts named in each test;
/// expected cells from their truth files (../shared/synth/*.truth.json).
final class PairedRunningTotalsTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func texts(_ row: Row?) -> [String?] { row?.cells.map { $0?.text } ?? [] }

    /// Synth tammiselka p. 1 (HTML-made, 1 000 €): Valmistus omaan käyttöön, Toimintakate,
    /// Verotulot, Valtionosuudet and Vuosikate stand in the subtotal column (truth:
    /// [None, "-235523", None, "-224446"] for Toimintakate); the items stay in the item column.
    private let tammiselka = """
        TULOSLASKELMA
        Tilinpäätös
        2024
        Tilinpäätös
        2023
        1 000 €
        1 000 €
        Toimintatuotot
        Myyntituotot
        20 014
        19 865
        Maksutuotot
        9 231
        8 907
        Tuet ja avustukset
        8 480
        8 316
        Muut toimintatuotot
        17 675
        55 400
        16 672
        53 760
        Valmistus omaan käyttöön
        1 962
        3 044
        Toimintakulut
        Henkilöstökulut
        -98 467
        -96 054
        Palvelujen ostot
        -124 763
        -118 300
        Aineet, tarvikkeet, tavarat
        -15 402
        -15 188
        Avustukset
        -22 895
        -21 937
        Muut toimintakulut
        -31 359
        -292 886
        -29 771
        -281 250
        Toimintakate
        -235 523
        -224 446
        Verotulot
        150 361
        137 326
        Valtionosuudet
        95 790
        93 020
        Rahoitustuotot ja -kulut
        Korkotuotot
        976
        930
        Muut rahoitustuotot
        272
        781
        Korkokulut
        -1 696
        -1 082
        Muut rahoituskulut
        -334
        -782
        -166
        462
        Vuosikate
        9 845
        6 361
        """

    func testMainLinesOfTheIncomeStatementGoToTheSubtotalColumn() throws {
        let table = try XCTUnwrap(tables(tammiselka).first { $0.rows.contains { $0.label == "Toimintakate" } })
        XCTAssertEqual(table.columns.count, 4)
        let row = { (label: String) in table.rows.first { $0.label == label } }
        XCTAssertEqual(texts(row("Myyntituotot")), ["20 014", nil, "19 865", nil])
        XCTAssertEqual(texts(row("Muut toimintatuotot")), ["17 675", "55 400", "16 672", "53 760"])
        XCTAssertEqual(texts(row("Valmistus omaan käyttöön")), [nil, "1 962", nil, "3 044"])
        XCTAssertEqual(texts(row("Toimintakate")), [nil, "-235 523", nil, "-224 446"])
        XCTAssertEqual(texts(row("Verotulot")), [nil, "150 361", nil, "137 326"])
        XCTAssertEqual(texts(row("Valtionosuudet")), [nil, "95 790", nil, "93 020"])
        XCTAssertEqual(texts(row("Vuosikate")), [nil, "9 845", nil, "6 361"])
        XCTAssertEqual(texts(row("Korkotuotot")), ["976", nil, "930", nil])
        // Placed by arithmetic with rounding slack: flagged, never clean.
        let moved = try XCTUnwrap(row("Toimintakate")).cells.compactMap { $0 }
        XCTAssertTrue(moved.allSatisfy { $0.flags.contains(.ambiguousSplit) && $0.flags.contains(.identityChosen) })
    }

    /// Synth honkakoski p. 3 (HTML-made, 1 000 €): the balance sheet is cut in two before "III
    /// Sijoitukset" (a wrapped numbered label, "5. Ennakkomaksut ja keskeneräiset" / "hankinnat",
    /// left open), so the second part's subtotal column misses the first part's and no sum closes
    /// at "Vastaavaa yhteensä": "IV Rahat ja pankkisaamiset" and the total keep the item columns,
    /// flagged, never moved on a sum that does not hold.
    private let honkakoski = """
        \u{0C}Vastaavaa 1000 €
        31.12.2019
        31.12.2018
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        1. Aineettomat oikeudet
        217
        204
        2. Muut pitkävaikutteiset menot
        1 144
        1 361
        1 144
        1 347
        II Aineelliset hyödykkeet
        1. Maa- ja vesialueet
        12 770
        13 194
        2. Rakennukset
        139 993
        140 971
        3. Kiinteät rakenteet ja laitteet
        24 977
        23 544
        4. Koneet ja kalusto
        6 240
        6 607
        5. Ennakkomaksut ja keskeneräiset
        hankinnat
        1 010
        184 991
        998
        185 314
        III Sijoitukset
        1. Osakkeet ja osuudet
        35 664
        36 802
        2. Muut lainasaamiset
        1 159
        36 823
        1 079
        37 880
        B VAIHTUVAT VASTAAVAT
        I Vaihto-omaisuus
        1. Muu vaihto-omaisuus
        287
        287
        275
        275
        II Saamiset
        Lyhytaikaiset saamiset
        1. Myyntisaamiset
        3 783
        3 992
        2. Muut saamiset
        3 898
        3 923
        3. Siirtosaamiset
        4 013
        11 694
        4 075
        11 991
        III Rahoitusarvopaperit
        1. Rahamarkkinainstrumentit
        6 261
        6 261
        0
        0
        IV Rahat ja pankkisaamiset
        44 775
        54 389
        Vastaavaa yhteensä
        286 192
        291 197
        """

    func testBalanceSheetCutInTwoKeepsItsTotalInPlace() throws {
        let all = tables(honkakoski)
        let table = try XCTUnwrap(all.first { $0.rows.contains { $0.label == "Vastaavaa yhteensä" } })
        let row = { (label: String) in table.rows.first { $0.label == label } }
        XCTAssertEqual(texts(row("IV Rahat ja pankkisaamiset")), ["44 775", nil, "54 389", nil])
        XCTAssertEqual(texts(row("Vastaavaa yhteensä")), ["286 192", nil, "291 197", nil])
        let total = try XCTUnwrap(row("Vastaavaa yhteensä")).cells.compactMap { $0 }
        XCTAssertTrue(total.allSatisfy { $0.flags.contains(.ambiguousSplit) && !$0.flags.contains(.identityChosen) })
        XCTAssertEqual(texts(row("1. Myyntisaamiset")), ["3 783", nil, "3 992", nil])
    }

    /// A group's subtotal over its items alone (synth tamminiemi p. 3: "3. Ennakkomaksut" 612.939
    /// = 225.458 + 387.481) goes to the subtotal column, its items stay; a short row no sum
    /// closes keeps its place.
    func testGroupSubtotalOverItemsLeavesTheItems() {
        let rows = [["225.458", "225.823"], ["387.481", "389.792"], ["612.939", "615.615"],
                    ["1.785.609", "1.772.504"], ["1.504.825", "53.577.162", "1.456.506", "53.087.459"]]
        XCTAssertEqual(PairedRunningTotals.subtotalRows(rows, columns: 4, items: []), [2])
        XCTAssertEqual(PairedRunningTotals.subtotalRows([["100", "200"], ["500", "500", "600", "600"], ["700", "900"]], columns: 4, items: []), [])
    }
    /// Synth kuusiselka p. 8 (Word-made): column names one per line ("TA muutosten" / "jälkeen" /
    /// "Toteutuma" / …) over rows whose labels open with a project code: the header heads rows
    /// of four figures written one cell per line (truth: 7020 Nuorisotilan muutostyöt
    /// ["1729", "1275", "-454", "73.8"]), not a two-column header of rows one per line.
    func testCodedRowLabelsUnderStackedColumnNames() throws {
        let text = """
            INVESTOINTIOSA
            TA muutosten
            jälkeen
            Toteutuma
            Poikkeama
            €
            Käyttö-
            %
            t€
            t€
            t€
            Talonrakennus
            7020 Nuorisotilan muutostyöt
            1.729
            1.275
            -454
            73,8%
            7030 Koulukeskuksen peruskorjaus ja laajennus
            5.731
            5.362
            -369
            93,6%
            Talonrakennus yhteensä
            7.460
            6.637
            -823
            89,0%
            """
        let table = try XCTUnwrap(tables(text).first { $0.rows.contains { $0.label == "7020 Nuorisotilan muutostyöt" } })
        let row = { (label: String) in table.rows.first { $0.label == label } }
        XCTAssertEqual(texts(row("7020 Nuorisotilan muutostyöt")), ["1.729", "1.275", "-454", "73,8%"])
        XCTAssertEqual(texts(row("Talonrakennus yhteensä")), ["7.460", "6.637", "-823", "89,0%"])
        XCTAssertTrue(CodedRowLabel.applies(TextFileReader.parse("7020 Nuorisotilan muutostyöt").lines[0]))
        XCTAssertFalse(CodedRowLabel.applies(TextFileReader.parse("2020 Tilinpäätös").lines[0]))
        XCTAssertFalse(CodedRowLabel.applies(TextFileReader.parse("7020 Menot 1.729").lines[0]))
    }
}
