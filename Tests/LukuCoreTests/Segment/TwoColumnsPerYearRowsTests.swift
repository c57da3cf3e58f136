import XCTest
@testable import LukuCore

/// One-row-per-line text (`pdftotext -raw`) of statements with two value columns per year and of
/// rows with a unit after every figure: SubtotalOnlyRows, TwoColumnsPerYear.pairedYears and
/// SuffixDelimitedCells, on the lines as extracted.
final class TwoColumnsPerYearRowsTests: XCTestCase {
    private func values(_ row: Row) -> [Decimal?] { TextTableLookup.values(row) }

    private func table(_ text: String, with label: String) throws -> Table { try TextTableLookup.table(text, with: label) }

    private func row(_ t: Table, _ label: String) throws -> Row { try TextTableLookup.row(t, label) }

    /// Synth kivimaki p. 1 (word producer) in `pdftotext -raw`: "Valmistus omaan käyttöön",
    /// "Toimintakate", "Verotulot" follow the Toimintatuotot group's closing row with no headline
    /// between: subtotal-only lines, in the subtotal columns (flagged: the label does not say it).
    /// The items after "Toimintakulut" / "Henkilöstökulut" stay in the item columns.
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
Muut toimintatuotot 20 461 47 082 20 365 47 717
Valmistus omaan
käyttöön 2 311 2 445
Toimintakulut
Henkilöstökulut
Palkat ja palkkiot -67 389 -66 745
Henkilösivukulut
Eläkekulut -16 055 -16 762
Muut
henkilösivukulut -3 392 -3 511
Palvelujen ostot -67 101 -67 478
Aineet, tarvikkeet ja
tavarat -23 740 -23 979
Avustukset -18 542 -18 919
Muut toimintakulut -26 114 -222 334 -26 538 -223 933
Toimintakate -172 941 -173 772
Verotulot 120 378 135 824
Valtionosuudet 56 624 57 532
Rahoitustuotot ja -kulut
Korkotuotot 277 529
"""

    func testRowsAfterAClosedGroupGoToTheSubtotalColumns() throws {
        let t = try table(Self.kivimaki, with: "Toimintakate")
        XCTAssertEqual(t.columns.count, 4)
        XCTAssertEqual(values(try row(t, "Myyntituotot")), [13854, nil, 14427, nil])
        for (label, expected) in [("Valmistus omaan käyttöön", [nil, 2311, nil, 2445]),
                                  ("Toimintakate", [nil, -172941, nil, -173772]),
                                  ("Verotulot", [nil, 120378, nil, 135824])] as [(String, [Decimal?])] {
            let r = try row(t, label)
            XCTAssertEqual(values(r), expected, label)
            XCTAssertTrue(r.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) }, label)
        }
        // After the "Rahoitustuotot ja -kulut" headline: an item again.
        XCTAssertEqual(values(try row(t, "Korkotuotot")), [277, nil, 529, nil])
        XCTAssertEqual(values(try row(t, "Palkat ja palkkiot")), [-67389, nil, -66745, nil])
        XCTAssertEqual(values(try row(t, "Muut henkilösivukulut")), [-3392, nil, -3511, nil])
    }

    /// The headline test itself: a label line that is the top of a wrapped label ("Valmistus
    /// omaan" / "käyttöön 2 311 2 445", "Aineet, tarvikkeet ja" / "tavarat …") opens no group.
    func testWrappedLabelTopOpensNoGroup() {
        let labels = ["Muut toimintatuotot", "Valmistus omaan", "käyttöön", "Toimintakulut", "Henkilöstökulut", "Palkat ja palkkiot",
                      "Aineet, tarvikkeet ja", "tavarat"]
        let tails: [[String]] = [["1", "2", "3", "4"], [], ["2", "311"], [], [], ["-67", "389"], [], ["-23", "740"]]
        XCTAssertEqual(SubtotalOnlyRows.opens(labels: labels, tails: tails, numberRows: [0, 2, 5, 7]),
                       [false, false, true, false])
    }

    /// Hold-out 09 p. 1 in `pdftotext -raw` (README B6): the header prints each year twice, over
    /// the item and the subtotal column. Two-figure rows were cut into four ("561 | 875,96 | 18 |
    /// 692,04"); read per year they are items (their group's closing row: 561 875,96 + 1 791 357,89
    /// = 2 353 233,85), and the rows after the last group go to the subtotal columns, flagged.
    static let hold09 = """
VASTAAVAA €
31.12.2025 31.12.2025 31.12.2024 31.12.2024
A PYSYVÄT VASTAAVAT
I Aineettomat hyödykkeet
Aineettomat oikeudet 561 875,96 18 692,04
Muut pitkävaikutteiset menot 1 791 357,89 2 353 233,85 1 561 404,09 1 580 096,13
II Aineelliset hyödykkeet
Maa- ja vesialueet 1 075 884,71 1 631 336,31
Rakennukset 1 751 742,64 992 516,05
Kiinteät rakenteet ja laitteet 580 636,25 1 700 489,47
Koneet ja kalusto 644 387,30 4 052 650,90 362 334,63 4 686 676,46
II Saamiset
Myyntisaamiset 1 389 185,60 375 621,94
Muut saamiset 1 318 846,96 124 943,17
Siirtosaamiset 645 234,58 3 353 267,14 791 681,28 1 292 246,39
III Rahat ja pankkisaamiset 320 386,42 330 470,27
VASTAAVAA YHTEENSÄ 14 702 973,48 10 189 947,96
"""

    func testHeaderPrintingEachYearTwiceReadsTwoColumnsPerYear() throws {
        let t = try table(Self.hold09, with: "Aineettomat oikeudet")
        XCTAssertEqual(t.columns.map(\.header), ["31.12.2025", "31.12.2025", "31.12.2024", "31.12.2024"])
        let first = try row(t, "Aineettomat oikeudet")
        XCTAssertEqual(values(first), [Decimal(string: "561875.96"), nil, Decimal(string: "18692.04"), nil])
        XCTAssertEqual(values(try row(t, "Rakennukset")), [Decimal(string: "1751742.64"), nil, Decimal(string: "992516.05"), nil])
        let cash = try row(t, "III Rahat ja pankkisaamiset")
        XCTAssertEqual(values(cash), [nil, Decimal(string: "320386.42"), nil, Decimal(string: "330470.27")])
        XCTAssertTrue(cash.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        XCTAssertEqual(TwoColumnsPerYear.pairedYears(["2024", "2024", "2023", "2023"].map { Column(header: $0) }), 2)
        XCTAssertNil(TwoColumnsPerYear.pairedYears(["2020", "2021", "2021", "2022", "2022"].map { Column(header: $0) }))
        XCTAssertNil(TwoColumnsPerYear.pairedYears(["TA", "TA", "TP", "TP"].map { Column(header: $0) }))
    }

    /// Hold-out 11 p. 1 in `pdftotext -raw` (README B3): "Talousarvio 2025" spans TA / Muutokset /
    /// TA+muutokset on the line above them and was read as a seventh column, so one figure per
    /// row was cut in two ("3 235 | 232 €"). Every figure ends in "€" or "%": six cells a row.
    static let hold11 = """
Hyvinvointilautakunta
Talousarvio 2025
TA Muutokset TA+muutokset Toteutuma Poikkeama Tot-%
Toimintatuotot 3 037 970 € 63 233 € 3 101 203 € 3 235 232 € 134 029 € 104,3 %
Myyntituotot 496 341 € 50 688 € 547 029 € 571 650 € 24 621 € 104,5 %
Maksutuotot 337 582 € -22 802 € 314 780 € 340 343 € 25 563 € 108,1 %
Tuet ja avustukset 433 078 € 35 347 € 468 425 € 460 786 € -7 639 € 98,4 %
Vuokratuotot 1 421 042 € 0 € 1 421 042 € 1 480 515 € 59 473 € 104,2 %
"""

    func testUnitAfterEveryFigureCountsTheColumns() throws {
        let t = try table(Self.hold11, with: "Myyntituotot")
        XCTAssertEqual(t.columns.count, 6)
        XCTAssertEqual(t.columns.last?.header, "Tot-%")
        XCTAssertEqual(values(try row(t, "Toimintatuotot")), [3037970, 63233, 3101203, 3235232, 134029, Decimal(string: "104.3")])
        XCTAssertEqual(values(try row(t, "Vuokratuotot")), [1421042, 0, 1421042, 1480515, 59473, Decimal(string: "104.2")])
        // Synth pihlajaniemi p. 5: a last figure without a unit leaves the count to the header.
        XCTAssertNil(SuffixDelimitedCells.cells(["1", "487", "000", "€", "1", "602", "000", "€", "-0,1"]))
        XCTAssertEqual(SuffixDelimitedCells.cells(["3", "037", "970", "€", "63", "233", "€", "104,3", "%"]),
                       ["3 037 970 €", "63 233 €", "104,3 %"])
    }

    /// Synth honkaniemi p. 2 (word producer) in `pdftotext -raw`: the balance sheet's header row
    /// holds the unit in its label cell, "1 000 € 31.12.2024 31.12.2023" (UnitBeforePeriods). The
    /// line heads two period columns; before, the sheet under it was prose and headerless fragments.
    static let honkaniemi = """
Vastaavaa
1 000 € 31.12.2024 31.12.2023
A PYSYVÄT VASTAAVAT 170422 170263
I Aineettomat hyödykkeet 1170 1145
Muut pitkävaikutteiset
menot 1054 1037
Ennakkomaksut 116 108
II Aineelliset hyödykkeet 146414 147016
Maa- ja vesialueet 15349 15493
Rakennukset 90926 89679
"""

    func testUnitInTheHeaderRowsLabelCell() throws {
        let t = try table(Self.honkaniemi, with: "A PYSYVÄT VASTAAVAT")
        XCTAssertEqual(t.columns.map(\.header), ["31.12.2024", "31.12.2023"])
        XCTAssertEqual(t.unit, "1 000 €")
        XCTAssertEqual(values(try row(t, "A PYSYVÄT VASTAAVAT")), [170422, 170263])
        XCTAssertEqual(values(try row(t, "Muut pitkävaikutteiset menot")), [1054, 1037])
        XCTAssertEqual(values(try row(t, "Rakennukset")), [90926, 89679])
        XCTAssertTrue(UnitBeforePeriods.isUnit(["1000", "€"]))
        XCTAssertFalse(UnitBeforePeriods.isUnit(["Muut", "saamiset", "187"]))
    }

    /// Synth kuusiselka p. 2 (word producer) in `pdftotext -raw`: the change column's header is
    /// wrapped under the period line, "Muutos-" / "%" (WrappedHeaderCellBelow). The table has three
    /// named columns; the key-figure rows below with two figures stay flagged.
    static let kuusiselka = """
RAHOITUSLASKELMA
1.1.-31.12.2020 1.1.-31.12.2019
Muutos-
%
Toiminnan rahavirta
Vuosikate 59.160.576,44 44.471.647,78 33,0%
Tulorahoituksen korjauserät -586.038,89 -89.291,27 556,3%
Investointien rahavirta
Investointimenot 42.619.376,89 37.922.683,94 12,4%
Rahoitusosuudet investointeihin 4.071.823,54 1.874.511,12 117,2%
Pysyvien vastaavien luovutustulot 321.754,95 818.293,82 -60,7%
Lyhytaikaisten lainojen muutos 13.100.000,00 0,00
Rahavarat 1.1. 141.512.208,64 106.222.941,86 33,2%
RAHOITUSLASKELMAN TUNNUSLUVUT
Investointien tulorahoitus, % 153,5% 123,4%
Laskennallinen lainanhoitokate 3,37 3,48
Asukasmäärä 88.357 88.292
"""

    func testChangeHeaderWrappedUnderThePeriods() throws {
        let t = try table(Self.kuusiselka, with: "Vuosikate")
        XCTAssertEqual(t.columns.map(\.header), ["1.1.-31.12.2020", "1.1.-31.12.2019", "Muutos-%"])
        XCTAssertEqual(values(try row(t, "Vuosikate")), [Decimal(string: "59160576.44"), Decimal(string: "44471647.78"), Decimal(string: "33.0")])
        XCTAssertEqual(values(try row(t, "Rahavarat 1.1.")), [Decimal(string: "141512208.64"), Decimal(string: "106222941.86"), Decimal(string: "33.2")])
        let short = try row(t, "Asukasmäärä")
        XCTAssertTrue(short.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        XCTAssertFalse(t.rows.contains { $0.label.hasPrefix("Muutos") || $0.label == "%" })
    }

    /// Synth katajaselka p. 9 (html producer) in `pdftotext -raw`: the investment table's header
    /// stacked one cell per line over "euroa euroa euroa" and a group name, its rows led by project
    /// codes (CodeLedRowsUnderStackedHeader). The stack is the table's header: four named columns.
    static let katajaselka = """
INVESTOINTIOSA
Muutettu
TA
2025
Toteutuma
2025 Poikkeama
Käyttö-
%
euroa euroa euroa
Talonrakennus
2020 Paloaseman peruskorjaus 702 000 791 135 89 135 112,7
2040 Koulukeskuksen peruskorjaus ja laajennus 1 181 000 1 353 698 172 698 114,6
Talonrakennus yhteensä 2 453 000 2 144 833 –308 167 87,4
Kunnallistekniikka
2150 Asuntoalueen katujen rakentaminen 560 000 637 997 77 997 113,9
"""

    func testCodeLedRowsUnderAStackedHeader() throws {
        let t = try table(Self.katajaselka, with: "2020 Paloaseman peruskorjaus")
        XCTAssertEqual(t.columns.count, 4)
        XCTAssertEqual(t.columns.last?.header, "Käyttö-%")
        XCTAssertEqual(values(try row(t, "2040 Koulukeskuksen peruskorjaus ja laajennus")),
                       [1181000, 1353698, 172698, Decimal(string: "114.6")])
        XCTAssertTrue(CodeLedRowsUnderStackedHeader.startsWithCode(["4107", "Maa-alueiden", "osto", "107"]))
        XCTAssertFalse(CodeLedRowsUnderStackedHeader.startsWithCode(["2025", "2024"]))
        XCTAssertTrue(CodeLedRowsUnderStackedHeader.isFormula("(TA−TOT)"))
        XCTAssertFalse(CodeLedRowsUnderStackedHeader.isFormula("(hankkeet)"))
    }

    /// Synth kuusiselka p. 8 (word producer) in `pdftotext -raw`: under the stacked header a unit
    /// per column, "t€ t€ t€", is the unit line, not three more header cells.
    static let kuusiselkaInvestments = """
INVESTOINTIOSA
TA muutosten
jälkeen Toteutuma
Poikkeama
€
Käyttö-
%
t€ t€ t€
Talonrakennus
7020 Nuorisotilan muutostyöt 1.729 1.275 -454 73,8%
7030 Koulukeskuksen peruskorjaus ja laajennus 5.731 5.362 -369 93,6%
Talonrakennus yhteensä 7.460 6.637 -823 89,0%
"""

    /// Synth kivimaki p. 9 (word producer): "€ € €" under the stack is skipped when looking for
    /// the first row below it, here a code-led label wrapped over two lines.
    static let kivimakiInvestments = """
Investointiosa
TA +
muutokset
TP
2020
Poikkeama
€
Käyttö-
%
€ € €
Talonrakennus
8020 Kunnantalon
energiatehokkuusinvestoinnit 565 000 313 735 -251 265 55,5%
8040 Paloaseman peruskorjaus 845 000 612 737 -232 263 72,5%
Talonrakennus yhteensä 1 410 000 926 472 -483 528 65,7%
"""

    func testUnitLineEndsAStackedHeader() throws {
        let t = try table(Self.kuusiselkaInvestments, with: "7020 Nuorisotilan muutostyöt")
        XCTAssertEqual(t.columns.count, 4)
        XCTAssertEqual(values(try row(t, "7020 Nuorisotilan muutostyöt")), [1729, 1275, -454, Decimal(string: "73.8")])
        let k = try table(Self.kivimakiInvestments, with: "8040 Paloaseman peruskorjaus")
        XCTAssertEqual(k.columns.count, 4)
        XCTAssertEqual(values(try row(k, "8040 Paloaseman peruskorjaus")), [845000, 612737, -232263, Decimal(string: "72.5")])
    }

    /// Synth tammiselka p. 5 (html producer) in `pdftotext -raw`: "Rahoitustuotot ja -" / "kulut"
    /// (SuspendedHyphenLabel). The dash is no placeholder cell, so the statement reads as two
    /// columns per year again and "Muut rahoituskulut" keeps its four figures.
    static let tammiselka = """
TULOSLASKELMA 1.1.-31.12.2024
Tilinpäätös
2024
Tilinpäätös
2023
euroa euroa
Toimintatuotot
Myyntituotot 20 013 996,34 19 865 446,99
Maksutuotot 9 231 080,44 8 906 560,53
Tuet ja avustukset 8 479 910,19 8 315 885,86
Muut toimintatuotot 17 675 410,91 55 400 397,88 16 671 789,80 53 759 683,18
Valmistus omaan
käyttöön 1 962 394,33 3 043 953,73
Toimintakulut
Henkilöstökulut -98 467 272,41 -96 054 235,44
Muut toimintakulut -31 358 509,80 -292 886 036,86 -29 770 558,21 -281 249 746,67
Toimintakate -235 523 244,65 -224 446 109,76
Rahoitustuotot ja -
kulut
Korkotuotot 976 273,53 929 682,35
Muut rahoitustuotot 271 526,99 781 149,82
Korkokulut -1 695 706,49 -1 082 485,03
Muut rahoituskulut -334 370,28 -782 276,25 -165 935,53 462 411,61
Vuosikate 9 845 356,95 6 361 481,05
"""

    func testSuspendedHyphenStaysInTheLabel() throws {
        let t = try table(Self.tammiselka, with: "Korkotuotot")
        XCTAssertEqual(t.columns.count, 4)
        XCTAssertEqual(values(try row(t, "Muut rahoituskulut")),
                       ["-334370.28", "-782276.25", "-165935.53", "462411.61"].map { Decimal(string: $0) })
        XCTAssertEqual(values(try row(t, "Korkotuotot")), [Decimal(string: "976273.53"), nil, Decimal(string: "929682.35"), nil])
        XCTAssertEqual(values(try row(t, "Vuosikate")), [nil, Decimal(string: "9845356.95"), nil, Decimal(string: "6361481.05")])
        XCTAssertFalse(t.rows.contains { $0.label.hasPrefix("Rahoitustuotot") && $0.cells.contains { $0 != nil } })
    }
}
