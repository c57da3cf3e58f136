import XCTest
@testable import LukuCore

/// Plain-text table rows that are not "label + one number per column": rows with fewer numbers
/// than columns, rows ending in words, group names ending in a number, and tables broken by a page
/// gap. The lines are taken from corpus/kemijarvi-konserni-elinvoima-ta2026.txt (lines 628–760,
/// 1340–1360) and corpus/kemijarvi-hallinto-tukipalvelut-2022-06.txt (lines 212–222).
final class TextTableRowShapesTests: XCTestCase {
    private func table(_ text: String) throws -> (TableDraft, [Issue]) {
        let (drafts, issues) = TextTableBuilder().tables(in: Fixtures.textLines(text), excluded: [])
        XCTAssertEqual(drafts.count, 1, "one table")
        return (try XCTUnwrap(drafts.first), issues)
    }

    private func texts(_ row: Row) -> [String?] { row.cells.map { $0?.text } }

    func testRowsWithFewerNumbersGoToTheLastColumnsFlagged() throws {
        let (t, issues) = try table("""
        Viestintä ja markkinointi TP TA+MUUTOS TPE TA KS
          2024 2025 2025 2026 2026
        KÄYTTÖTALOUS
          TOIMINTATUOTOT
           Myyntituotot                        0 0
           Maksutuotot    0 0
          TOIMINTAKULUT
           Henkilöstökulut                     -156 430 -156 430
           Palvelujen ostot                    -130 260 -130 260
        """)
        XCTAssertEqual(t.rows.map(\.label), ["Myyntituotot", "Maksutuotot", "Henkilöstökulut", "Palvelujen ostot"])
        XCTAssertEqual(texts(t.rows[0]), [nil, nil, nil, "0", "0"])
        XCTAssertEqual(texts(t.rows[2]), [nil, nil, nil, "-156 430", "-156 430"],
                       "two six-digit numbers, not -156 | 430 | -156 430")
        XCTAssertEqual(t.rows[3].cells[3]?.value, -130260)
        for row in t.rows {
            XCTAssertTrue(row.cells.compactMap { $0 }.allSatisfy { $0.flags == [.ambiguousSplit] }, "placement is a guess: flagged")
        }
        XCTAssertTrue(issues.contains { $0.code == "ambiguous-split" && $0.message.contains("last 2 columns") },
                      issues.map(\.message).joined(separator: "\n"))
    }

    func testAReadingThatCutsNumbersApartIsNotTaken() throws {
        // Six tokens fill six columns one by one, but "-156 | 430" flips sign at every column.
        let (t, _) = try table("""
        Tunnusluvut TP 2024 TA 2025 TPE 2025 TA 2026 TS 2027 TS 2028
        Henkilöstömenot € x x x -424 040 -438 800 -454 200
        Palvelujen ostot € -156 430 -161 900 -167 600
        """)
        XCTAssertEqual(texts(t.rows[0]), ["x", "x", "x", "-424 040", "-438 800", "-454 200"])
        XCTAssertEqual(texts(t.rows[1]), [nil, nil, nil, "-156 430", "-161 900", "-167 600"])
        XCTAssertEqual(t.rows[1].cells[5]?.flags, [.ambiguousSplit])
        XCTAssertTrue(ShortRows.cutsNumbersApart(["-156", "430", "-161"]))
        XCTAssertFalse(ShortRows.cutsNumbersApart(["-156 430", "430", "-161 900"]), "a whole number after a minus number")
        XCTAssertFalse(ShortRows.cutsNumbersApart(["-5,2", "430"]), "a decimal number has no thousands groups to lose")
    }

    func testWordsInPeriodColumnsBecomeTextCells() throws {
        let (t, _) = try table("""
        Hallintopalvelut TP TA+MUUTOS TPE TA KS
           2024 2025 2025 2026 2026
        Joukkoliikenne
        MENOT                         -318 280 -348 070 -361 424 siirretty siirretty
        TULOT                         37 806 100 000 72 021 elinkeino- ja elinkeino- ja
        NETTOMENO                     -280 475 -248 070 -289 403 työllisyys va työllisyys va
        Tietohallinto/ict-palvelut
        MENOT                         -1 142 528 -1 200 960 -1 151 574 -1 237 350 -1 237 350
        """)
        XCTAssertEqual(t.rows.map(\.label), ["MENOT", "TULOT", "NETTOMENO", "MENOT"])
        XCTAssertEqual(texts(t.rows[0]), ["-318 280", "-348 070", "-361 424", "siirretty", "siirretty"])
        XCTAssertEqual(texts(t.rows[1]), ["37 806", "100 000", "72 021", "elinkeino- ja", "elinkeino- ja"])
        XCTAssertEqual(texts(t.rows[2]), ["-280 475", "-248 070", "-289 403", "työllisyys va", "työllisyys va"])
        XCTAssertNil(t.rows[0].cells[3]?.value)
        XCTAssertEqual(t.rows[3].group, "Tietohallinto/ict-palvelut", "the table goes on after the text rows")
    }

    func testGroupNamesEndingInANumberAreLabels() throws {
        let (t, _) = try table("""
        Hallintopalvelut TP TA+MUUTOS TPE TA KS
        Kemijärvi historia 3
        MENOT                         -23 079 -50 000 -18 356 0 0
        Kemijärvi 150
        MENOT                         -261 0 0 0 0
        """)
        XCTAssertEqual(t.rows.map(\.group), ["Kemijärvi historia 3", "Kemijärvi 150"])
        XCTAssertEqual(t.rows.count, 2)
    }

    func testAPageGapInsideAPlainTableIsCrossed() throws {
        let (t, _) = try table("""
        Hallintopalvelut TP TA+MUUTOS TPE TA KS
        Henkilöstöpalvelut
        MENOT                         -231 570 -288 490 -264 024 -238 650 -238 650




        TULOT                         48 760 43 000 40 768 20 700 20 700
        """)
        XCTAssertEqual(t.rows.map(\.label), ["MENOT", "TULOT"])
    }

    func testAPageGapInsideATabTableIsCrossed() throws {
        let (t, _) = try table("""
        Hallinto\tTP 2020\tTA 2021
        <b>Yksinyrittäjän avustus</b>\t\t
        <b>MENOT</b>\t-152 000\t0



        <b>Kehittämisprojektit</b>\t\t
        <b>MENOT</b>\t-71 669\t-67 610
        """)
        XCTAssertEqual(t.rows.map(\.group), ["Yksinyrittäjän avustus", "Kehittämisprojektit"])
    }

    func testTextAfterALongGapEndsTheTable() throws {
        let (t, _) = try table("""
        Hallintopalvelut TP TA+MUUTOS TPE TA KS
        MENOT                         -231 570 -288 490 -264 024 -238 650 -238 650




        Seuraava kappale alkaa tästä ja jatkuu pitkään ilman lukuja.
        """)
        XCTAssertEqual(t.rows.count, 1)
    }
}
