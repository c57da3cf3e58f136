import Foundation
import XCTest
@testable import LukuCore

/// Sparse tables in one-row-per-line text (`pdftotext -raw`), where a row that leaves cells empty
/// no longer says which: `ArithmeticPlacedRows` places its numbers by the arithmetic the table's
/// rows share, and `WrappedNumberLines` joins a number wrapped over two lines. The lines are
/// copied from `pdftotext -raw` of kauhava-tilinpaatos-2024 (.build-flavours/text); the expected
/// values are the page's, as in ../shared/truth.
final class ArithmeticPlacedRowsTests: XCTestCase {
    /// Page 126, the rahoitusosa outturn: five columns (TA, changes, TA after changes, outturn,
    /// difference), the header's first three names stacked over lines of their own.
    static let page126 = """
Alkuperäinen
talousarvio
Talousarvio-
muutokset
Talousarvio
muutosten jäl-
keen
Toteutuma Poikkeama
Toiminta ja investoinnit
Toiminnan rahavirta
Vuosikate 4 780 470 4 780 470 9 551 587,40 4 771 117,40
Satunnaiset erät 0 885 301,00
Tulorahoituksen korjauserät -25 000 -25 000 -25 130,19 130,19
Investointien rahavirta 0
Investointimenot -15 660 700 220 000 -15 880 700 -12 331 778,01 -3 548 921,99
Rahoitusosuudet investointimenoihin 486 100 323 000 809 100 462 409,89 -346 690,11
Pysyvien vastaavien hyödykk. luovutustulot 50 000 50 000 159 805,00 109 805,00
Toiminta ja investoinnit, netto -10 369 130 543 000 -10 266 130 -1 297 804,91 8 968 325,09
Rahoitustoiminta
Antolainauksen muutokset
Antolainasaamisten lisäykset muille -3 000 000 -3 000 000 -4 052 320,00 -1 052 320,00
Antolainasaamisten lisäykset liikelaitoksille
Antolainasaamisten vähennykset muilta 3 009 000 3 009 000 3 335 948,19 326 948,19
Antolainasaamisten vähennykset liikelaitok-
silta
Lainakannan muutokset
Pitkäaikaisten lainojen lisäys 18 500 000 18 500 000 15 000 000,00 -3 500 000,00
Pitkäaikasiten lainojen vähennys -9 075 630 -9 075 630 -4 008 552,54 -5 067 077,46
Lyhytaikaisten lainojen muutos 0 -4 567 075,00 -4 567 075,00
Oman pääoman muutokset
Muut maksuvalmiuden muutokset 0 -2 455 513,76 -2 455 513,76
Vaikutus maksuvalmiuteen -935 760 543 000 -832 760 1 954 681,98 1 121 921,98
"""

    /// Page 120, the investments: eight columns, menot and tulot interleaved, Tot-% last.
    static let page120 = """
Alkuper. Alkuper. Tarkistettu Tarkistettu Toteuma Toteuma Menot Tulot
Hanke
määrä-
raha tuloarvio
määräraha
tuloarvio
inv.menot inv.tulot Tot-% Tot-%
Kaupunginhallitus
Kiinteä omaisuus 1 500 000 50 000 1 500 000 50 000 1 358 430,00 33 437,73 90,6 % 66,9 %
ATK-ohjelmistot 150 000 150 000 73 218,28 48,8 %
Kalusto 20 000 20 000 0,00 0,0 %
Osakkeet ja osuudet, KY
Kymppi 33 000 33 000 32 732,31 19 392,00 99,2 %
Muu pitkävaikutteiset menot 460 000 150 000 460 000 150 000 20 427,04 0,00 4,4 % 0,0 %
Kiinteät rakenteet ja laitteet 100 000 100 000 100 000 100 000 85 713,87 17 079,61 85,7 % 17,1 %
Kaupunginhallitus yhteensä 2 263 000 300 000 2 263 000 300 000 1 570 521,50 69 909,34 69,4 % 23,3 %
Tekninen lautakunta
Keskuskeittiö 1 250 000 1 720 000 1 734 471,07 100,8 %
Kaupungintalo 2 650 000 2 180 000 782 460,93 35,9 %
Alahärmän koulukeskus 1 500 000 1 500 000 724 681,83 48,3 %
Ylihärmän koulukeskus 5 500 000 5 500 000 5 449 298,33 99,1 %
Kortesjärven koulukeskus 100 000 100 000 97 496,41 97,5 %
Muut rakennukset 635 000 635 000 299 000 395 227,73 303 340,32 62,2 %
Rakennukset yhteensä
11 635
000 11 635 000 9 183 636,30 303 340,32 78,9 %
Koneet ja kalusto 170 000 170 000 87 736,53 51,6 %
Kiinteät rakenteet ja laitteet 1 542 700 236 100 1 762 700 260 100 1 456 123,15 141 989,96 82,6 % 54,6 %
Kauppatien saneeraus 50 000 50 000 33 760,53 67,5 %
Tekninen lautakunta yh-
teensä
13 397
700 236 100 13 617 700 559 100 10 761 256,51 445 330,28 79,0 % 79,7 %
YHTEENSÄ
15 660
700 536 100 15 880 700 859 100 12 331 778,01 515 239,62 77,7 % 60,0 %
"""

    private func d(_ s: String) -> Decimal { Decimal(string: s)! }

    private func table(_ text: String, with label: String) throws -> Table {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let tables = output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
        return try XCTUnwrap(tables.first { $0.rows.contains { $0.label == label } }, "no table with \(label)")
    }

    private func row(_ table: Table, _ label: String) throws -> Row {
        try XCTUnwrap(table.rows.first { $0.label == label }, "no row \(label)")
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    /// Poikkeama = Toteutuma − TA after changes holds on the full rows and places the short ones:
    /// "Vuosikate" leaves the changes column empty, "Lyhytaikaisten lainojen muutos" the first two.
    func testPage126ShortRowsArePlacedByTheTablesArithmetic() throws {
        let t = try table(Self.page126, with: "Vuosikate")
        XCTAssertEqual(t.columns.count, 5)
        XCTAssertEqual(values(try row(t, "Vuosikate")), [4780470, nil, 4780470, d("9551587.40"), d("4771117.40")])
        XCTAssertEqual(values(try row(t, "Pitkäaikasiten lainojen vähennys")),
                       [-9075630, nil, -9075630, d("-4008552.54"), d("-5067077.46")])
        XCTAssertEqual(values(try row(t, "Lyhytaikaisten lainojen muutos")), [nil, nil, 0, -4567075, -4567075])
        XCTAssertEqual(values(try row(t, "Rahoitusosuudet investointimenoihin")),
                       [486100, 323000, 809100, d("462409.89"), d("-346690.11")])
        XCTAssertEqual(values(try row(t, "Vaikutus maksuvalmiuteen")),
                       [-935760, 543000, -832760, d("1954681.98"), d("1121921.98")])
        // The relation pins the cells it joins, not which of two equal figures is the TA: a row with
        // empty cells is flagged, and so is every cell of this table read some other way.
        XCTAssertTrue(try row(t, "Vuosikate").cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        for r in t.rows { XCTAssertTrue(r.cells.compactMap { $0 }.allSatisfy { !$0.flags.isEmpty }, r.label) }
    }

    /// Tot-% = 100 · Toteuma / Tarkistettu places the figures of rows that leave the tulot
    /// columns empty; the full rows are read unflagged where one reading holds the most relations.
    func testPage120ShortRowsArePlacedByTheirPercentages() throws {
        let t = try table(Self.page120, with: "ATK-ohjelmistot")
        XCTAssertEqual(t.columns.count, 8)
        XCTAssertEqual(values(try row(t, "ATK-ohjelmistot")), [150000, nil, 150000, nil, d("73218.28"), nil, d("48.8"), nil])
        XCTAssertEqual(values(try row(t, "Keskuskeittiö")), [1250000, nil, 1720000, nil, d("1734471.07"), nil, d("100.8"), nil])
        XCTAssertEqual(values(try row(t, "Muut rakennukset")),
                       [635000, nil, 635000, 299000, d("395227.73"), d("303340.32"), d("62.2"), nil])
        XCTAssertEqual(values(try row(t, "Kiinteä omaisuus")),
                       [1500000, 50000, 1500000, 50000, d("1358430.00"), d("33437.73"), d("90.6"), d("66.9")])
        XCTAssertEqual(values(try row(t, "Kaupunginhallitus yhteensä")),
                       [2263000, 300000, 2263000, 300000, d("1570521.50"), d("69909.34"), d("69.4"), d("23.3")])
        XCTAssertTrue(try row(t, "ATK-ohjelmistot").cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        // luku.document/5: every cell the relations placed says so, the unflagged full rows too.
        for label in ["ATK-ohjelmistot", "Kiinteä omaisuus", "Kaupunginhallitus yhteensä"] {
            XCTAssertTrue(try row(t, label).cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.identityChosen) }, label)
        }
    }

    /// "Rakennukset yhteensä" / "11 635" / "000 11 635 000 …": the number wrapped in its cell is one.
    func testNumberWrappedOverTwoLinesIsJoined() throws {
        let t = try table(Self.page120, with: "ATK-ohjelmistot")
        XCTAssertEqual(values(try row(t, "Rakennukset yhteensä")),
                       [11635000, nil, 11635000, nil, d("9183636.30"), d("303340.32"), d("78.9"), nil])
        XCTAssertEqual(values(try row(t, "YHTEENSÄ")),
                       [15660700, 536100, 15880700, 859100, d("12331778.01"), d("515239.62"), d("77.7"), d("60.0")])
        // A line of two figures under other figure lines is a row of its own ("229 207" / "691 515",
        // the statement on page 30 written as a block of figures), not a wrapped number.
        XCTAssertFalse(WrappedNumberLines.continues(labels: ["", ""], tails: [["43", "240"], ["229", "207"]],
                                                    words: ["691", "515"]))
        XCTAssertTrue(WrappedNumberLines.continues(labels: ["YHTEENSÄ", ""], tails: [[], ["15", "660"]],
                                                   words: ["700", "536", "100"]))
    }

    /// A table whose header names as many columns as its rows fill is not this rule's.
    func testRowsTheHeaderReadsAreLeftAlone() {
        let tails = [["4", "460", "444", "3", "757", "300"], ["-4", "867", "089", "-4", "958", "500"],
                     ["-406", "645", "-1", "201", "200"], ["1", "000", "2", "000"]]
        XCTAssertNil(ArithmeticPlacedRows.read(tails, header: 2))
    }

    // MARK: SignBrokenRow

    /// Page 116 in `pdftotext -raw`: "TOIMINTAKULUT" and "Toimintakate/Jäämä" go on over lines
    /// broken at lone minus signs; each sign is its next figure's, and the rows' cells are flagged.
    func testRowBrokenAtLoneSignsIsOneRow() throws {
        let text = """
Alkuperäinen
talousarvio
Talousarvio-
muutokset
Talousarvio
muutosten
jälkeen Toteutuma Poikkeama
TOIMINTATUOTOT 6 228 970,00 0,00 6 228 970,00 7 725 767,34 1 496 797,34
Myyntituotot 1 880 870,00 0,00 1 880 870,00 2 348 867,91 467 997,91
Maksutuotot 586 130,00 0,00 586 130,00 653 909,62 67 779,62
Tuet ja avustukset 1 424 250,00 0,00 1 424 250,00 2 086 358,53 662 108,53
Muut toimintatuotot 2 337 720,00 0,00 2 337 720,00 2 636 631,28 298 911,28
Valmistus omaan käyt-
töön 105 990,00 0,00 105 990,00 94 785,53 -11 204,47
TOIMINTAKULUT
-
46 525 690,00 0,00
-
46 525 690,00
-
46 216 718,06 308 971,94
Henkilöstökulut -29 248 420,00 0,00 -29 248 420,00 -28 659 191,96 589 228,04
Palvelujen ostot -9 354 470,00 0,00 -9 354 470,00 -9 986 040,98 -631 570,98
Aineet, tarvikkeet ja tava-
rat -4 808 820,00 0,00 -4 808 820,00 -4 749 628,27 59 191,73
Avustukset -1 475 700,00 0,00 -1 475 700,00 -1 379 483,67 96 216,33
Muut toimintakulut -1 638 280,00 0,00 -1 638 280,00 -1 442 373,18 195 906,82
Toimintakate/Jäämä -40 190 730,00 0,00 -40 190 730,00
-
38 396 165,19 1 794 564,81
Verotulot 31 902 000,00 0,00 31 902 000,00 33 595 351,41 1 693 351,41
"""
        let t = try table(text, with: "TOIMINTAKULUT")
        XCTAssertEqual(values(try row(t, "TOIMINTAKULUT")),
                       [d("-46525690.00"), 0, d("-46525690.00"), d("-46216718.06"), d("308971.94")])
        XCTAssertEqual(values(try row(t, "Toimintakate/Jäämä")),
                       [d("-40190730.00"), 0, d("-40190730.00"), d("-38396165.19"), d("1794564.81")])
        XCTAssertTrue(try row(t, "TOIMINTAKULUT").cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        XCTAssertEqual(values(try row(t, "Henkilöstökulut")),
                       [d("-29248420.00"), 0, d("-29248420.00"), d("-28659191.96"), d("589228.04")])
        // A lone sign before a labelled line is no part of the row above (synth kuusimaki, word, -raw).
        let lines = TextFileReader.parse("−\nInvestointien rahavirta\nInvestointimenot 15").lines
        XCTAssertFalse(SignBrokenRow.continues(lines, after: 0))
    }
}
