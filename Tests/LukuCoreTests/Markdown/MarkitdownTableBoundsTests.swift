import Foundation
import XCTest
@testable import LukuCore

/// Where one table ends and the next starts, and figures written into the wrong pipe cell, in
/// markitdown's Markdown (pdfminer text on pdfplumber's grid), on lines copied from its Markdown of
/// ../shared/real (Lapua TA 2025, Lapua's minutes) and synth kurkivirta: a board's header row inside
/// the grid starts a table (`NamedPeriodHeaderCell` in `TabHeaderCaption.startsHeader`); a caption
/// line ending in a colon starts one (`ColonCaptionLine`); figures joined to the label by their
/// minus are the first value cells' (`FiguresFusedToPipeLabel`); a placeholder dash joined to the
/// next cell's figure makes the row doubtful (`DashPlaceholderBesideFigure`); item labels in the
/// second column under group labels in the first are one label column (`OuterColumnGroupLabels`).
final class MarkitdownTableBoundsTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-bounds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    /// Lapua TA 2025 p. 2 (markitdown): three boards in one pipe grid, each board's header a row
    /// of it. Read as one table, KAUPUNGINVALTUUSTO's rows were more rows of VAALIT's.
    func testLapuaBoardHeaderRowStartsATable() throws {
        let text = """
        | VAALIT              | TP 2023 | TA 2024 | Raami 2025 |     | TA 2025 |
        | ------------------- | ------- | ------- | ---------- | --- | ------- |
        | Toimintatuotot      | 26 182  | 60 000  | 20 000     |     | 20 000  |
        | Toimintakulut       | -25 908 | -60 000 | -40 000    |     | -40 000 |
        | Toimintakate        | 274     | 0       | -20 000    |     | -20 000 |
        | KAUPUNGINVALTUUSTO  | TP2023  | TA 2024 | Raami 2025 |     | TA 2025 |
        | Toimintatuotot      | 0       | 0       |            | 0   | 0       |
        | Toimintakulut       | -68 767 | -76 000 | -76 000    |     | -70 200 |
        | Toimintakate        | -68 767 | -76 000 | -76 000    |     | -70 200 |
        | TARKASTUSLAUTAKUNTA | TP 2023 | TA 2024 | Raami 2025 |     | TA 2025 |
        | Toimintatuotot      | 0       | 0       |            |     | 0       |
        | Toimintakulut       | -17 059 | -36 700 | -36 700    |     | -36 700 |
        | Toimintakate        | -17 059 | -36 700 | -36 700    |     | -36 700 |
        """
        let tables = try ingest(text).allTables
        XCTAssertEqual(tables.count, 3)
        guard tables.count == 3 else { return }
        XCTAssertEqual(tables.map { $0.rows.count }, [3, 3, 3])
        XCTAssertEqual(tables[1].caption, "KAUPUNGINVALTUUSTO")
        XCTAssertEqual(tables[1].columns.map(\.header), ["TP2023", "TA 2024", "Raami 2025", "TA 2025"])
        XCTAssertEqual(values(tables[1].rows[1]), [-68767, -76000, -76000, -70200])
        XCTAssertEqual(values(tables[2].rows[2]), [-17059, -36700, -36700, -36700])
        XCTAssertFalse(tables.contains { $0.rows.contains { $0.label == "KAUPUNGINVALTUUSTO" } })
    }

    /// A value row whose cells are words and a period is no header when fewer than two of them
    /// are column kinds: "| Kunta | Raami 2025 | Vuosi 2024 |" inside a table stays a row.
    func testNamedPeriodsAloneDoNotStartATable() throws {
        XCTAssertTrue(NamedPeriodHeaderCell.matches("Raami 2025"))
        XCTAssertFalse(NamedPeriodHeaderCell.matches("TA 2025"))  // a kind: a header token already
        XCTAssertFalse(NamedPeriodHeaderCell.matches("Toimintatuotot 2025 yht"))
        XCTAssertFalse(NamedPeriodHeaderCell.matches("raami 2025"))
        XCTAssertFalse(TabHeaderCaption.startsHeader(["Kunta", "Raami 2025", "Kehys 2024"]))
        XCTAssertTrue(TabHeaderCaption.startsHeader(["KAUPUNGINVALTUUSTO", "TP2023", "TA 2024", "Raami 2025", "TA 2025"]))
    }

    /// Lapua's minutes p. 18 (markitdown): each department under its name and a colon, over the
    /// same header row. Read as continuations the four were one table; varhaiskasvatus's rows are
    /// its own, and its Toimintakulut figures, written into the label cell, are the first two cells.
    func testLapuaColonCaptionStartsATable() throws {
        let text = """
        oppilashuolto:
        | \u{00A0}                                   | TA 2024             | Tot. 09/2024Tot-\u{200B}% |       |     |     |
        | ----------------------------------- | ------------------- | ------------------ | ----- | --- | --- |
        | Toimintatuotot                      | \u{00A0} 119.250            | 55.177             | 46,\u{200B}3 |     |     |
        | Toimintakulut *)-\u{200B} 980.650-\u{200B}747.137 |                     |                    | 76,\u{200B}2 |     |     |
        | Toimintakate                        | -\u{200B} 861.400-\u{200B}691.960 |                    | 80,\u{200B}3 |     |     |
        varhaiskasvatus:
        | \u{00A0}                                       | TA 2024     | Tot. 09/2024Tot-\u{200B}% |       |     |     |
        | --------------------------------------- | ----------- | ------------------ | ----- | --- | --- |
        | Toimintatuotot                          | \u{00A0} 381.300    | 239.398            | 62,\u{200B}8 |     |     |
        | Toimintakulut *)-\u{200B} 9.739.800-\u{200B}6.771.907 |             |                    | 69,\u{200B}5 |     |     |
        | Toimintakate                            | -\u{200B}9.358.500 | -\u{200B}6.532.510        | 69,\u{200B}8 |     |     |
        """
        let tables = try ingest(text).allTables
        XCTAssertEqual(tables.count, 2)
        guard tables.count == 2 else { return }
        XCTAssertEqual(tables.map { $0.rows.count }, [3, 3])
        let second = tables[1].rows
        XCTAssertEqual(values(second[0]).prefix(3), [381300, 239398, Decimal(string: "62.8")])
        XCTAssertEqual(values(second[2]).prefix(3), [-9358500, -6532510, Decimal(string: "69.8")])
        // The figures read off the label: the printed row "Toimintakulut *) -9.739.800 -6.771.907 69,5", in doubt.
        XCTAssertEqual(second[1].label, "Toimintakulut *)")
        XCTAssertEqual(values(second[1]).prefix(3), [-9739800, -6771907, Decimal(string: "69.5")])
        XCTAssertTrue(second[1].cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        XCTAssertTrue(second[0].cells.compactMap { $0 }.allSatisfy { $0.flags.isEmpty })
    }

    /// Lines between the parts of one table that a page break leaves (no colon) still join them.
    func testColonCaptionOnlyNamesItsTable() throws {
        let lines = ["| a | 1 |", "Sivu 2", "| b | 2 |", "opetustoiminta:", "| c | 3 |"].map {
            TextLine(page: 1, words: $0.split(separator: " ").map { Word(text: String($0)) })
        }
        XCTAssertFalse(ColonCaptionLine.namesTable(at: 2, after: 0, lines: lines))
        XCTAssertTrue(ColonCaptionLine.namesTable(at: 4, after: 2, lines: lines))
    }

    /// The label-fused figures: grouped negatives after a label word or mark, nothing else.
    func testFiguresFusedToLabelSplit() throws {
        let (label, figures) = try XCTUnwrap(FiguresFusedToPipeLabel.split("Yläkoulun irtaimisto-\u{200B}10.000"))
        XCTAssertEqual(label, "Yläkoulun irtaimisto")
        XCTAssertEqual(figures, ["-\u{200B}10.000"])
        XCTAssertNil(FiguresFusedToPipeLabel.split("Sosiaali- ja terveyspalvelut"))
        XCTAssertNil(FiguresFusedToPipeLabel.split("Investoinnit 2023-2024"))
        XCTAssertNil(FiguresFusedToPipeLabel.split("Kertynyt yli-/alijäämä"))
        XCTAssertNil(FiguresFusedToPipeLabel.split("Hanke-245"))  // not grouped: may be a code
        // A filled first value cell: the label's figure is not that cell's, the line stays.
        let line = "| Yläkoulun irtaimisto-\u{200B}10.000 | -\u{200B}9.706 | 97,\u{200B}1 |"
        XCTAssertEqual(FiguresFusedToPipeLabel.reorder(line), line)
    }

    /// Synth kurkivirta (HTML-made, markitdown) rahoituslaskelma and tase: a placeholder dash of
    /// the empty cell before joined to the next figure ("- 6 489" is "–" and 6 489): the row is in doubt.
    func testKurkivirtaDashBesideFigureIsDoubted() throws {
        let text = """
        |     | 2025 |     | 2024 |     |
        | --- | ---- | --- | ---- | --- |
        | Pitkäaikaisten lainojen lisäys   | 1 900  |      | 7 300 |         |
        | Pitkäaikaisten lainojen vähennys | -1 611 |      | -811  |         |
        | Lyhytaikaisten lainojen muutos   | -1 000 | -711 |       | - 6 489 |
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let row = try XCTUnwrap(table.rows.first { $0.label == "Lyhytaikaisten lainojen muutos" })
        XCTAssertTrue(row.cells.compactMap { $0 }.filter { $0.value != nil }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        // The rule marks that row alone (the cut-down grid's headers doubt the others on their own).
        let marked = DashPlaceholderBesideFigure.mark(text).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(marked.indices.filter { marked[$0].contains(SpacerPipeColumns.doubtMark) }, [4])
        XCTAssertTrue(DashPlaceholderBesideFigure.dashThenFigure("- 1 865"))
        XCTAssertFalse(DashPlaceholderBesideFigure.dashThenFigure("-1 865"))
        XCTAssertFalse(DashPlaceholderBesideFigure.dashThenFigure("-"))
    }

    /// Its minus apart from every figure (pymupdf4llm of the sheet-made synth joutsenkyla) is the
    /// document's minus: no row is doubted.
    func testJoutsenkylaDetachedMinusIsNotDoubted() throws {
        let text = """
        ||**2020**||**2019**||
        |---|---|---|---|---|
        |Henkilöstökulut|- 35 008 194||- 33 750 548||
        |Palvelujen ostot|- 27 328 416||- 26 542 879||
        |Toimintakate||- 65 733 955||- 63 598 143|
        """
        XCTAssertEqual(DashPlaceholderBesideFigure.mark(text), text)
    }

    /// Synth varpuvirta (Word-made, markitdown) p. 4: the lyhytaikainen vieras pääoma's items in the
    /// second pipe column, the total's label in the first. The rows were lost; now each is read.
    func testVarpuvirtaItemsUnderOuterTotalLabel() throws {
        let text = """
        |                      | Lainat rahoitus- ja vakuutuslaitoksilta | 19 595 153 |         |             | 19 198 288 |         |             |
        | -------------------- | ------------------- | ---------- | ------- | ----------- | ---------- | ------- | ----------- |
        |                      | Saadut ennakot      |            | 207 613 |             |            | 209 170 |             |
        |                      | Ostovelat           | 1 983 950  |         |             | 1 936 740  |         |             |
        |                      | Muut velat          | 1 780 261  |         |             | 1 858 650  |         |             |
        |                      | Siirtovelat         | 2 748 440  |         | 26 315 417  | 2 595 260  |         | 25 798 107  |
        | Vastattavaa yhteensä |                     |            |         | 399 201 212 |            |         | 404 144 879 |
        """
        let rows = try ingest(text).allTables.flatMap(\.rows)
        let muut = try XCTUnwrap(rows.first { $0.label == "Muut velat" })
        XCTAssertEqual(muut.cells.compactMap { $0?.value }, [1780261, 1858650])
        let total = try XCTUnwrap(rows.first { $0.label == "Vastattavaa yhteensä" })
        XCTAssertEqual(total.cells.compactMap { $0?.value }, [399201212, 404144879])
        XCTAssertTrue(OuterColumnGroupLabels.applies([["", "Ostovelat", "1", ""], ["", "Muut velat", "2", ""],
                                                      ["", "Siirtovelat", "3", ""], ["Yhteensä", "", "", "6"]]))
        // A second column of figures is a value column, not labels.
        XCTAssertFalse(OuterColumnGroupLabels.applies([["Menot", "", "5"], ["", "12", "3"], ["", "4", "2"], ["", "7", "1"]]))
        // A row filling both cells: the second column is a column of its own.
        XCTAssertFalse(OuterColumnGroupLabels.applies([["A", "Ostovelat", "1"], ["", "Muut velat", "2"],
                                                       ["", "Siirtovelat", "3"], ["", "Velat", "4"]]))
    }
}
