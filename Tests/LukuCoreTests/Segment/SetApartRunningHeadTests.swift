import XCTest
@testable import LukuCore

/// `SetApartRunningHead`: the running head of a two-page document, set apart from the body by a
/// gap, does not block a continued table. Text: hold-out hold-02-trailing-minus-grid in
/// `pdftotext -layout` (its head, first groups, page-2 head, one group and the total).
final class SetApartRunningHeadTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let parsed = TextFileReader.parse(text)
        let o = Segmenter().segmentLaidOutText(LaidOutText.lines(parsed, text: text).map(NumberJoiner().join))
        return o.blocks.compactMap(\.table) + o.sections.flatMap(\.allTables)
    }

    private static let pageOne = """
        Haapavirran kaupunki – Talousarvio 2026 ja taloussuunnitelma 2026–2028



        5 Käyttötalous tulosalueittain
        Tulosalueiden määrärahat ja tuloarviot
                                                                   TP             TA              TA              TS          TS         Muutos-%
                                                                  2024           2025            2026            2027        2028        TA26/TA25
                                                                     1 000 €       1 000 €            1 000 €      1 000 €     1 000 €
        Kadut ja liikenneväylät
           Menot                                                     6 365,1-       922,8-            7 367,7-    4 722,8-    3 091,7-        698,4-
           Tulot                                                      3 427,3      2 636,3               841,5       240,8     1 666,8         68,1-
           Netto                                                     2 937,8-      1 713,5            6 526,2-    4 482,0-    1 424,9-        480,9-
        Ruokapalvelut
           Menot                                                     4 000,8-     1 051,4-            2 772,9-    8 664,9-    1 758,8-        163,7-
           Tulot                                                         76,1      1 321,6               835,5         0,0     1 297,7         36,8-
           Netto                                                     3 924,7-        270,2            1 937,4-    8 664,9-      461,1-        817,0-


                                                                                             Sivu 1

        """

    private static let pageTwo = """
        Haapavirran kaupunki – Talousarvio 2026 ja taloussuunnitelma 2026–2028



                                                                   TP             TA              TA              TS          TS         Muutos-%
                                                                  2024           2025            2026            2027        2028        TA26/TA25
                                                                     1 000 €       1 000 €            1 000 €      1 000 €     1 000 €
        Nuorisopalvelut
          Menot                                                      2 023,9-     8 497,2-            4 101,0-    3 340,7-    5 264,7-          51,7
          Tulot                                                       3 048,0      1 316,0             2 227,5     1 557,6     1 409,5          69,3
          Netto                                                       1 024,1     7 181,2-            1 873,5-    1 783,1-    3 855,2-          73,9
        Toimiala yhteensä
          Menot                                                   40 007,6-      68 546,2-        45 931,8-      53 658,3-   51 747,8-         33,0
          Tulot                                                    20 514,6       15 763,2         16 508,0       14 058,5    19 923,7          4,7
          Netto                                                   19 493,0-      52 783,0-        29 423,8-      39 599,8-   31 824,1-         44,3




                                                                                             Sivu 2
        """

    func testRunningHeadOverContinuationIsPassedOver() throws {
        let found = tables(Self.pageOne + "\n\u{0C}" + Self.pageTwo + "\n")
        XCTAssertEqual(found.count, 1)
        let t = try XCTUnwrap(found.first)
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(t.columns.first?.header.contains("Talousarvio"), false, "the running head is no header")
        XCTAssertEqual(t.rows.filter { $0.label == "Netto" }.count, 4)
    }

    /// The same page-2 head with no gap under it is the table's own first line, not a running head
    /// (synth word kivimaki pp. 2–3 print "Tilinpäätös Tilinpäätös" over "1 000 euroa 2020 2019"
    /// at the top of consecutive pages).
    func testHeadWithoutGapIsNoRunningHead() {
        let text = "Tuloslaskelma 2026\n   Menot     1 000,0\n   Tulot       500,0\n\u{0C}Tuloslaskelma 2026\n   Menot     2 000,0\n"
        let parsed = TextFileReader.parse(text)
        let lines = LaidOutText.lines(parsed, text: text)
        let tops = lines.indices.filter { $0 == 0 || lines[$0 - 1].page != lines[$0].page }
        XCTAssertEqual(tops.count, 2)
        XCTAssertFalse(SetApartRunningHead.matches(lines, top: tops[1], previousTop: tops[0]))
        let apart = "Tuloslaskelma 2026\n\n   Menot     1 000,0\n\u{0C}Tuloslaskelma 2026\n\n   Menot     2 000,0\n"
        let spaced = LaidOutText.lines(TextFileReader.parse(apart), text: apart)
        let spacedTops = spaced.indices.filter { $0 == 0 || spaced[$0 - 1].page != spaced[$0].page }
        XCTAssertTrue(SetApartRunningHead.matches(spaced, top: spacedTops[1], previousTop: spacedTops[0]))
    }
}
