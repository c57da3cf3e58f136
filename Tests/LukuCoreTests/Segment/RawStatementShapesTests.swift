import XCTest
@testable import LukuCore

/// One-row-per-line text (`pdftotext -raw`) of synth statements: short rows under a closing
/// percent column (BlankPercentColumn) and a group's closing row that reads as one number per
/// year (TwoColumnsPerYear with a cut reading, RoundedGroupSubtotal). Lines as extracted;
/// expected values from the truth files in ../shared/synth.
final class RawStatementShapesTests: XCTestCase {
    private func values(_ row: Row) -> [Decimal?] { TextTableLookup.values(row) }

    private func table(_ text: String, with label: String) throws -> Table { try TextTableLookup.table(text, with: label) }

    private func row(_ t: Table, _ label: String) throws -> Row { try TextTableLookup.row(t, label) }

    private func flagged(_ row: Row) -> Bool {
        row.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) }
    }

    /// Synth kuusiselka p. 2 (word producer): the rahoituslaskelma under "… Muutos-%"; rows with
    /// no change printed keep their two years in the year columns (truth: "xx." for all six).
    static let kuusiselka = """
RAHOITUSLASKELMA
1.1.-31.12.2020 1.1.-31.12.2019
Muutos-
%
Toiminnan rahavirta
Vuosikate 59.160.576,44 44.471.647,78 33,0%
Tulorahoituksen korjauserät -586.038,89 -89.291,27 556,3%
Lainakannan muutokset
Pitkäaikaisten lainojen lisäys 22.000.000,00 31.500.000,00 -30,2%
Pitkäaikaisten lainojen vähennys 14.259.275,03 11.299.591,53 26,2%
Lyhytaikaisten lainojen muutos 13.100.000,00 0,00
Muut maksuvalmiuden muutokset
Toimeksiantojen varojen ja pääomien muutokset 4.975,68 39.106,44 -87,3%
Vaihto-omaisuuden muutos -110.836,50 150.145,65
Saamisten muutos -502.748,32 2.792.671,77
Korottomien velkojen muutos 3.577.102,34 3.677.002,82 -2,7%
RAHOITUKSEN RAHAVIRTA 24.432.930,47 26.136.789,27 -6,5%
RAHOITUSLASKELMAN TUNNUSLUVUT
Investointien tulorahoitus, % 153,5% 123,4%
Laskennallinen lainanhoitokate 3,37 3,48
Asukasmäärä 88.357 88.292
"""

    func testShortRowsFillTheYearsBeforeTheChangePercent() throws {
        let t = try table(Self.kuusiselka, with: "Saamisten muutos")
        XCTAssertEqual(t.columns.map(\.header).last, "Muutos-%")
        XCTAssertEqual(values(try row(t, "Vuosikate")), [Decimal(string: "59160576.44"), Decimal(string: "44471647.78"), Decimal(string: "33.0")])
        for (label, expected) in [("Lyhytaikaisten lainojen muutos", ["13100000.00", "0.00"]),
                                  ("Vaihto-omaisuuden muutos", ["-110836.50", "150145.65"]),
                                  ("Saamisten muutos", ["-502748.32", "2792671.77"]),
                                  ("Laskennallinen lainanhoitokate", ["3.37", "3.48"]),
                                  ("Asukasmäärä", ["88357", "88292"])] {
            let r = try row(t, label)
            XCTAssertEqual(values(r), expected.map { Decimal(string: $0) } + [nil], label)
            XCTAssertTrue(flagged(r), label)
        }
    }

    /// The rule's limits, on the headers of the corpus: a table with two percent columns
    /// (Kauhava's investments, "Menot Tot-% | Tulot Tot-%"), an amount variance last (Kauhava
    /// p. 126, "… Toteutuma | Poikkeama"), and a row ending in a percentage of its own after amounts.
    func testBlankPercentColumnLimits() {
        let change = ["TP 2024", "TP 2023", "Muutos-%"].map { Column(header: $0) }
        XCTAssertTrue(BlankPercentColumn.fillsFiguresFirst(["0", "−749"], columns: change))
        XCTAssertTrue(BlankPercentColumn.fillsFiguresFirst(["153,5%", "123,4%"], columns: change))
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["1 234", "5,0%"], columns: change))
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["1", "2", "3"], columns: change))
        let variance = ["Talousarvio muutosten jälkeen", "Toteutuma", "Poikkeama"].map { Column(header: $0) }
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["1 000", "900"], columns: variance))
        let twoPercents = ["Tarkistettu määräraha", "Toteuma inv.menot", "Menot Tot-%", "Tulot Tot-%"].map { Column(header: $0) }
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["1 000", "900", "90,0"], columns: twoPercents))
    }

    /// Synth pihlajaniemi p. 1 (html producer): "Muut rahoituskulut -16 248 -15 236" reads as
    /// 2N only by cutting "-16" from "248"; the Rahoitustuotot ja -kulut group closes on it
    /// exactly (66 + 234 − 36 − 16 = 248, 13 + 328 − 90 − 15 = 236): the group's closing row.
    static let pihlajaniemi = """
Tuloslaskelma
1 000 €
2020
2019
Toimintatuotot
Myyntituotot 4.417 4.328
Maksutuotot 1.849 1.710
Tuet ja avustukset 2.473 2.566
Muut toimintatuotot 2.808 11.547 2.771 11.375
Valmistus omaan käyttöön 275 90
Toimintakulut
Henkilöstökulut
Palkat ja palkkiot -16.507 -16.166
Palvelujen ostot -21.561 -22.740
Muut toimintakulut -5.281 -54.833 -5.194 -55.907
Toimintakate -43.012 -44.443
Rahoitustuotot ja -kulut
Korkotuotot 66 13
Muut rahoitustuotot 234 328
Korkokulut -36 -90
Muut rahoituskulut -16 248 -15 236
Vuosikate 4.303 3.845
"""

    func testCutReadingThatClosesTheGroupIsTheClosingRow() throws {
        let t = try table(Self.pihlajaniemi, with: "Muut rahoituskulut")
        XCTAssertEqual(t.columns.count, 4)
        let r = try row(t, "Muut rahoituskulut")
        XCTAssertEqual(values(r), [-16, 248, -15, 236])
        // The group's items are confirmed by the closing sum; the closing row itself keeps the
        // flag `SplitDigitGroupPair` sets on "-16 | 248" (the space may group or part).
        XCTAssertTrue(flagged(r))
        let item = try row(t, "Korkotuotot")
        XCTAssertEqual(values(item), [66, nil, 13, nil])
        XCTAssertFalse(item.cells.compactMap { $0 }.contains { $0.flags.contains(.ambiguousSplit) })
        // After the closed group, a subtotal-only line (flagged: the label does not say it).
        XCTAssertEqual(values(try row(t, "Vuosikate")), [nil, 4303, nil, 3845])
    }

    /// Synth saarnisaari p. 1 (word producer): the group closes only within the rounding of
    /// whole thousands (476 + 388 − 445 − 5 = 414 against 415): read as 2N, still flagged.
    static let saarnisaari = """
Tuloslaskelma ja sen tunnusluvut, t€
TP
2020
TP
2019
Toimintatuotot
Myyntituotot 9 717 9 828
Maksutuotot 5 487 5 828
Tuet ja avustukset 2 296 2 414
Muut toimintatuotot 6 224 23 723 6 084 24 154
Valmistus omaan käyttöön 1 574 0
Toimintakulut
Henkilöstökulut –60 591 –63 081
Palvelujen ostot –51 395 –52 230
Muut toimintakulut –12 136 –146 870 –12 058 –150 160
Toimintakate –121 574 –126 006
Rahoitustuotot ja -kulut
Korkotuotot 442 476
Muut rahoitustuotot 956 388
Korkokulut –534 –445
Muut rahoituskulut –17 847 –5 415
Vuosikate 13 117 5 749
"""

    func testRoundedClosingRowIsReadAsTwoColumnsPerYearAndFlagged() throws {
        let t = try table(Self.saarnisaari, with: "Muut rahoituskulut")
        XCTAssertEqual(t.columns.count, 4)
        let r = try row(t, "Muut rahoituskulut")
        XCTAssertEqual(values(r), [-17, 847, -5, 415])
        XCTAssertTrue(flagged(r))
        XCTAssertEqual(values(try row(t, "Korkokulut")), [-534, nil, -445, nil])
    }

    func testRoundingSlackGrowsWithTheItems() {
        // One item: a subtotal of one figure is that figure.
        XCTAssertFalse(RoundedGroupSubtotal.agrees(sum: 785, subtotal: 786, texts: ["786", "785"]))
        XCTAssertTrue(RoundedGroupSubtotal.agrees(sum: 786, subtotal: 785, texts: ["785", "629", "157"]))
        XCTAssertFalse(RoundedGroupSubtotal.agrees(sum: 787, subtotal: 785, texts: ["785", "629", "157"]))
        // Euro and cent figures add up exactly.
        XCTAssertFalse(RoundedGroupSubtotal.agrees(sum: Decimal(string: "10.01")!, subtotal: 10,
                                                   texts: ["10,00", "5,00", "5,01"]))
    }

    /// Synth koivukyla p. 4 (html producer): the unit line "t€" right above a header stacked one
    /// cell per line (UnitAboveStackedHeader.standsApart): the stack is read.
    static let koivukyla = """
2.1.2 Vapaa-aikalautakunta
VAPAA-AIKALAUTAKUNTA, KÄYTTÖTALOUS
t€
Muutettu
TA 2022
TP
2022
Poikkeama
2022
Käyttö-
%
Toimintatuotot 5 858 5 207 –651 88,9 %
Maksutuotot 2 941 2 614 –327 88,9 %
Tuet ja avustukset 2 092 1 859 –232 88,9 %
Vuokratuotot 826 734 –92 88,9 %
Toimintakulut –25 471 –25 898 –427 101,7 %
Henkilöstökulut –3 952 –4 018 –66 101,7 %
Toimintakate –19 613 –20 691 –1 078 105,5 %
2.1.3 Hyvinvointilautakunta
"""

    func testUnitLineAboveAStackedHeaderStandsApart() throws {
        let t = try table(Self.koivukyla, with: "Maksutuotot")
        XCTAssertEqual(t.columns.map(\.header), ["Muutettu TA 2022", "TP 2022", "Poikkeama 2022", "Käyttö-%"])
        XCTAssertEqual(values(try row(t, "Maksutuotot")), [2941, 2614, -327, Decimal(string: "88.9")])
        XCTAssertEqual(values(try row(t, "Vuokratuotot")), [826, 734, -92, Decimal(string: "88.9")])
        XCTAssertEqual(t.rows.count, 7)
    }

    /// Synth kuusimaki p. 3 (word producer): "2021 2020" / "Muutos" / "%": the periods line and
    /// the change column stacked under it are one header of three columns (PeriodsLineOverStackedChange).
    static let kuusimaki = """
Rahoituslaskelma
2021 2020
Muutos
%
Rahavarojen muutos 32 704 873,06 14 862 273,65 120,1%
Rahavarat 31.12. 80 398 815,54 47 693 942,48 68,6%
Rahavarat 1.1. 47 693 942,48 32 831 668,83 45,3%
Rahoitusasema ja sen muutokset
"""

    func testPeriodsLineWithTheChangeColumnStackedUnderIt() throws {
        let t = try table(Self.kuusimaki, with: "Rahavarat 1.1.")
        XCTAssertEqual(t.columns.map(\.header), ["2021", "2020", "Muutos %"])
        XCTAssertEqual(values(try row(t, "Rahavarat 31.12.")),
                       [Decimal(string: "80398815.54"), Decimal(string: "47693942.48"), Decimal(string: "68.6")])
        // A periods line with nothing stacked under it stays a header of its own.
        let plain = try table("Rahoituslaskelma\n2021 2020\nVuosikate 5 749 370 4 100 000\nRahavarat 1.1. 1 000 2 000\n", with: "Vuosikate")
        XCTAssertEqual(plain.columns.map(\.header), ["2021", "2020"])
    }

    /// Synth honkakoski p. 3 (html producer): "5. Ennakkomaksut ja keskeneräiset" / "hankinnat
    /// 1 010 184 991 998 185 314": a numbered item wrapped onto its figure line is a row, not a
    /// heading (NumberedItemWrappedOntoRow); the balance sheet goes on under it. (The row's own
    /// digits also read as one figure per year, and the splitter's 2N reading is not the one the
    /// group's sum closes on within rounding: its cells stay in doubt, flagged.)
    static let honkakoski = """
Vastaavaa 1000 €
31.12.2019 31.12.2018
A PYSYVÄT VASTAAVAT
I Aineettomat hyödykkeet
1. Aineettomat oikeudet 217 204
2. Muut pitkävaikutteiset menot 1 144 1 361 1 144 1 347
II Aineelliset hyödykkeet
1. Maa- ja vesialueet 12 770 13 194
2. Rakennukset 139 993 140 971
3. Kiinteät rakenteet ja laitteet 24 977 23 544
4. Koneet ja kalusto 6 240 6 607
5. Ennakkomaksut ja keskeneräiset
hankinnat 1 010 184 991 998 185 314
III Sijoitukset
1. Osakkeet ja osuudet 35 664 36 802
2. Muut lainasaamiset 1 159 36 823 1 079 37 880
B VAIHTUVAT VASTAAVAT
I Vaihto-omaisuus
1. Muu vaihto-omaisuus 287 287 275 275
II Saamiset
Lyhytaikaiset saamiset
1. Myyntisaamiset 3 783 3 992
2. Muut saamiset 3 898 3 923
3. Siirtosaamiset 4 013 11 694 4 075 11 991
III Rahoitusarvopaperit
1. Rahamarkkinainstrumentit 6 261 6 261 0 0
IV Rahat ja pankkisaamiset 44 775 54 389
Vastaavaa yhteensä 286 192 291 197
"""

    func testNumberedItemWrappedOntoItsFigureLineIsARow() throws {
        let t = try table(Self.honkakoski, with: "1. Myyntisaamiset")
        XCTAssertEqual(t.columns.count, 4)
        XCTAssertTrue(flagged(try row(t, "5. Ennakkomaksut ja keskeneräiset hankinnat")))
        XCTAssertEqual(values(try row(t, "1. Osakkeet ja osuudet")), [35664, nil, 36802, nil])
        XCTAssertEqual(values(try row(t, "2. Muut lainasaamiset")), [1159, 36823, 1079, 37880])
        XCTAssertEqual(values(try row(t, "2. Muut pitkävaikutteiset menot")), [1144, 1361, 1144, 1347])
        XCTAssertEqual(values(try row(t, "1. Myyntisaamiset")), [3783, nil, 3992, nil])
        XCTAssertEqual(values(try row(t, "3. Siirtosaamiset")), [4013, 11694, 4075, 11991])
        XCTAssertEqual(values(try row(t, "Vastaavaa yhteensä")), [nil, 286192, nil, 291197])
    }

    /// A numbered section heading wrapped onto a second line stays a heading: the numbering does
    /// not run through it, or its second line ends in no figure.
    func testNumberedHeadingsStayHeadings() {
        let lines = TextFileReader.parse("""
Johdanto tekstiä.
3. Talouden tasapainottaminen ja
investoinnit 2024
Tekstiä on tässä kappaleessa.
""").lines
        let detector = HeadingDetector()
        let kinds = lines.map { detector.detect($0, bodySize: 0) }
        guard case .numbered? = kinds[1] else { return XCTFail("the heading line reads as no numbered heading") }
        let (out, _) = NumberedItemWrappedOntoRow.demote(kinds, continuations: [2], lines: lines)
        XCTAssertEqual(out.map { $0 == nil }, kinds.map { $0 == nil })
    }

    /// Synth katajaselka p. 2 (html producer): the rahoituslaskelma with two columns per year.
    /// "Tulorahoituksen korjauserät –105 577 –98 273" closes the Toiminnan rahavirta group only as
    /// item and subtotal (682 − 105 = 577, 371 − 98 = 273: TwoColumnsPerYear with a cut reading),
    /// and "TOIMINNAN JA INVESTOINTIEN" / "RAHAVIRTA –1 969 –1 533" is one caps item
    /// (WrappedCapsLabelLines), a subtotal-only line after the investments group closed.
    static let katajaselka = """
RAHOITUSLASKELMA
Tilinpäätös
2025
Tilinpäätös
2024
1 000 € 1 000 €
Toiminnan rahavirta
Vuosikate 682 371
Tulorahoituksen korjauserät –105 577 –98 273
Investointien rahavirta
Investointimenot –3 041 –2 059
Rahoitusosuudet
investointimenoihin 280 15
Pysyvien vastaavien
hyödykkeiden luovutustulot 215 –2 546 237 –1 806
TOIMINNAN JA INVESTOINTIEN
RAHAVIRTA –1 969 –1 533
Rahoituksen rahavirta
Antolainauksen muutokset
Antolainasaamisten lisäykset - –214
Antolainasaamisten
vähennykset - - 20 –194
Lainakannan muutokset
Pitkäaikaisten lainojen lisäys 7 500 4 100
Pitkäaikaisten lainojen
vähennys –1 587 –2 146
Lyhytaikaisten lainojen muutos –1 200 4 713 - 1 954
"""

    func testCutClosingRowAndWrappedCapsItem() throws {
        let t = try table(Self.katajaselka, with: "Vuosikate")
        XCTAssertEqual(t.columns.count, 4)
        let closing = try row(t, "Tulorahoituksen korjauserät")
        XCTAssertEqual(values(closing), [-105, 577, -98, 273])
        XCTAssertFalse(try row(t, "Vuosikate").cells.compactMap { $0 }.contains { $0.flags.contains(.ambiguousSplit) })
        XCTAssertEqual(values(try row(t, "Pysyvien vastaavien hyödykkeiden luovutustulot")), [215, -2546, 237, -1806])
        XCTAssertEqual(values(try row(t, "TOIMINNAN JA INVESTOINTIEN RAHAVIRTA")), [nil, -1969, nil, -1533])
        XCTAssertFalse(t.rows.contains { $0.label == "RAHAVIRTA" })
    }

    /// The caps run's limits: no conjunction ("C TOIMEKSIANTOJEN" / "PÄÄOMAT", honkaniemi p. 3),
    /// and one-word caps rows under a caps title ("MENOT" / "TULOT" of a unit) stay rows.
    func testWrappedCapsLabelLinesLimits() {
        XCTAssertTrue(WrappedCapsLabelLines.runs(labels: ["C TOIMEKSIANTOJEN", "PÄÄOMAT", "Valtion toimeksiannot"],
                                                 tails: [[], ["567", "566"], ["111", "117"]]).isEmpty)
        XCTAssertTrue(WrappedCapsLabelLines.runs(labels: ["HALLINTO JA TALOUS", "MENOT", "TULOT"],
                                                 tails: [[], ["-100", "-200"], ["50", "60"]]).isEmpty)
        let runs = WrappedCapsLabelLines.runs(labels: ["B POISTOERO JA", "VAPAAEHTOISET", "VARAUKSET", "Poistoero"],
                                              tails: [[], [], ["4266", "4366"], ["4266", "4366"]])
        XCTAssertEqual(runs.map(\.first), [0])
        XCTAssertEqual(runs.map(\.row), [2])
    }
}
