import Foundation
import XCTest
@testable import LukuCore

/// Pipe cells read back (md8): `LeaderDotsInPipeCells` and `MinusAmongCellLines`, on lines copied
/// from the pymupdf4llm Markdown of the documents their doc comments name (hold-out 01 and 12 made
/// with pymupdf4llm 2.0 from /tmp/holdout-docs; kauhava and synth kuusimaki from .build-flavours).
final class MarkdownLeaderMinusTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-mdleader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    // MARK: LeaderDotsInPipeCells

    func testLeaderShapes() {
        XCTAssertEqual(LeaderDotsInPipeCells.strippedLine("Myyntituotot .. .. ....... ..... ..... ...."), "Myyntituotot")
        XCTAssertEqual(LeaderDotsInPipeCells.strippedLine(". ..... ..... . 798 009,18"), "798 009,18")
        XCTAssertEqual(LeaderDotsInPipeCells.strippedLine(".. ..... ....."), "")
        // A full stop, an abbreviation or two dots are no leader.
        XCTAssertEqual(LeaderDotsInPipeCells.strippedLine("Muut kulut jne."), "Muut kulut jne.")
        XCTAssertEqual(LeaderDotsInPipeCells.strippedLine(".. 5"), ".. 5")
        XCTAssertEqual(LeaderDotsInPipeCells.strippedLine("1.2. Tulot"), "1.2. Tulot")
        XCTAssertEqual(LeaderDotsInPipeCells.fused("Vuosikate ........................ 1 023 602,41").map { $0.0 + "|" + $0.1 }, "Vuosikate|1 023 602,41")
        XCTAssertEqual(LeaderDotsInPipeCells.fused("Investointimenot ............. 2 067 871,46-").map { $0.0 + "|" + $0.1 }, "Investointimenot|2 067 871,46-")
        XCTAssertNil(LeaderDotsInPipeCells.fused("Kaupunginhallitus ....... sivu 77"))
        XCTAssertNil(LeaderDotsInPipeCells.fused("........ 57"))
    }

    /// Hold-out 01 (spaced leaders, parentheses for negatives) in pymupdf4llm: the leader ends the
    /// label cell and opens the first value cell, on its own line or before the figure.
    func testSpacedLeadersLeaveLabelAndFigure() throws {
        let text = """
        ## **Sivistyslautakunta** 

        € 

        ||**Talousarvio**<br>**2025**|**Muutokset**|**TA+muutokset**|**Toteutuma**|**Poikkeama**|**Tot-%**|
        |---|---|---|---|---|---|---|
        |**Toimintatuotot** .. .. .... ..... ..... ..... ..|... ..... .. **2 732 546,90**|**61 371,40**|**2 793 918,30**|**2 803 061,58**|**9 143,28**|**100,3**|
        |Myyntituotot .. .. ....... ..... ..... ....|. ..... ..... . 798 009,18|0,00|798 009,18|883 182,67|85 173,49|110,7|
        |Maksutuotot . .. ... . ..... ..... ..... ...|.. ..... .....<br>499 405,07|61 371,40|560 776,47|585 324,56|24 548,09|104,4|
        |Tuet ja avustukset ... ..... ..... ..... ..|... ..... .... 305 927,85|0,00|305 927,85|293 419,52|(12 508,33)|95,9|
        |**Toimintakulut** .. .. .... ..... ..... ..... ...|.. ..... . **(2 826 312,54)**|**(165 045,19)**|**(2 991 357,73)**|**(3 042 200,08)**|**(50 842,35)**|**101,7**|
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        XCTAssertEqual(table.rows.map(\.label), ["Toimintatuotot", "Myyntituotot", "Maksutuotot", "Tuet ja avustukset", "Toimintakulut"])
        XCTAssertEqual(table.rows[0].cells.first??.value, Decimal(string: "2732546.90"))
        XCTAssertEqual(table.rows[1].cells.map { $0?.value }, [Decimal(string: "798009.18"), 0, Decimal(string: "798009.18"),
                                                             Decimal(string: "883182.67"), Decimal(string: "85173.49"), Decimal(string: "110.7")])
        XCTAssertEqual(table.rows[2].cells.first??.value, Decimal(string: "499405.07"))
        XCTAssertEqual(table.rows[2].cells.first??.flags, [])
        // The figures in parentheses keep their text; whatever the number reader makes of them,
        // none is a wrong number without a flag.
        XCTAssertEqual(table.rows[4].cells.first??.text, "(2 826 312,54)")
        for cell in table.rows[4].cells.dropLast() {
            let c = try XCTUnwrap(cell)
            XCTAssertTrue(c.value.map { $0 < 0 } ?? !c.flags.isEmpty, "\(c.text)")
        }
    }

    /// Hold-out 12 (one solid leader run) in pymupdf4llm: label, leader and the first figure in one
    /// cell; the first value column comes back under its header.
    func testSolidLeaderSplitsLabelFromFigure() throws {
        let text = """
        ## **RAHOITUSLASKELMA** 

        |**1.1.–30.6.**<br>**2025**|**1.1.–30.6.**<br>**2024**|
        |---|---|
        |€|€|
        |Vuosikate ..................................................................................................................... 1 023 602,41|5 360 268,52|
        |Rahoitusosuudet investointimenoihin ............................................................................. 540 628,67|884 100,96|
        |Pysyvien vastaavien hyödykkeiden luovutustulot .......................................................... 404 958,31|271 099,26|
        |Pitkäaikaisten lainojen lisäys ....................................................................................... 3 733 211,26|497 674,12|
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let vuosikate = try XCTUnwrap(table.rows.first { $0.label == "Vuosikate" })
        XCTAssertEqual(vuosikate.cells.map { $0?.value }, [Decimal(string: "1023602.41"), Decimal(string: "5360268.52")])
        let lisays = try XCTUnwrap(table.rows.first { $0.label == "Pitkäaikaisten lainojen lisäys" })
        XCTAssertEqual(lisays.cells.map { $0?.value }, [Decimal(string: "3733211.26"), Decimal(string: "497674.12")])
        // The header cells stay over their own columns (the unit row under them joins them).
        XCTAssertEqual(table.columns.map(\.header), ["1.1.–30.6. 2025 €", "1.1.–30.6. 2024 €"])
        XCTAssertEqual(table.columns.map(\.year), [2025, 2024])
    }

    /// kauhava-tilinpaatos-2024 p. 2 in pymupdf4llm: a table of contents in one-cell pipe rows keeps
    /// its page numbers in the text, never as a value column.
    func testTableOfContentsRowsStayOneCell() throws {
        let rows = ["|Keskusvaalilautakunta .......................................................................................................................... 72|",
                    "|Tarkastuslautakunta ............................................................................................................................. 74|"]
        XCTAssertEqual(LeaderDotsInPipeCells.cleaned([[String(rows[0].dropFirst().dropLast())]]).count, 1)
        XCTAssertNil(LeaderFusedLabelColumn.rewrite(["|**Sisällys**|", "|---|"] + rows + rows))
        let document = try ingest((["|**Sisällys**|", "|---|"] + rows).joined(separator: "\n"))
        XCTAssertFalse(document.allTables.contains { $0.rows.contains { $0.cells.contains { $0?.value == 72 } } })
    }

    // MARK: MinusAmongCellLines

    func testMinusAmongLinesShapes() {
        XCTAssertEqual(MinusAmongCellLines.joined(["340", "−", "170 584,08"]), "−340 170 584,08")
        XCTAssertEqual(MinusAmongCellLines.joined(["2", "−070 794,23"]), "−2 070 794,23")
        XCTAssertEqual(MinusAmongCellLines.joined(["10,8%", "−"]), "−10,8%")
        XCTAssertEqual(MinusAmongCellLines.joined(["661", "−", "152"]), "−661 152")
        // A hyphen or an en dash alone is a placeholder; groups off the three-digit rule are not it.
        XCTAssertNil(MinusAmongCellLines.joined(["340", "-", "170 584"]))
        XCTAssertNil(MinusAmongCellLines.joined(["340", "–", "170 584"]))
        XCTAssertNil(MinusAmongCellLines.joined(["340", "−", "17 584"]))
        XCTAssertNil(MinusAmongCellLines.joined(["1340", "−", "170 584"]))
        XCTAssertNil(MinusAmongCellLines.joined(["−340 170 584"]))
    }

    /// Synth kuusimaki pp. 1–2 in pymupdf4llm: the negative figures read, their rows flagged; a
    /// row of ordinary figures stays unflagged.
    func testKuusimakiMinusAmongLinesReadFlagged() throws {
        let text = """
        #### **Rahoituslaskelma** 

        ||**2021**|**2020**|**Muutos**<br>**%**|
        |---|---|---|---|
        |**Toiminnan rahavirta**||||
        |Vuosikate|28 407 588,73|19 980 368,51|42,2%|
        |Satunnaiset erät|-|-||
        |Tulorahoituksen korjauserät|268<br>−<br>436,44|301<br>−<br>014,34|10,8%<br>−|
        |**Investointien rahavirta**||||
        |Investointimenot|15<br>−<br>210 541,63|19<br>−<br>750 274,75|23,0%<br>−|
        |Pitkäaikaisten lainojen vähennys|6<br>−328 322,81|4<br>−824 658,33|31,2%|
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let korjaus = try XCTUnwrap(table.rows.first { $0.label == "Tulorahoituksen korjauserät" })
        XCTAssertEqual(korjaus.cells.map { $0?.value }, [Decimal(string: "-268436.44"), Decimal(string: "-301014.34"), Decimal(string: "-10.8")])
        XCTAssertTrue(korjaus.cells.allSatisfy { $0?.flags == [.ambiguousSplit] })
        let vahennys = try XCTUnwrap(table.rows.first { $0.label == "Pitkäaikaisten lainojen vähennys" })
        XCTAssertEqual(vahennys.cells.map { $0?.value }, [Decimal(string: "-6328322.81"), Decimal(string: "-4824658.33"), Decimal(string: "31.2")])
        let vuosikate = try XCTUnwrap(table.rows.first { $0.label == "Vuosikate" })
        XCTAssertEqual(vuosikate.cells.map { $0?.flags ?? [] }, [[], [], []])
    }

    /// Rows stacked in one pipe row stay rows (`PipeCellBreaks`), even with a U+2212 minus.
    func testStackedRowsWithMinusStayRows() throws {
        let text = """
        ||**TA 2022**|**TOT 1-6/2022**|
        |---|---|---|
        |MENOT|−120 000|−60 000|
        |TULOT<br>NETTOMENO|12<br>−119 988|6<br>−59 994|
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        XCTAssertEqual(table.rows.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(table.rows[2].cells.map { $0?.value }, [-119_988, -59_994])
    }

    // MARK: CodeLedPipeLabel

    /// Synth saarnijoki p. 7 in pymupdf4llm: the code and the name's first line in a row of their
    /// own; the item keeps its code and whole name, the group its heading.
    func testCodeRowJoinsTheNameUnderIt() throws {
        let text = """
        ||**Talousarvio muutosten jälkeen**|**Toteutuma 2024**|**Poikkeama 2024**|**Tot. %**|
        |---|---|---|---|---|
        ||_€_|_€_|_€_||
        |**Talonrakennus**|||||
        |4030 Päiväkoti|||||
        |Tuulenpesän uudisrakennus|−3.414.000|−2.567.957|−846.043|75,2|
        |4040 Koulukeskuksen<br>peruskorjausja laajennus|−3.001.000|−2.456.325|−544.675|81,9|
        |**Talonrakennus yhteensä**|**−9.605.000**|**−7.874.627**|**−1.730.373**|**82,0**|
        |**Kunnallistekniikka**|||||
        |4060 Katuvalaistuksen|||||
        |LED-saneeraus|−269.000|siirretty|−269.000||
        |4080 Keskustan katujen<br>saneeraus|−3.180.000|−2.601.056|−578.944|81,8|
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let paivakoti = try XCTUnwrap(table.rows.first { $0.label == "4030 Päiväkoti Tuulenpesän uudisrakennus" })
        XCTAssertEqual(paivakoti.group, "Talonrakennus")
        XCTAssertEqual(paivakoti.cells.first??.value, -3_414_000)
        let led = try XCTUnwrap(table.rows.first { $0.label == "4060 Katuvalaistuksen LED-saneeraus" })
        XCTAssertEqual(led.group, "Kunnallistekniikka")
        XCTAssertEqual(led.cells.first??.value, -269_000)
    }

    /// Hold-out 10 p. 1 in pymupdf4llm: two items of the same name under two codes stay two items.
    func testSameNameUnderTwoCodesIsTwoItems() throws {
        let rows: [[String]] = [["**Talonrakennus**", "", ""], ["4142 Katuvalaistuksen", "", ""], ["LED-saneeraus", "35 070", "0"],
                                ["4149 Terveysaseman vesikaton uusiminen", "802 824", "0"], ["4184 Katuvalaistuksen", "", ""],
                                ["LED-saneeraus", "259 142", "0"], ["4191 Terveysaseman vesikaton", "", ""]]
        let joined = CodeLedPipeLabel.join(rows, bold: [true] + Array(repeating: false, count: 6)).rows.map { $0[0] }
        XCTAssertEqual(joined, ["**Talonrakennus**", "4142 Katuvalaistuksen LED-saneeraus", "4149 Terveysaseman vesikaton uusiminen",
                                "4184 Katuvalaistuksen LED-saneeraus", "4191 Terveysaseman vesikaton"])
    }

    /// Synth kuusiselka p. 7 and vaahterajoki p. 8 in pymupdf4llm: a code heading over its item's
    /// own rows (Menot, Tulot, Netto) stays a heading.
    func testCodeHeadingOverItsRowsStaysHeading() {
        let rows: [[String]] = [["7230 Vesi-ja viemäriverkoston saneeraus", "8.700", "6.728"], ["7250 Keskustan katujen saneeraus", "", ""],
                                ["Menot", "4.160", "4.599"], ["Tulot", "1.715", "1.896"], ["Netto", "2.445", "2.703"],
                                ["7300 Hulevesijärjestelmät", "10.464", "11.002"]]
        let result = CodeLedPipeLabel.join(rows, bold: Array(repeating: false, count: rows.count))
        XCTAssertEqual(result.rows, rows)
        XCTAssertTrue(result.joined.isEmpty)
    }

    // MARK: UnlabelledSideBySideHalves

    /// Hold-out 05 (tase) in pymupdf4llm: the sides' titles are headings above the table and the
    /// header has empty label cells; the right side becomes a table of its own.
    func testUnlabelledSideBySideHalvesSplit() throws {
        let lines = ["||**2025**|**2024**||**2025**|**2024**|", "|---|---|---|---|---|---|", "||1 000 €|1 000 €||1 000 €|1 000 €|",
                     "|**A PYSYVÄT VASTAAVAT**|**73 944,0**|**60 660,9**|**A OMA PÄÄOMA**|**57 552,4**|**24 318,6**|",
                     "|**I Aineettomat hyödykkeet**|**10 855,1**|**15 312,1**|I Peruspääoma|10 701,5|6 564,8|",
                     "|Aineettomat oikeudet|4 021,8|7 861,4|II Muut omat rahastot|15 659,5|9 689,0|",
                     "|Siirtosaamiset|10 765,1|7 735,1||||",
                     "|**VASTAAVAA YHTEENSÄ**|**144 957,0**|**128 705,0**||||"]
        XCTAssertEqual(UnlabelledSideBySideHalves.halfWidth(lines, at: 0), 3)
        let document = try ingest((["## **VASTAAVAA** ", "", "## **VASTATTAVAA** ", ""] + lines).joined(separator: "\n"))
        let peruspaaoma = try XCTUnwrap(document.allTables.flatMap(\.rows).first { $0.label == "I Peruspääoma" })
        XCTAssertEqual(peruspaaoma.cells.map { $0?.value }, [Decimal(string: "10701.5"), Decimal(string: "6564.8")])
        let oikeudet = try XCTUnwrap(document.allTables.flatMap(\.rows).first { $0.label == "Aineettomat oikeudet" })
        XCTAssertEqual(oikeudet.cells.map { $0?.value }, [Decimal(string: "4021.8"), Decimal(string: "7861.4")])
    }

    /// Two column groups with an empty spacer column between them and no labels there: one table.
    func testSpacerColumnIsNoSecondSide() {
        let lines = ["||**2025**|**2024**||**2025**|**2024**|", "|---|---|---|---|---|---|",
                     "|Menot|-5 000|-4 000||-5 100|-4 100|", "|Tulot|1 000|900||1 100|950|", "|Netto|-4 000|-3 100||-4 000|-3 150|"]
        XCTAssertNil(UnlabelledSideBySideHalves.halfWidth(lines, at: 0))
        XCTAssertNil(SideBySidePipeTables.halfWidth(lines, at: 0))
    }

    // MARK: SuperscriptMarkInCell

    func testSuperscriptMarkShapes() {
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("324 730<sup>3)</sup>"), "324 730 3)")
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("**–8 754<sup>*</sup>**"), "**–8 754 ***")
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("1 234<sup>1</sup>"), "1 234\u{00B9}")
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("Pinta-ala m<sup>2</sup>"), "Pinta-ala m<sup>2</sup>")
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("1 234<sup>a</sup>"), "1 234<sup>a</sup>")
    }

    /// Hold-out 08 p. 2 in pymupdf4llm: a figure with a raised mark becomes the figure and its
    /// spaced mark, which the cell reader reads as the figure (`FootnotedValue`, as in the PDF and
    /// `-layout` paths), the mark kept in the text; the row's identities confirm both values
    /// (312 917 + 11 813 = 324 730; −122 583 − 8 754 = −131 337).
    func testSuperscriptMarkedFiguresAreReadWithTheirMarks() throws {
        let text = """
        ||**TA 2025**|**Muutokset**|**TA+muutokset**|**Toteutuma**|**Poikkeama**|**Tot-%**|
        |---|---|---|---|---|---|---|
        |Tuet ja avustukset|273 410|39 507|312 917|324 730<sup>3)</sup>|11 813|103,8|
        |Henkilöstökulut|–124 927|2 344|–122 583|–131 337|–8 754<sup>*</sup>|107,1|
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let tuet = try XCTUnwrap(table.rows.first { $0.label == "Tuet ja avustukset" })
        XCTAssertEqual(tuet.cells[3]?.value, 324_730)
        XCTAssertEqual(tuet.cells[3]?.text, "324 730 3)")
        XCTAssertEqual(tuet.cells[4]?.value, 11_813)
        let henk = try XCTUnwrap(table.rows.first { $0.label == "Henkilöstökulut" })
        XCTAssertEqual(henk.cells[4]?.value, -8_754)
        XCTAssertEqual(henk.cells[4]?.text, "–8 754 *")
    }
}
