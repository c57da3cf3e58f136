import Foundation
import XCTest
@testable import LukuCore

/// Cell bounds pymupdf4llm did not draw, or drew around the wrong lines (issue 7):
/// `FigureInLabelCell`, `TwoFigureCells`, `HeaderInFirstRow`, each on lines copied from the
/// converter's Markdown of the synthetic and real documents that show it.
final class MarkdownCellBoundTests: XCTestCase {
    private func table(_ lines: [String], _ name: String) throws -> Table {
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent(name).path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try XCTUnwrap(Pipeline().run(path: path).allTables.first)
    }

    private func values(_ row: Row?) -> [Decimal?] {
        row?.cells.map { $0?.value } ?? []
    }

    // MARK: FigureInLabelCell

    /// synth tamminiemi p. 6: the label and the TP 2021 column in one cell, "Menot<br>–2.025".
    func testFirstFigureLeavesTheLabelCell() throws {
        let t = try table(["|**TP 2021**<br>**TA**|**+ muutokset**|**TP 2022**|**Muutos %**|", "|---|---|---|---|",
                           "|**Teknisen toimen hallinto**||||",
                           "|Menot<br>–2.025|–2.228|–2.032|0,3 %|",
                           "|Netto<br>–2.025|–2.228|–2.032|0,3 %|",
                           "|**Kiinteistöpalvelut**||||",
                           "|Tulot<br>962|1.017|973|1,2 %|",
                           "|Menot<br>–16.178|–16.552|–17.699|9,4 %|"], "tamminiemi.md")
        XCTAssertEqual(t.columns.map(\.header), ["TP 2021", "TA + muutokset", "TP 2022", "Muutos %"])
        let menot = t.rows.first { $0.label == "Menot" && $0.group == "Kiinteistöpalvelut" }
        XCTAssertEqual(values(menot), [-16178, -16552, -17699, 9.4].map { Decimal($0) })
        XCTAssertFalse(t.rows.contains { $0.label.contains("2.025") })
    }

    /// synth katajaselka p. 2: a marker column, then the label with the 2025 figure; the header's
    /// second date cut over two cells ("3" + "1.12.2024"); the unit row stays a unit row.
    func testFigureInLabelCellAfterMarkerColumn() throws {
        let t = try table(["||**31.12.2025**<br>**3**|**1.12.2024**|", "|---|---|---|", "||_t€_|_t€_|",
                           "|**A**|**PYSYVÄT VASTAAVAT**||",
                           "|I|Aineettomat hyödykkeet||",
                           "|1.|Aineettomat oikeudet<br>254|254|",
                           "|3.|Ennakkomaksut<br>24|24|",
                           "||**AINEETTOMAT HYÖDYKKEET**<br>**YHTEENSÄ**<br>**509**|**498**|"], "katajaselka.md")
        // (The unit row under it is a header line of this table, as without the rule.)
        XCTAssertEqual(t.columns.map(\.header), ["31.12.2025 t€", "31.12.2024 t€"])
        XCTAssertEqual(values(t.rows.first { $0.label == "1. Aineettomat oikeudet" }), [254, 254])
        XCTAssertEqual(values(t.rows.first { $0.label == "AINEETTOMAT HYÖDYKKEET YHTEENSÄ" }), [509, 498])
    }

    /// Words-then-figure in fewer than three rows, or in a column of figures, is no missing bound.
    func testFigureInLabelCellNeedsRowsOfIt() {
        XCTAssertNil(FigureInLabelCell.rewrite(["||2024|2023|", "|---|---|---|", "|Tulot<br>5|6|7|", "|Menot<br>8|9|1|"]))
        XCTAssertNil(FigureInLabelCell.rewrite(["||2024|2023|", "|---|---|---|", "|Tulot|5|6|", "|Menot|8|9|", "|Netto|1|2|"]))
        XCTAssertNotNil(FigureInLabelCell.rewrite(["||2024|2023|", "|---|---|---|", "|1.|Tulot<br>5|6|", "|2.|Menot<br>8|9|", "|3.|Netto<br>1|2|"]))
        XCTAssertNil(FigureInLabelCell.wordsThenFigure("Tulot<br>2024"))
    }

    // MARK: TwoFigureCells

    /// lapua-sivla p. 18 (investments): "Tot. 09/2024 Tot-%" over cells "-9.706<br>97,1".
    func testTwoFiguresInOneCellAreTwoColumns() throws {
        let t = try table(["||**TA 2024   \u{200B}**|**Tot. 09/2024 Tot-\u{200B}%**|", "|---|---|---|",
                           "|Yläkoulun irtaimisto \u{200B}|-\u{200B}10.000|-\u{200B}9.706<br>97,\u{200B}1|",
                           "|Lukio|-\u{200B}10.000|-\u{200B}245<br>2,\u{200B}5|"], "lapua.md")
        XCTAssertEqual(t.columns.count, 3)
        XCTAssertEqual(values(t.rows.first { $0.label == "Lukio" }), [-10000, -245, 2.5].map { Decimal($0) })
        XCTAssertTrue(t.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.contains(.merged) != true } })
    }

    /// Rows stacked at a page break (label cell of two lines) and columns with a one-figure cell
    /// are left to `PipeCellBreaks` and `TabCellReader`.
    func testTwoFigureCellsLeaveStackedRowsAndMixedColumns() {
        XCTAssertNil(TwoFigureCells.rewrite(["||TA|TP|", "|---|---|---|", "|TULOT<br>NETTOMENO|0<br>-99 806|1<br>2|", "|MENOT|5|6|"]))
        XCTAssertNil(TwoFigureCells.rewrite(["||TA|TP|", "|---|---|---|", "|Tulot|1|2<br>3|", "|Menot|5|6|"]))
    }

    // MARK: HeaderInFirstRow

    /// synth kalliosalo p. 2: "TP<br>2024<br>665 210,64 €" and "346,9<br>Muutos<br>%" in the first row.
    func testHeaderLinesLeaveTheFirstRow() throws {
        let t = try table(["||**Kunt**|**a**||", "|---|---|---|---|",
                           "|**Toiminnan rahavirta**|**TP**<br>**2024**<br>**665 210,64 €**|**TP**<br>**2023**<br>**148 841,30 €**|**346,9**<br>**Muutos**<br>**%**|",
                           "|Vuosikate|705 045,00 €|155 473,37 €|353,5|"], "kalliosalo.md")
        // The broken group line "Kunt" / "a" above stays in front of the headers.
        XCTAssertEqual(t.columns.map(\.header), ["Kunt TP 2024", "a TP 2023", "Muutos %"])
        XCTAssertEqual(values(t.rows.first { $0.label == "Toiminnan rahavirta" }), [665210.64, 148841.30, 346.9].map { Decimal(string: "\($0)") })
    }

    /// A first row of plain figures, or with a figure in its label, keeps its cells.
    func testFirstRowOfFiguresStays() {
        let plain = "||TA|TP|\n|---|---|---|\n|Tulot|1<br>2|3<br>4|"
        XCTAssertEqual(HeaderInFirstRow.reorder(plain), plain)
        let labelled = "||TA|TP|\n|---|---|---|\n|Tulot<br>5|TA<br>1|TP<br>3|"
        XCTAssertEqual(HeaderInFirstRow.reorder(labelled), labelled)
    }

    // MARK: Label columns (MarkerLabelColumn, EmptyLabelColumn, UnitHeaderCell)

    /// synth petajalampi pp. 2–3: the rows a page break stacked, "|1.<br>2.|…", are markers too.
    func testStackedMarkersAreMarkers() {
        XCTAssertTrue(MarkerLabelColumn.isMarker("1. 2."))
        XCTAssertFalse(MarkerLabelColumn.isMarker("1. Tulot"))
        XCTAssertTrue(MarkerLabelColumn.applies([["A", "PYSYVÄT VASTAAVAT", "", ""], ["1.", "Rakennukset", "73427", "69500"],
                                                 ["1. 2.", "Osakkeet ja osuudet Rahamarkkinainstrumentit", "8208", "-"],
                                                 ["IV", "Rahatjapankkisaamiset", "6517", "10231"]]))
    }

    /// synth kurkivirta p. 4: a caption cut over the marker and label cells ("|**Vast**|**attavaa**|")
    /// in a row with no figure does not stop the join; a word in front of figures still does.
    func testCaptionRowInMarkerTable() {
        let rows = [["A", "PYSYVÄT VASTAAVAT", "", ""], ["1.", "Aineettomat oikeudet", "32", "31"],
                    ["2.", "Muut pitkävaikutteiset menot", "383", "355"], ["Vast", "attavaa", "", ""]]
        XCTAssertTrue(MarkerLabelColumn.applies(rows))
        XCTAssertFalse(MarkerLabelColumn.applies(rows + [["Tulot", "x", "5", "6"]]))
    }

    /// synth petajalampi p. 3: the key figures under "|||**2020**|**2019**|" with the marker column
    /// empty; the last two rows stacked in one pipe row with the label in the second cell.
    func testEmptyMarkerColumnLeavesTheLabelsInTheSecondCell() throws {
        let t = try table(["|||**2020**|**2019**|", "|---|---|---|---|",
                           "||Omavaraisuusaste, %|59,2 %|60,3 %|",
                           "||Suhteellinen velkaantuneisuus, %|38,5 %|34,3 %|",
                           "||Kertynyt yli-/alijäämä, 1 000 €|29236|25943|",
                           "||Lainasaamiset 31.12., 1 000 €<br>Asukasmäärä|544<br>11899|508<br>12018|"], "petajalampi.md")
        XCTAssertEqual(t.columns.map(\.header), ["2020", "2019"])
        XCTAssertEqual(values(t.rows.first { $0.label == "Kertynyt yli-/alijäämä, 1 000 €" }), [29236, 25943])
        XCTAssertEqual(values(t.rows.first { $0.label == "Asukasmäärä" }), [11899, 12018])
        XCTAssertFalse(EmptyLabelColumn.applies([["", "Tulot", "5", "6"], ["", "Menot", "7", "8"]]))
        XCTAssertFalse(EmptyLabelColumn.applies([["", "Tulot", "5"], ["", "12", "7"], ["", "Netto", "1"], ["", "Muut", "2"]]))
    }

    /// synth kivimaki p. 3: "1000 €" over the label column is the header's, so the first row is
    /// the header and the marker column joins the labels.
    func testUnitInTheHeaderRow() throws {
        let t = try table(["||**1000 €**|**31.12.**|**2020**|**31.12**|**.2019**|", "|---|---|---|---|---|---|",
                           "|**A**|**PYSYVÄT VASTAAVAT**|||||",
                           "|I|Aineettomat hyödykkeet|||||",
                           "|1.|Aineettomat oikeudet|205||201||",
                           "|2.|Muutpitkävaikutteiset menot|446|651|460|661|"], "kivimaki.md")
        XCTAssertEqual(t.columns.count, 4)
        XCTAssertEqual(values(t.rows.first { $0.label == "2. Muutpitkävaikutteiset menot" }), [446, 651, 460, 661])
    }

    // MARK: NarrowerBlockAfterGap

    /// synth kuusiselka p. 4: after three blank lines, rows of three cells under rows of five are
    /// another table; their figures are not put in the first two of four columns.
    func testNarrowerRowsAfterAGapAreAnotherTable() throws {
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent("kuusiselka.md").path
        try ["||**31.12.2020**||**31.12.2019**||", "|---|---|---|---|---|",
             "|Omavaraisuusaste, %||67,9%||70,1%|",
             "|Kertynytyli-/alijäämä, 1 000 €||135.801||130.808|", "", "", "",
             "|Kertynytyli-/alijäämä, €/asukas|1.537|1.482|", "|---|---|---|",
             "|Lainakanta 31.12., 1 000 €|151.142|130.302|"].joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        // `SpacerPipeColumns` reads the first block's year headers over the figures beside them
        // (no row fills both), three cells as the rows after the gap: one table, as the truth's
        // taseen-tunnusluvut (p. 4) is; no figure goes under a column it does not belong to.
        let tables = Pipeline().run(path: path).allTables
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables.first?.columns.map(\.header), ["31.12.2020", "31.12.2019"])
        XCTAssertEqual(tables.first?.rows.map(\.label), ["Omavaraisuusaste, %", "Kertynytyli-/alijäämä, 1 000 €",
                                                         "Kertynytyli-/alijäämä, €/asukas", "Lainakanta 31.12., 1 000 €"])
        XCTAssertTrue(tables.first?.rows.allSatisfy { $0.cells.count == 2 && $0.cells.allSatisfy { $0 != nil } } ?? false)
        XCTAssertTrue(NarrowerBlockAfterGap.startsAnother(["a", "1", "2"], width: 5))
        XCTAssertFalse(NarrowerBlockAfterGap.startsAnother(["a", "1", ""], width: 5))
    }
}
