import Foundation
import XCTest
@testable import LukuCore

/// The one-row-per-line rules of issue 7 that read what `pdftotext -layout`, -raw and pypdf keep of
/// real tables, each on lines copied from the extractor's text (.build-flavours/text, made by
/// `make flavours`) of the page that proves it; expected values are the page's, as in the truth files.
final class LayoutTextRuleTests: XCTestCase {
    /// Kauhava p. 126 in `pdftotext -layout`: the header of words and the first rows.
    static let page126 = """
                                                   Alkuperäinen Talousarvio- Talousarvio       Toteutuma        Poikkeama
                                                     talousarvio muutokset muutosten jäl-
                                                                                   keen
Toiminta ja investoinnit
Toiminnan rahavirta
  Vuosikate                                           4 780 470                 4 780 470     9 551 587,40     4 771 117,40
   Satunnaiset erät                                                                     0       885 301,00
   Tulorahoituksen korjauserät                          -25 000                   -25 000       -25 130,19          130,19
Investointien rahavirta                                                                  0
   Investointimenot                                 -15 660 700    220 000     -15 880 700   -12 331 778,01   -3 548 921,99
   Rahoitusosuudet investointimenoihin                 486 100     323 000        809 100      462 409,89      -346 690,11
   Pysyvien vastaavien hyödykk. luovutustulot           50 000                     50 000      159 805,00       109 805,00
"""

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    private func tables(_ text: String) -> (tables: [Table], issues: [Issue]) {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables), output.issues)
    }

    private func row(_ tables: [Table], _ label: String) throws -> Row {
        try XCTUnwrap(tables.flatMap(\.rows).first { $0.label == label }, "no row \(label)")
    }

    // MARK: TrailingOneNumberRows

    /// Lapua TA 2025 p. 3 in `pdftotext -raw`: the two rows of one figure under the
    /// KAUPUNGINHALLITUS table are a table of one column, not short rows of the five-column table.
    func testOneNumberRowsAfterATableAreATableOfTheirOwn() throws {
        let text = """
KAUPUNGINHALLITUS TP 2023 TA 2024 Raami 2025 TA 2025 Ero raamiin
Toimintatuotot 4 460 444 3 757 300 3 795 000 4 035 100 240 100
Toimintakulut -4 867 089 -4 958 500 -6 560 200 -6 330 500 229 700
Toimintakate -406 645 -1 201 200 -2 765 200 -2 295 400 469 800
Kh on alittanut raamin 469 800
Säästötavoite -212 300
Säästötavoitteeseen päästy
"""
        let found = tables(text).tables
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[0].rows.map(\.label), ["Toimintatuotot", "Toimintakulut", "Toimintakate"])
        XCTAssertEqual(values(found[0].rows[2]), [-406645, -1201200, -2765200, -2295400, 469800])
        XCTAssertEqual(found[1].columns.count, 1)
        XCTAssertEqual(found[1].rows.map(\.label), ["Kh on alittanut raamin", "Säästötavoite"])
        XCTAssertEqual(found[1].rows.map(values), [[469800], [-212300]])
        // "469 800" also reads as 469 | 800: only the PDF's gaps tell, so it is flagged.
        XCTAssertEqual(found[1].rows[0].cells[0]?.flags, [.ambiguousSplit])
    }

    /// The same rows three blank lines below their table (Hyvinvointilautakunta, p. 3 in `-layout`).
    func testOneNumberRowsAfterABlankGap() throws {
        let text = """
Hyvinvointilautakunta             TP 2023       TA 2024    Raami 2025       TA 2025    Ero raamiin
Toimintatuotot                  1 193 498      1 329 950     1 252 000     1 212 750        -39 250
Toimintakulut                  -4 409 052     -4 509 080    -4 641 000    -4 592 543         48 457
Toimintakate                   -3 215 555     -3 179 130    -3 389 000    -3 379 793          9 207



Hyvla on alittanut raamin           9 207
Säästötavoite                    -260 200
Säästötavoitetta jäljellä        -250 993
"""
        let found = tables(text).tables
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[1].rows.map(\.label), ["Hyvla on alittanut raamin", "Säästötavoite", "Säästötavoitetta jäljellä"])
        XCTAssertEqual(found[1].rows.map(values), [[9207], [-260200], [-250993]])
    }

    /// A single one-number row is no run: it stays a (flagged) short row of its table.
    func testOneShortRowIsNoRun() {
        XCTAssertNil(TrailingOneNumberRows.start([["1", "2", "3"], ["4", "5", "6"], ["92", "010"]], columns: 3))
        XCTAssertEqual(TrailingOneNumberRows.start([["1", "2", "3"], ["4", "5", "6"], ["92", "010"], ["-212", "300"]], columns: 3), 2)
    }

    // MARK: TextGutterSplitter

    /// Kauhava p. 35 in `-layout`: VASTAAVAA and VASTATTAVAA printed side by side are two tables,
    /// each row with its own two figures.
    func testSideBySideStatementsAreReadOneAfterTheOther() throws {
        let text = """
VASTAAVAA                                  2024       2023    VASTATTAVAA                                   2024      2023
                                         1 000 €    1 000 €                                               1 000 €   1 000 €

A PYSYVÄT VASTAAVAT                      114 995    109 531   A OMA PÄÄOMA                                54 712     50 421
 I Aineettomat hyödykkeet                  1 118      1 317     I Peruspääoma                             36 430     36 430
      Tietokoneohjelmistot                   156        151     II Muut omat rahastot                        221        221
      Muut pitkävaikutteiset menot           962      1 166     III Ed. tilikausien yli-/alijäämä         13 770     11 489
"""
        let found = tables(text).tables
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map(\.caption), ["VASTAAVAA", "VASTATTAVAA"])
        XCTAssertEqual(values(try row(found, "A PYSYVÄT VASTAAVAT")), [114995, 109531])
        XCTAssertEqual(values(try row(found, "Muut pitkävaikutteiset menot")), [962, 1166])
        XCTAssertEqual(values(try row(found, "A OMA PÄÄOMA")), [54712, 50421])
        XCTAssertEqual(values(try row(found, "III Ed. tilikausien yli-/alijäämä")), [13770, 11489])
    }

    /// Text with no gutter (one table, prose) comes back unchanged.
    func testOneTablePageIsNotSplit() {
        let page = ["Toimintatuotot                4 460 444      3 757 300       3 795 000",
                    "Toimintakulut                -4 867 089     -4 958 500      -6 560 200",
                    "Tässä on tavallinen kappale tekstiä, jossa on 5 000 euroa ja muuta."]
        XCTAssertNil(TextGutterSplitter.split(page))
    }

    // MARK: LayoutColumnsTable

    /// Kauhava p. 126 in `-layout`: under a header of words, rows that leave columns empty keep
    /// each figure in the column its right edge stands at.
    func testFiguresGoToTheColumnTheirEdgeIsAt() throws {
        let text = Self.page126
        let (found, issues) = tables(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].columns.count, 5)
        XCTAssertEqual(values(try row(found, "Vuosikate")), [4780470, nil, 4780470, Decimal(string: "9551587.40"), Decimal(string: "4771117.40")])
        XCTAssertEqual(values(try row(found, "Satunnaiset erät")), [nil, nil, 0, Decimal(string: "885301.00"), nil])
        XCTAssertEqual(values(try row(found, "Investointien rahavirta")), [nil, nil, 0, nil, nil])
        XCTAssertEqual(values(try row(found, "Investointimenot")), [-15660700, 220000, -15880700, Decimal(string: "-12331778.01"), Decimal(string: "-3548921.99")])
        XCTAssertTrue(issues.contains { $0.code == "columns-from-layout" })
    }

    /// Kauhava p. 120 in `-layout`: a plain header of two kinds ("Tot-% Tot-%") over eight columns
    /// yields to the columns of the figures; a number wrapped over two lines ("11 635" / "000") is
    /// joined, and two figures set one space apart ("559 100 10 761 256,51") are split over the
    /// two columns their run covers.
    func testInvestmentTableReadByCharacterColumns() throws {
        let text = KauhavaPage120.layoutText
        let found = tables(text).tables
        let table = try XCTUnwrap(found.first { $0.columns.count == 8 })
        XCTAssertEqual(values(try row([table], "Kiinteä omaisuus")),
                       [1500000, 50000, 1500000, 50000, Decimal(string: "1358430.00"), Decimal(string: "33437.73"), Decimal(string: "90.6"), Decimal(string: "66.9")])
        XCTAssertEqual(values(try row([table], "ATK-ohjelmistot")),
                       [150000, nil, 150000, nil, Decimal(string: "73218.28"), nil, Decimal(string: "48.8"), nil])
        let buildings = try row([table], "Rakennukset yhteensä")
        XCTAssertEqual(values(buildings), [11635000, nil, 11635000, nil, Decimal(string: "9183636.30"), Decimal(string: "303340.32"), Decimal(string: "78.9"), nil])
        XCTAssertEqual(buildings.cells[0]?.flags, [], "000 cannot stand alone: the join is certain")
        let total = try row([table], "Tekninen lautakunta yhteensä")
        XCTAssertEqual(values(total), [13397700, 236100, 13617700, 559100, Decimal(string: "10761256.51"), Decimal(string: "445330.28"), Decimal(string: "79.0"), Decimal(string: "79.7")])
        XCTAssertEqual(total.cells[0]?.flags, [.ambiguousSplit], "700 could stand alone: joined, flagged")
    }

    /// The same rows as `-raw` writes them (one space between every word) are no layout table.
    func testRawTextIsNoLayoutTable() {
        let line = TextFileReader.parse("Vuosikate 4 780 470 4 780 470 9 551 587,40 4 771 117,40").lines[0]
        XCTAssertEqual(LayoutColumnsTable.split(line)?.numbers.count, 0)
    }

    // MARK: LayoutHeadedRows

    /// Koha-Suomi p. 6 in `-layout`: one row under column names, each figure flush under its name.
    func testOneRowUnderNamesEndingWhereItsFiguresEnd() throws {
        let text = """
               Osakkeet ja osakesarjat                                                                                Kpl            Euroa   Äänivalta / kpl
               Osake                                                                                            1 930 450       229 908,22                1
"""
        let found = tables(text).tables
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.columns.map(\.header), ["Kpl", "Euroa", "Äänivalta / kpl"])
        XCTAssertEqual(values(try row(found, "Osake")), [1930450, Decimal(string: "229908.22"), 1])
    }

    /// A figure under no name's end: nothing is read by the rule.
    func testFigureUnderNoNameIsNotRead() {
        let text = "Osakkeet ja osakesarjat      Kpl      Euroa\nOsake                     1 930 450           229 908,22"
        XCTAssertNil(LayoutHeadedRows.table(TextFileReader.parse(text).lines, from: 1, floor: 0, excluded: []))
    }

    // MARK: UnitHeadedTextTable

    /// Kauhava p. 124 in `pdftotext -raw`: the header's last line is a lone "%", which reads as a
    /// unit line; rows of seven figures under it are no one-value outline (their labels used to
    /// swallow six figures each), so the rows are read as a table of seven columns.
    func testRowsOfSeveralFiguresEndAUnitHeadedOutline() throws {
        let text = """
VEROTULOJEN TOTEUTUMINEN
(1000€)
Ta
2024
TP
2024
Poik-
keama Tot. %
TP
2023
Vuosi-
muutos
Vuosi-
muutos
%
Verotulot 31 902 33 595 1 693 105,3 % 33 172 423 -17,2 %
Kunnan tulovero 24 420 26 441 2 021 108,3 % 25 715 725 -17,9 %
Kiinteistövero 4 506 4 327 - 179 96,0 % 3 991 336 578,8 %
Osuus yhteisöveron tuotosta 2 976 2 827 - 149 95,0 % 3 466 - 639 -21,9 %
"""
        let found = tables(text).tables
        let verotulot = try row(found, "Verotulot")
        XCTAssertEqual(values(verotulot), [31902, 33595, 1693, Decimal(string: "105.3"), 33172, 423, Decimal(string: "-17.2")])
        XCTAssertEqual(values(try row(found, "Osuus yhteisöveron tuotosta")),
                       [2976, 2827, -149, Decimal(string: "95.0"), 3466, -639, Decimal(string: "-21.9")])
    }

    /// kemijarvi-konserni-elinvoima-ta2026 p. 3 in `pdftotext`'s default order: the change
    /// columns "€" and "%" each come as a block of values under their unit. The values under "%"
    /// have no row in the text: rows without a label, whose cells must say they are in doubt
    /// (they were read as plain values).
    func testValuesWithoutLabelsUnderAUnitAreFlagged() throws {
        let text = """
2026
−8 333 230
1 261 230
−7 072 000

€
1 495 560
−36 440
1 532 000

%
21,9
−2,8
27,7
"""
        let labelless = tables(text).tables.flatMap(\.rows).filter { $0.label.isEmpty }.flatMap(\.cells).compactMap { $0 }
        XCTAssertFalse(labelless.isEmpty, "the values under the unit are kept")
        for cell in labelless where cell.value != nil {
            XCTAssertTrue(cell.flags.contains(.ambiguousSplit), "\(cell.text) has no row and no flag")
        }
    }

    /// synth honkakoski p. 4 in `pdftotext`'s default order: key-figure labels that end in their
    /// unit ("Kertynyt yli-/alijäämä, 1 000 €") under a lone "%" line. The unit is wording, not a
    /// value of 1 000; the values follow later as column blocks.
    func testAUnitEndingALabelIsNoValue() throws {
        let text = """
Suhteellinen velkaantuneisuus,
%
Kertynyt yli-/alijäämä, 1 000 €
Kertynyt yli-/alijäämä, €/asukas
Lainakanta 31.12., 1 000 €
Lainakanta 31.12., €/asukas
Lainasaamiset 31.12., 1 000 €
Asukasmäärä

31.12.2018

286 192
"""
        let values = tables(text).tables.flatMap(\.rows).flatMap(\.cells).compactMap { $0?.value }
        XCTAssertFalse(values.contains(1000), "the unit in a label was read as a value")
    }

    // MARK: SideBySideTextRows

    /// Kauhava p. 35 in `pdftotext -raw`: the balance sheet's two sides run together on each line.
    /// A line of two labels with their figures is a row of each statement; a line of one label
    /// ("Maa- ja vesialueet 10 879 10 541", "VARAUKSET 927 1 056") goes to the side its item's
    /// name says (BalanceSheetSide, BalanceSheetSideTests); none is left of unknown side here.
    func testSideBySideStatementsInRawText() throws {
        let text = KauhavaPage35.statementsHead
        let (found, issues) = tables(text)
        XCTAssertEqual(found.map(\.caption), ["VASTAAVAA", "VASTATTAVAA"])
        XCTAssertEqual(values(try row([found[0]], "A PYSYVÄT VASTAAVAT")), [114995, 109531])
        XCTAssertEqual(values(try row([found[0]], "III Sijoitukset")), [12696, 13049])
        XCTAssertEqual(values(try row([found[1]], "A OMA PÄÄOMA")), [54712, 50421])
        XCTAssertEqual(values(try row([found[1]], "Eläkevaraukset")), [89, 108])
        XCTAssertEqual(values(try row([found[0]], "Maa- ja vesialueet")), [10879, 10541])
        XCTAssertEqual(values(try row([found[1]], "B POISTOERO JA VAPAAEHTOISET VARAUKSET")), [927, 1056])
        XCTAssertFalse(issues.contains { $0.code == "side-unknown" })
    }

    /// Figures on a line of their own that are no top of a wrapped number are kept as a row with
    /// no label, never dropped (a made-up line in the rows of p. 126).
    func testLabelLessFiguresAreKept() throws {
        var text = Self.page126.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try XCTUnwrap(text.firstIndex { $0.contains("Investointimenot") })
        text.insert(String(repeating: " ", count: 57) + "12 345", at: k)
        let found = tables(text.joined(separator: "\n")).tables
        XCTAssertEqual(found.count, 1)
        let unlabelled = try XCTUnwrap(found[0].rows.first { $0.label.isEmpty })
        XCTAssertEqual(values(unlabelled), [12345, nil, nil, nil, nil])
        XCTAssertEqual(values(try row(found, "Investointimenot")), [-15660700, 220000, -15880700, Decimal(string: "-12331778.01"), Decimal(string: "-3548921.99")])
    }
}
