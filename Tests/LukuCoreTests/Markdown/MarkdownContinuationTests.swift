import Foundation
import XCTest
@testable import LukuCore

/// Converter Markdown tables continued over a page and numbers a converter printed without their
/// zeros (issue 7): `WordedPageFooter`, `NarrowerPipeContinuation`, `LostZerosRestored`; each on
/// lines copied from the real or synthetic extractor output named in its test, or on the
/// pymupdf4llm Markdown committed in corpus/.
final class MarkdownContinuationTests: XCTestCase {
    private func ingest(_ text: String, name: String = "copied.md") throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-mdcont-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    // MARK: WordedPageFooter

    func testSivuFooterReadsAsItsNumber() {
        XCTAssertEqual(WordedPageFooter.number("Sivu 5"), "5")
        XCTAssertEqual(WordedPageFooter.number("**Sivu** 2 (6)"), "2/6")
        XCTAssertEqual(PageNumberLines.footNumber("Sivu 12 ").map { $0.0 }, 12)
        XCTAssertEqual(PageNumberLines.footNumber("Sivu 2/6").map { $0.1 }, 6)
        // Other words before a number, or more words, are no footer.
        XCTAssertNil(WordedPageFooter.number("Liite 5"))
        XCTAssertNil(WordedPageFooter.number("Sivu 5 jatkuu"))
        XCTAssertNil(PageNumberLines.footNumber("Sivuja 5"))
    }

    /// Synth koivukyla (HTML-made) in pymupdf4llm: the balance sheet's VASTAAVAA goes on after the
    /// footer "Sivu 2" with a pipe table headed by its first row, "**B VAIHTUVAT VASTAAVAT**";
    /// the footers give the pages back and the two parts are one table.
    func testSivuFootersGivePagesAndTheTableReadsOnAcrossThem() throws {
        let text = """
        |Korkokulut|–981|–416|
        |---|---|---|
        |VUOSIKATE|13 537|16 487|



        Sivu 1 

        ##### **VASTAAVAA** 

        |VASTAAVAA|31.12.2022<br>1 000 €|31.12.2021<br>1 000 €|
        |---|---|---|
        |**A PYSYVÄT VASTAAVAT**|||
        |SIJOITUKSET YHTEENSÄ|12 451|11 572|
        |PYSYVÄT VASTAAVAT YHTEENSÄ|193 106|194 873|



        Sivu 2 

        |**B VAIHTUVAT VASTAAVAT**|||
        |---|---|---|
        |I Vaihto-omaisuus|||
        |1. Aineet ja tarvikkeet|223|214|
        |VAIHTO-OMAISUUS YHTEENSÄ|223|214|



        Sivu 3 
        """
        let document = try ingest(text)
        XCTAssertEqual(document.source.pages, 3)
        let tase = try XCTUnwrap(document.allTables.first { $0.caption == "VASTAAVAA" })
        XCTAssertEqual(tase.page, 2)
        XCTAssertEqual(tase.rows.map(\.label), ["SIJOITUKSET YHTEENSÄ", "PYSYVÄT VASTAAVAT YHTEENSÄ",
                                                "1. Aineet ja tarvikkeet", "VAIHTO-OMAISUUS YHTEENSÄ"])
        XCTAssertEqual(tase.rows[2].cells.map { $0?.value }, [223, 214])
        XCTAssertEqual(tase.rows[2].group, "I Vaihto-omaisuus")
    }

    // MARK: PipeTableContinuation without a unit row

    /// Synth kivimaki (Word-made) in pymupdf4llm: the income statement's header, cut into
    /// "Tilinp" / "äätös", is repeated after the footer "Sivu 1" and the running head; the rows
    /// after it go on in the same table.
    func testRepeatedHeaderAfterThePageContinuesTheTable() throws {
        let text = """
        ##### **Tuloslaskelma ja sen tunnusluvut** 

        ||**Tilinp**|**äätös**|**Tilinp**|**äätös**|
        |---|---|---|---|---|
        |**1 000 euroa**|**20**|**20**|**20**|**19**|
        |Valtionosuudet||56 624||57 532|
        |**Rahoitustuototja -kulut**|||||
        |Korkotuotot|277||529||



        Sivu 1 

        Kivimäen kaupunki | Tilinpäätös 2020 

        ||**Tilinp**|**äätös**|**Tilinp**|**äätös**|
        |---|---|---|---|---|
        |**1 000 euroa**|**20**|**20**|**20**|**19**|
        |Muut rahoitustuotot|430||544||
        |Korkokulut|-879||-415||
        |Muut rahoituskulut|-17|-189|-28|630|
        """
        let document = try ingest(text)
        let tables = document.allTables
        XCTAssertEqual(tables.count, 1)
        // (The "1 000 euroa" line under the cut header is read as a row on both pages, as before.)
        XCTAssertEqual(tables.first?.rows.map(\.label).filter { $0 != "1 000 euroa" },
                       ["Valtionosuudet", "Korkotuotot", "Muut rahoitustuotot", "Korkokulut", "Muut rahoituskulut"])
        XCTAssertEqual(tables.first?.rows.last?.cells.map { $0?.value }, [-17, -189, -28, 630])
    }

    /// pymupdf4llm's tp2024 (corpus/) p. 5: the käyttötalous table runs straight on into the unit
    /// table under the same header, in one run of pipe rows: two tables, as in the PDF.
    func testHeaderRepeatedInsideOneRunOfRowsStartsAnotherTable() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("corpus/kemijarvi-hallintopalvelut-tp2024.pymupdf4llm.md").path
        let tables = Pipeline(pageThreads: 1).run(path: path).allTables.filter { $0.page == 5 }
        XCTAssertEqual(tables.first { $0.rows.first?.label == "Myyntituotot" }?.rows.last?.label, "TOIMINTAKATE/JÄÄMÄ")
        XCTAssertNotNil(tables.first { $0.rows.first?.label == "MENOT" })
    }

    // MARK: NarrowerPipeContinuation

    /// Konserni in pymupdf4llm (corpus/): p. 16's viestintä käyttötalous fills only TA 2026 and KS
    /// 2026; after the footer "16" its last rows come as "|Vuokrat|0|0|": the two figures go to
    /// those two columns, flagged, in the same table.
    func testKonserniContinuationThatDroppedItsEmptyColumns() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("corpus/kemijarvi-konserni-elinvoima-ta2026.pymupdf4llm.md").path
        let document = Pipeline(pageThreads: 1).run(path: path)
        let table = try XCTUnwrap(document.allTables.first { t in t.page == 16 && t.rows.contains { $0.label == "Henkilöstökulut" } })
        let vuokrat = try XCTUnwrap(table.rows.first { $0.label == "Vuokrat" })
        XCTAssertEqual(vuokrat.cells.map { $0?.value }, [nil, nil, nil, 0, 0])
        XCTAssertEqual(vuokrat.group, "TOIMINTAKULUT")
        let kate = try XCTUnwrap(table.rows.first { $0.label == "TOIMINTAKATE/JÄÄMÄ" })
        XCTAssertEqual(kate.cells.map { $0?.value }, [nil, nil, nil, -288270, -288270])
        XCTAssertTrue(kate.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        // The p. 15 key figures go on with "|Palvelujen ostot €|−130 260|−164 500|−178 000|".
        let figures = try XCTUnwrap(document.allTables.first { t in t.rows.contains { $0.label == "Henkilöstömenot €" } && t.page == 15 })
        let ostot = try XCTUnwrap(figures.rows.first { $0.label == "Palvelujen ostot €" })
        XCTAssertEqual(ostot.cells.map { $0?.value }, [nil, nil, nil, -130260, -164500, -178000])
    }

    /// Docling's Markdown of lapua-sivla-poytakirja-2024-11-21 p. 18: the investment table's last
    /// rows after the page's image and running head, two figures in one cell.
    func testDoclingContinuationWithTwoFiguresInACell() throws {
        let text = """
        |                      |   TA 2024 |   Tot. 09/2024 | Tot-%   |
        |----------------------|-----------|----------------|---------|
        | Yläkoulun irtaimisto |       -10 |         -9.706 | 97,1    |
        | Lukio                |       -10 |       -245     | 2,5     |

        <!-- image -->

        Lapuan kaupunki Sivistyslautakunta

        | Alakoulut       | -300.000 -197.027   | 65,7   |
        |-----------------|---------------------|--------|
        | Varhaiskasvatus | -20.000 1.581       | 7,9    |
        """
        let document = try ingest(text)
        XCTAssertEqual(document.allTables.count, 1)
        let table = try XCTUnwrap(document.allTables.first)
        XCTAssertEqual(table.rows.map(\.label), ["Yläkoulun irtaimisto", "Lukio", "Alakoulut", "Varhaiskasvatus"])
        XCTAssertEqual(table.rows[2].cells.map { $0?.value }, [-300000, -197027, 65.7])
        XCTAssertEqual(table.rows[3].cells.map { $0?.value }, [-20000, 1581, 7.9])
        XCTAssertTrue(table.rows[3].cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true })
    }

    /// A narrower table whose figures fit neither all columns nor the filled last ones stays apart
    /// (synth kuusiselka, Word-made, in pymupdf4llm: the balance sheet's key figures fill the
    /// second and fourth value columns, the next table's rows two columns).
    func testNarrowerTableThatFitsNoColumnsStaysApart() throws {
        let text = """
        ||**31.12.2020**||**31.12.2019**||
        |---|---|---|---|---|
        |6.<br>Siirtovelat|21.751.868,92|63.115.580,71|21.705.104,69|59.972.746,11|
        |**VASTATTAVAA**||**609.275.172,49**||**583.368.574,01**|
        |**TASEEN TUNNUSLUVUT**|||||
        |Omavaraisuusaste, %||67,9%||70,1%|
        |Suhteellinen velkaantuneisuus, %||23,5%||21,6%|
        |Kertynytyli-/alijäämä, 1 000 €||135.801||130.808|



        |Kertynytyli-/alijäämä, €/asukas|1.537|1.482|
        |---|---|---|
        |Lainakanta 31.12., 1 000 €|151.142|130.302|
        """
        let document = try ingest(text)
        XCTAssertEqual(document.allTables.count, 2)
        XCTAssertEqual(document.allTables.last?.rows.first?.cells.map { $0?.value }, [1537, 1482])
    }

    // MARK: LostZerosRestored

    /// Docling's lapua p. 18 and p. 20 tables: "-827.94", "1.67" get their zeros back from the
    /// dot grouping; "-10", "-300", "-20" are scaled by a thousand, the one scale whose Tot-% is
    /// the printed one; all flagged, the printed text kept.
    func testDoclingLostZerosRestoredFromGroupingAndPercent() throws {
        let text = """
        |                  |   TA 2024 |   Tot. 09/2024 | Tot-%   |
        |------------------|-----------|----------------|---------|
        | Toimintatuotot   |      0    |          1.67  | 100     |
        | Toimintakulut *) |   -827.94 |       -225.832 | 27,3    |
        | Toimintakate     |   -827.94 |       -224.162 | 27,1    |

        Talousarvion 2024 investointien toteuma 1.1.-31.10.2024:

        |                      |   TA 2024 | TOT 10/2024   | Tot-%   |
        |----------------------|-----------|---------------|---------|
        | Yläkoulun irtaimisto |       -10 | -10.100,97    | 101     |
        | Lukio                |       -10 | -1.799        | 18,0    |
        | Alakoulut            |      -300 | -197.027      | 65,7    |
        | Varhaiskasvatus      |       -20 | -19.612       | 98,1    |
        """
        let document = try ingest(text)
        let tables = document.allTables
        XCTAssertEqual(tables.count, 2)
        XCTAssertEqual(tables[0].rows.map { $0.cells[0]?.value }, [0, -827940, -827940])
        XCTAssertEqual(tables[0].rows[0].cells[1]?.value, 1670)
        XCTAssertEqual(tables[0].rows[1].cells[0]?.text, "-827.94")
        XCTAssertEqual(tables[0].rows[1].cells[0]?.flags, [.ambiguousSplit])
        XCTAssertEqual(tables[1].rows.map { $0.cells[0]?.value }, [-10000, -10000, -300000, -20000])
        XCTAssertTrue(tables[1].rows.allSatisfy { $0.cells[0]?.flags.contains(.ambiguousSplit) == true })
        XCTAssertTrue(document.issues.contains { $0.code == LostZerosRestored.issueCode })
    }

    /// Without a lost zero anywhere nothing is scaled: the same short numbers in a text whose
    /// figures all keep their groups stay as printed.
    func testShortNumbersStayWithoutALostZero() throws {
        let text = """
        |                      |   TA 2024 | TOT 10/2024   | Tot-%   |
        |----------------------|-----------|---------------|---------|
        | Yläkoulun irtaimisto |       -10 | -10.100,97    | 101     |
        | Lukio                |       -10 | -1.799        | 18,0    |
        """
        let document = try ingest(text)
        XCTAssertEqual(document.allTables.first?.rows.map { $0.cells[0]?.value }, [-10, -10])
    }

    /// Two scales that both fit the percent decide nothing: the cell stays as read.
    func testScaleNeedsOneFit() {
        XCTAssertEqual(LostZerosRestored.halfUnit("97,1"), Decimal(string: "0.05"))
        XCTAssertEqual(LostZerosRestored.halfUnit("101"), Decimal(string: "0.5"))
        XCTAssertEqual(LostZerosRestored.padded("-691.96"), -691960)
        XCTAssertEqual(LostZerosRestored.padded("1.6"), 1600)
        XCTAssertNil(LostZerosRestored.padded("1.670"))
    }
}
