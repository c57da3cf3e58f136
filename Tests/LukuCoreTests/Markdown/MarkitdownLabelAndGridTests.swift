import Foundation
import XCTest
@testable import LukuCore

/// The markitdown (pdfplumber's table finder) rules of the twelfth session, on lines copied from
/// markitdown's Markdown of hold-out set 5 (LaTeX: hold5-02, -11, -12) and the HTML-made synth
/// katajaselka: a row's label left under the grid goes back in the row, read in doubt
/// (`LabelLineUnderFigureRow`); an empty first column under a heading drawn into the grid's end
/// still gives way to the labels (`EmptyLabelColumn`); a table's last row drawn on a grid of its
/// own is read on the table's columns, in doubt (`OtherGridBlockUnderTable`); a header-less grid of
/// a row or two with holes between its figures is flagged (`HeaderlessGappedGrid`). Expected values
/// are the truth files' (hold-out docs5, ../shared/synth).
final class MarkitdownLabelAndGridTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        try CopiedTextIngest.document(text, named: "copied.md")
    }

    private func row(_ tables: [Table], _ label: String, startingWith first: Decimal? = nil) throws -> Row {
        let rows = tables.flatMap(\.rows).filter { $0.label == label }
        return try XCTUnwrap(first.map { f in rows.first { $0.cells.first??.value == f } } ?? rows.first, label)
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }
    private func allFlagged(_ row: Row) -> Bool { row.cells.allSatisfy { $0?.value == nil || $0!.flags.contains(.ambiguousSplit) } }
    private func noneFlagged(_ row: Row) -> Bool { row.cells.allSatisfy { $0 == nil || $0!.flags.isEmpty } }

    /// Hold-out 12 (lualatex) p. 1: Kaupunginhallitus's NETTOMENO row with its label on the line
    /// under the grid, the first pipe column empty in every row; then Sivistyslautakunta's table,
    /// which the next section's heading ends ("| 3 Tekninen | lautakunta |"). Before: both tables
    /// had their labels in the first value column and the truth's rows found Tekninen lautakunta's
    /// values (30 wrong, unflagged).
    func testLualatexLabelUnderRowAndEmptyFirstColumn() throws {
        let text = """
        1 Kaupunginhallitus
        |     | €     | TP 2024 | TA 2025  | TA 2026  | TS 2027  | TS 2028  |
        | --- | ----- | ------- | -------- | -------- | -------- | -------- |
        |     | MENOT | −618548 | −7669504 | −2680630 | −5844353 | −7212255 |
        |     | TULOT | 758839  | 1945049  | 1307801  | 850487   | 1641026  |
        |     |       | 140291  | −5724455 | −1372829 | −4993866 | −5571229 |
        NETTOMENO
        2 Sivistyslautakunta
        Kunnantalouskehittyitilikaudellaennakoituavakaammin.Verotulotkasvoivat,jatoimintakulujenkasvu
        jäi talousarviossa arvioitua pienemmäksi. Investoinnit toteutuivat pääosin suunnitellusti.
        |            | €          | TP 2024  | TA 2025  | TA 2026  | TS 2027  | TS 2028 |
        | ---------- | ---------- | -------- | -------- | -------- | -------- | ------- |
        |            | MENOT      | −3145572 | −3993704 | −4348618 | −4340093 | −376343 |
        |            | TULOT      | 1732166  | 1570849  | 208349   | 1046585  | 1176827 |
        |            | NETTOMENO  | −1413406 | −2422855 | −4140269 | −3293508 | 800484  |
        | 3 Tekninen | lautakunta |          |          |          |          |         |
        """
        let tables = try ingest(text).allTables
        XCTAssertEqual(tables.first?.columns.map(\.header), ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"])
        let menot = try row(tables, "MENOT", startingWith: -618548)
        XCTAssertEqual(values(menot), [-618548, -7669504, -2680630, -5844353, -7212255])
        XCTAssertTrue(noneFlagged(menot))
        let netto = try row(tables, "NETTOMENO", startingWith: 140291)
        XCTAssertEqual(values(netto), [140291, -5724455, -1372829, -4993866, -5571229])
        XCTAssertTrue(allFlagged(netto), "the label was found under the row, not in it")
        let second = try row(tables, "NETTOMENO", startingWith: -1413406)
        XCTAssertEqual(values(second), [-1413406, -2422855, -4140269, -3293508, 800484])
        XCTAssertTrue(noneFlagged(second))
        XCTAssertEqual(values(try row(tables, "TULOT", startingWith: 1732166)), [1732166, 1570849, 208349, 1046585, 1176827])
    }

    /// Hold-out 02 (siunitx) p. 1: Toimintakulut's label between its figure row and Toimintakate.
    func testSiunitxLabelBetweenRows() throws {
        let text = """
        Tuloslaskelma
        |                | TP2025    | TP2024    |
        | -------------- | --------- | --------- |
        |                | 1000      | C         |
        | Toimintatuotot | 24625,7   | 22764,0   |
        |                | −128833,0 | −153040,6 |
        Toimintakulut
        | Toimintakate                 | −104207,3 | −130276,6 |
        | ---------------------------- | --------- | --------- |
        """
        let tables = try ingest(text).allTables
        let kulut = try row(tables, "Toimintakulut")
        XCTAssertEqual(values(kulut), [Decimal(string: "-128833.0"), Decimal(string: "-153040.6")])
        XCTAssertTrue(allFlagged(kulut))
        XCTAssertTrue(noneFlagged(try row(tables, "Toimintatuotot")))
    }

    /// Synth saarnisaari (Word-made) p. 1: a row of years over a group name is a header, not a
    /// figure row under its label; the text is left as it is.
    func testYearRowKeepsTheGroupLine() {
        let text = """
        |     | TP   |     | TP   |     |
        | --- | ---- | --- | ---- | --- |
        |     | 2020 |     | 2019 |     |
        Toimintatuotot
        | Myyntituotot             | 9 717 |        | 9 828 |        |
        """
        XCTAssertEqual(LabelLineUnderFigureRow.reorder(text), text)
    }

    /// Synth katajaselka (HTML-made) p. 7: the Yhteensä block's Netto row after a blank line on a
    /// twelve-cell grid under the table's fourteen. Before: 5 304 000 stood under TA- muutokset's
    /// place and 5 224 000 two columns on (2 wrong, unflagged).
    func testKatajaselkaNettoOnItsOwnGrid() throws {
        let text = """
        MÄÄRÄRAHOJEN TOTEUTUMINEN
        |     |     |     |     | Alkuperäinen |       | Muutettu |         | Toteutuma |       |     |           |     | Poik. |
        | --- | --- | --- | --- | ------------ | ----- | -------- | ------- | --------- | ----- | --- | --------- | --- | ----- |
        |     |     |     |     |              | TA    |          | TA 2025 |           | 2025  |     | Poikkeama |     | %     |
        |     |     |     |     |              | euroa |          | euroa   |           | euroa |     | euroa     |     |       |
        Hyvinvoinnin edistäminen
        | Menot |     |     |     | 1 787 000 |     | 1 787 000 |     | 1 584 906 |     |     | –202 094 |     | –11,3 |
        | ----- | --- | --- | --- | --------- | --- | --------- | --- | --------- | --- | --- | -------- | --- | ----- |
        | Netto |     |     |     | 1 787 000 |     | 1 787 000 |     | 1 584 906 |     |     | –202 094 |     | –11,3 |
        Yhteensä
        | Tulot |     |     |     | 777 000   |     |           | 857 000 |           | 913 232 |     | 56 232   |     | 6,6  |
        | ----- | --- | --- | --- | --------- | --- | --------- | ------- | --------- | ------- | --- | -------- | --- | ---- |
        | Menot |     |     |     | 6 081 000 |     | 6 081 000 |         | 5 778 664 |         |     | –302 336 |     | –5,0 |

        | Netto |     |     | 5 304 000 |     | 5 224 000 |     | 4 865 433 |     | –358 567 |     | –6,9 |
        | ----- | --- | --- | --------- | --- | --------- | --- | --------- | --- | -------- | --- | ---- |
        """
        let tables = try ingest(text).allTables
        let netto = try row(tables, "Netto", startingWith: 5304000)
        XCTAssertEqual(values(netto), [5304000, 5224000, 4865433, -358567, Decimal(string: "-6.9")])
        XCTAssertTrue(allFlagged(netto), "its columns were counted, not drawn")
        XCTAssertEqual(values(try row(tables, "Menot", startingWith: 6081000)), [6081000, 6081000, 5778664, -302336, Decimal(string: "-5.0")])
        // A block on the table's own grid is not rewritten.
        let same = "| A | 1 | 2 |\n| --- | --- | --- |\n\n| B | 3 | 4 |\n| --- | --- | --- |"
        XCTAssertEqual(OtherGridBlockUnderTable.reorder(same), same)
    }

    /// Hold-out 11 (LaTeX, käyttötalous with plan years): Vapaa-aikalautakunta's TULOT drawn as a
    /// grid of its own, no header, its figures on pipe cells of their own choosing (truth: 1 325 618
    /// is TP 2024's, the first column; read by pipe position it stood in the second, unflagged):
    /// every figure flagged; a headed grid of the same shape is not.
    func testHeaderlessGridOfOneRowIsFlagged() throws {
        let text = """
        Vapaa-aikalautakunta
        MENOT −1 614 551 −5 471 726 −598 343 89,1 −109 905 −1 162 937
        | TULOT |     | 1 325 618 |     | 0   |     | 0   |     |     | 0   |     | 796 450 |
        | ----- | --- | --------- | --- | --- | --- | --- | --- | --- | --- | --- | ------- |
        NETTOMENO −288 933 −5 471 726 −598 343 89,1 −109 905 −366 487
        """
        let document = try ingest(text)
        let tulot = try row(document.allTables, "TULOT")
        XCTAssertEqual(values(tulot).compactMap { $0 }, [1325618, 0, 0, 0, 796450])
        XCTAssertTrue(allFlagged(tulot))
        XCTAssertTrue(document.issues.contains { $0.code == "ambiguous-split" && $0.message.contains("no column header") })
        let headed = """
        | €     | TP 2024   | TA 2025 | TA 2026 |
        | ----- | --------- | ------- | ------- |
        | TULOT | 1 325 618 |         | 0       |
        """
        XCTAssertTrue(try ingest(headed).allTables.flatMap(\.rows).allSatisfy(noneFlagged))
    }

    /// Lapua's sivistyslautakunta minutes (p. 18, markitdown keeps the PDF's U+200B after every "-"
    /// and ","): the sivistyslautakunta hallinto block is a grid of its own under its header row.
    /// Read with "-\u{200B}827.940" as no figure, its Toimintatuotot was the lone figure row off
    /// its headers, read in doubt and moved two columns right by the table's arithmetic (truth:
    /// 0, 1 670, 100 in the first three columns; 82.3 % before, 85.4 % as before the block was read
    /// on its own). A zero-width space is no part of a figure (`SpacerPipeColumns.isFigure`).
    func testZeroWidthSpacesInFiguresOfLapuaMinutes() throws {
        XCTAssertTrue(SpacerPipeColumns.isFigure("-\u{200B}827.940"))
        XCTAssertTrue(SpacerPipeColumns.isFigure("27,\u{200B}3"))
        XCTAssertFalse(SpacerPipeColumns.isFigure("\u{200B}2024"))
        let text = """
        sisäinen hallinto:
        | \u{A0}                         | TA 2024             | Tot. 09/2024Tot-\u{200B}% |        |     |     |
        | ------------------------- | ------------------- | ------------------ | ------ | --- | --- |
        | Toimintatuotot            | \u{A0}366.500            | 0                  | 0      |     |     |
        | Toimintakulut *)-\u{200B}643.630 |                     | -\u{200B}493.853          | 76,\u{200B}7  |     |     |
        | Toimintakate              | -\u{200B} 277.130-\u{200B}493.853 |                    | 178,\u{200B}2 |     |     |
        sivistyslautakunta hallinto:
        | \u{A0}                                  | TA 2024            | Tot. 09/2024Tot-\u{200B}% |       |     |     |
        | ---------------------------------- | ------------------ | ------------------ | ----- | --- | --- |
        | Toimintatuotot                     | \u{A0}0                 | 1.670              | 100   |     |     |
        | Toimintakulut *)-\u{200B}827.940-\u{200B}225.832 |                    |                    | 27,\u{200B}3 |     |     |
        | Toimintakate                       | -\u{200B}827.940-\u{200B}224.162 |                    | 27,\u{200B}1 |     |     |
        """
        let tables = try ingest(text).allTables
        let tuotot = tables.flatMap(\.rows).filter { $0.label == "Toimintatuotot" }
        XCTAssertEqual(tuotot.count, 2)
        XCTAssertEqual(tuotot.last.map { Array(values($0).prefix(3)) }, [0, 1670, 100])
        XCTAssertEqual(tuotot.first.map { Array(values($0).prefix(3)) }, [366500, 0, 0])
    }
}
