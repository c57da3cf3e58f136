import XCTest
@testable import LukuCore

/// One-row-per-line text (`pdftotext -raw`) of the synth statements: key figures under a balance
/// sheet with two value columns per year (KeyFigureHeadline) and a group headline left at a page's
/// foot above the repeated header (GroupHeadlineBeforePageBreak). Lines as extracted (form feeds
/// as printed); expected values from the truth files in ../shared/synth.
final class KeyFiguresAndPageFootHeadlineTests: XCTestCase {
    private typealias T = TextTableLookup

    /// Synth saarnijoki p. 3 (html producer), VASTATTAVAA from its page's repeated header on.
    static let saarnijoki = """
31.12.2024 31.12.2023
1 000 euroa 1 000 euroa
V Tilikauden yli-/alijäämä 334 150.382 −286 150.049
B POISTOERO JA VAPAAEHTOISET VARAUKSET
1. Poistoero 1.302 1.302 1.364 1.364
C PAKOLLISET VARAUKSET
1. Eläkevaraukset 484 484 454 454
D TOIMEKSIANTOJEN PÄÄOMAT
1. Lahjoitusrahastojen pääomat 157 151
2. Muut toimeksiantojen pääomat 629 785 603 754
E VIERAS PÄÄOMA
I Pitkäaikainen
1. Lainat rahoitus- ja vakuutuslaitoksilta 198.721 189.913
2. Saadut ennakot 687 691
3. Muut velat 53 199.461 52 190.656
II Lyhytaikainen vieras pääoma
1. Lainat rahoitus- ja vakuutuslaitoksilta 25.590 24.456
2. Saadut ennakot 548 558
3. Ostovelat 6.403 6.761
4. Muut velat 873 820
5. Siirtovelat 9.770 43.185 9.845 42.440
Vastattavaa yhteensä 395.599 385.717
TASEEN TUNNUSLUVUT
Omavaraisuusaste, % 38,5 39,4
Suhteellinen velkaantuneisuus, % 142,5 137,6
Kertynyt yli-/alijäämä, 1 000 € 39.096 38.762
Kertynyt yli-/alijäämä, €/asukas 1.037 1.029
Lainakanta 31.12., 1 000 € 224.312 214.369
Lainakanta 31.12., €/asukas 5.949 5.692
Lainasaamiset 31.12., 1 000 € 9.077 8.729
Asukasmäärä 37.703 37.662
"""

    /// Synth kuusiselka pp. 3–4 (word producer), VASTATTAVAA and its key figures over the page break.
    static let kuusiselka = """
VASTATTAVAA
31.12.2020 31.12.2019
€ €
A OMA PÄÄOMA
I Peruspääoma 261.729.400,22 261.729.400,22
II Muut omat rahastot 2.876.726,11 3.268.907,69
III Edellisten tilikausien yli-/alijäämä 130.807.950,74 125.018.066,78
IV Tilikauden yli-/alijäämä 4.993.499,26 400.407.576,33 5.789.883,96 395.806.258,65
B POISTOERO JA VAPAAEHTOISET VARAUKSET
1. Poistoero 7.554.008,70 7.861.365,60
2. Vapaaehtoiset varaukset 5.275.096,78 12.829.105,48 4.894.923,90 12.756.289,50
C PAKOLLISET VARAUKSET
1. Muut pakolliset varaukset 615.929,57 615.929,57 597.214,26 597.214,26
D TOIMEKSIANTOJEN PÄÄOMAT
1. Lahjoitusrahastojen pääomat 192.925,49 194.653,32
2. Muut toimeksiantojen pääomat 2.048.376,76 2.241.302,25 1.910.239,15 2.104.892,47
E VIERAS PÄÄOMA
I Pitkäaikainen
1. Lainat rahoitus- ja vakuutuslaitoksilta 127.231.902,06 109.688.140,84
2. Lainat julkisyhteisöiltä 2.833.776,09 130.065.678,15 2.443.032,18 112.131.173,02
II Lyhytaikainen
1. Lainat rahoitus- ja vakuutuslaitoksilta 20.761.795,33 17.898.991,48
2. Lainat julkisyhteisöiltä 314.864,01 271.448,02
3. Saadut ennakot 474.010,98 485.990,84
4. Ostovelat 16.341.284,07 16.085.168,96
5. Muut velat 3.471.757,40 3.526.042,12
6. Siirtovelat 21.751.868,92 63.115.580,71 21.705.104,69 59.972.746,11
VASTATTAVAA 609.275.172,49 583.368.574,01
TASEEN TUNNUSLUVUT
Omavaraisuusaste, % 67,9% 70,1%
Suhteellinen velkaantuneisuus, % 23,5% 21,6%
Kertynyt yli-/alijäämä, 1 000 € 135.801 130.808
\u{0C}Kertynyt yli-/alijäämä, €/asukas 1.537 1.482
Lainakanta 31.12., 1 000 € 151.142 130.302
Lainakanta 31.12., €/asukas 1.711 1.476
Lainasaamiset 31.12., 1 000 € 0 0
Asukasmäärä 88.357 88.292
"""

    /// Truth: the key figures stand in the subtotal columns (saarnijoki tase-vastattavaa
    /// "Omavaraisuusaste, %" [–, 38.5, –, 39.4], kuusiselka [–, 67.9, –, 70.1]), flagged.
    func testKeyFiguresUnderTheirHeadlineGoToTheSubtotalColumns() throws {
        let s = try T.table(Self.saarnijoki, with: "Omavaraisuusaste, %")
        XCTAssertEqual(s.columns.count, 4)
        for (label, expected) in [("Vastattavaa yhteensä", [nil, 395599, nil, 385717]),
                                  ("Omavaraisuusaste, %", [nil, Decimal(string: "38.5"), nil, Decimal(string: "39.4")]),
                                  ("Lainakanta 31.12., 1 000 €", [nil, 224312, nil, 214369]),
                                  ("Asukasmäärä", [nil, 37703, nil, 37662])] as [(String, [Decimal?])] {
            let r = try T.row(s, label)
            XCTAssertEqual(T.values(r), expected, label)
            XCTAssertTrue(T.flagged(r), label)
        }
        // An item of a group under a headline stays an item.
        XCTAssertEqual(T.values(try T.row(s, "1. Lahjoitusrahastojen pääomat")), [157, nil, 151, nil])
        let k = try T.table(Self.kuusiselka, with: "Omavaraisuusaste, %")
        XCTAssertEqual(k.columns.count, 4)
        for (label, expected) in [("Omavaraisuusaste, %", [nil, Decimal(string: "67.9"), nil, Decimal(string: "70.1")]),
                                  ("Kertynyt yli-/alijäämä, 1 000 €", [nil, 135801, nil, 130808])] as [(String, [Decimal?])] {
            let r = try T.row(k, label)
            XCTAssertEqual(T.values(r), expected, label)
            XCTAssertTrue(T.flagged(r), label)
        }
    }

    func testKeyFigureHeadlineNames() {
        XCTAssertTrue(KeyFigureHeadline.names("TASEEN TUNNUSLUVUT"))
        XCTAssertTrue(KeyFigureHeadline.names("Rahoituslaskelman tunnusluvut"))
        XCTAssertFalse(KeyFigureHeadline.names("E VIERAS PÄÄOMA"))
        XCTAssertFalse(KeyFigureHeadline.names("II Lyhytaikainen vieras pääoma"))
        // The headline test: a key-figure headline opens no group, any other headline does.
        let labels = ["6. Siirtovelat", "VASTATTAVAA", "TASEEN TUNNUSLUVUT", "Omavaraisuusaste, %", "E VIERAS PÄÄOMA", "1. Lainat"]
        let tails = [["1", "2", "3", "4"], ["5", "6"], [], ["7", "8"], [], ["9", "10"]]
        XCTAssertEqual(SubtotalOnlyRows.opens(labels: labels, tails: tails, numberRows: [0, 1, 3, 5]), [false, false, false, true])
    }

    /// The whole text of a synth statement as extracted (.build-flavours/synth, made by `make
    /// flavours`): the page furniture that parts a continued table is only known over every page.
    private func synthText(_ stem: String, _ flavour: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build-flavours/synth/\(stem).\(flavour).txt")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("\(url.path) not found (make flavours)") }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Synth honkakoski pp. 1–2 (html producer): "Tilinpäätössiirrot" ends p. 1 above the running
    /// foot and page number, its items under the repeated header "1.1.-31.12.2019 1.1.-31.12.2018"
    /// on p. 2. Synth kivimaki pp. 2–3 (word producer): "Oman pääoman muutokset" ends p. 2 above
    /// "Sivu 2", the rahoituslaskelma goes on under the stacked header on p. 3. Truth: honkakoski
    /// tuloslaskelma (p. 1) holds "Poistoeron muutos" [163, 249] and "Tilikauden ylijäämä
    /// (-alijäämä)" [-13710, 2279]; kivimaki rahoituslaskelma (p. 2) "Saamisten muutos" [649,
    /// -431] and "Rahavarat 1.1." [38777, 27489]. In `pdftotext -raw` and pypdf alike.
    func testGroupHeadlineAtAPageFootJoinsTheParts() throws {
        for flavour in ["raw", "pypdf"] {
            let h = try T.table(try synthText("synth-1000-07-html-honkakoski-2019", flavour), with: "Myyntituotot")
            XCTAssertEqual(h.page, 1, flavour)
            XCTAssertEqual(T.values(try T.row(h, "Tilikauden tulos")), [-13873, 1881], flavour)
            XCTAssertEqual(T.values(try T.row(h, "Poistoeron muutos")), [163, 249], flavour)
            XCTAssertEqual(T.values(try T.row(h, "Tilikauden ylijäämä (-alijäämä)")), [-13710, 2279], flavour)
            let k = try T.table(try synthText("synth-1000-03-word-kivimaki-2020", flavour), with: "Pitkäaikaisten lainojen vähennys")
            XCTAssertEqual(k.page, 2, flavour)
            XCTAssertEqual(T.values(try T.row(k, "Saamisten muutos")), [649, -431], flavour)
            XCTAssertEqual(T.values(try T.row(k, "Rahavarat 1.1.")), [38777, 27489], flavour)
        }
    }

    /// Only a statement's own group name at the first part's page foot: a statement's title there
    /// ("Rahoituslaskelma") or a group name at the top of the next page is not one.
    func testGroupHeadlineBeforePageBreakLimits() {
        let lines = TextFileReader.parse("Tilikauden tulos -13 873 1 881\nTilinpäätössiirrot\nRahoituslaskelma\nOman pääoman muutokset\nRahoitustuotot ja -kulut 5 6\n\u{0C}Tilinpäätössiirrot\n").lines
        let at = { (text: String, page: Int) -> Int? in lines.indices.first { lines[$0].text == text && lines[$0].page == page } }
        XCTAssertTrue(GroupHeadlineBeforePageBreak.holds(lines, at: at("Tilinpäätössiirrot", 1)!, page: 1))
        XCTAssertTrue(GroupHeadlineBeforePageBreak.holds(lines, at: at("Oman pääoman muutokset", 1)!, page: 1))
        XCTAssertFalse(GroupHeadlineBeforePageBreak.holds(lines, at: at("Rahoituslaskelma", 1)!, page: 1))
        XCTAssertFalse(GroupHeadlineBeforePageBreak.holds(lines, at: at("Rahoitustuotot ja -kulut 5 6", 1)!, page: 1))
        XCTAssertFalse(GroupHeadlineBeforePageBreak.holds(lines, at: at("Tilinpäätössiirrot", 2)!, page: 1))
    }
    /// Synth honkaniemi p. 10 (word producer): the five-year key figures; one row's figures look
    /// like years ("1973 1983 2041 1986 1947").
    static let honkaniemi = """
Keskeiset tunnusluvut 2020–2024
TP2020 TP2021 TP2022 TP2023 TP2024
Asukasmäärä 31.12. 30974 29484 28748 29599 29567
Tuloveroprosentti, % 7,44 % 7,09 % 6,91 % 7,02 % 7,02 %
Toimintakate, €/asukas -2266 -2211 -2345 -2425 -2550
Verotulot, €/asukas 484 517 545 586 883
Valtionosuudet, €/asukas 1973 1983 2041 1986 1947
Vuosikate, €/asukas 120 121 125 130 288
Vuosikate/poistot, % 51,0 % 50,8 % 52,4 % 49,8 % 141,1 %
Investointien tulorahoitus, % 34,2 % 36,1 % 36,2 % 34,1 % 161,2 %
Lainakanta, €/asukas 2290 2452 2407 2542 2856
Kertynyt ylijäämä, €/asukas 1037 1040 1055 1134 1221
Omavaraisuusaste, % 51,2 % 51,4 % 54,1 % 54,4 % 52,6 %
Suhteellinen velkaantuneisuus, % 76,3 % 81,3 % 79,7 % 81,3 % 82,6 %
"""

    /// Truth (tunnusluvut, p. 10): one table of twelve rows under TP2020 … TP2024, "Valtionosuudet,
    /// €/asukas" [1973, 1983, 2041, 1986, 1947].
    func testYearLikeFiguresAreARowNotAHeader() throws {
        let t = try T.table(Self.honkaniemi, with: "Asukasmäärä 31.12.")
        XCTAssertEqual(t.columns.map(\.header), ["TP2020", "TP2021", "TP2022", "TP2023", "TP2024"])
        XCTAssertEqual(T.values(try T.row(t, "Valtionosuudet, €/asukas")), [1973, 1983, 2041, 1986, 1947])
        XCTAssertEqual(T.values(try T.row(t, "Vuosikate, €/asukas")), [120, 121, 125, 130, 288])
        XCTAssertEqual(T.values(try T.row(t, "Suhteellinen velkaantuneisuus, %")),
                       ["76.3", "81.3", "79.7", "81.3", "82.6"].map { Decimal(string: $0) })
    }

    /// Years that head columns: one ordered run, pairs, or a run repeated per side (Kauhava p. 176
    /// "Konserni | Kunta": 2024 2023 2024 2023); figures in no such order are not a header.
    func testYearLikeFiguresLimits() {
        XCTAssertTrue(YearLikeFigures.headColumns([2016, 2017, 2018, 2019, 2020]))
        XCTAssertTrue(YearLikeFigures.headColumns([2024, 2023]))
        XCTAssertTrue(YearLikeFigures.headColumns([2024, 2024, 2023, 2023]))
        XCTAssertTrue(YearLikeFigures.headColumns([2024, 2023, 2024, 2023]))
        XCTAssertFalse(YearLikeFigures.headColumns([1973, 1983, 2041, 1986, 1947]))
        XCTAssertFalse(YearLikeFigures.headColumns([2020, 2022, 2021]))
        let row = TextFileReader.parse("Valtionosuudet, €/asukas 1973 1983 2041 1986 1947\n").lines[0]
        XCTAssertNil(PlainHeader(row))
        let header = TextFileReader.parse("Järjestelyn tarkoitus 2024 2023 2024 2023\n").lines[0]
        XCTAssertEqual(PlainHeader(header)?.columns.count, 4)
    }
}
