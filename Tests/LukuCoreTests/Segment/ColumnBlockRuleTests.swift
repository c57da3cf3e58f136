import Foundation
import XCTest
@testable import LukuCore

/// The rules for text whose cells are not where a one-row-per-line reader looks: column blocks
/// (`pdftotext` default order), a converter's lost zeros, HTML tables in Markdown. Each on lines
/// copied from the real extractor output named in its test.
final class ColumnBlockRuleTests: XCTestCase {
    private func tables(_ text: String) -> (tables: [TableDraft], issues: [Issue]) {
        let lines = TextFileReader.parse(text).lines
        return TextTableBuilder().tables(in: lines, excluded: [])
    }

    private func ingest(_ text: String, name: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-cells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    // MARK: UnitColumnBlock

    /// kauhava-tilinpaatos-2024 page 49 in `pdftotext` default order: the group cash-flow
    /// statement's 2024 column comes as "2024" / "1 000 €" / label / value …; the 2023 column
    /// follows later as a block. The values read are one column of several: all flagged.
    func testUnitLineUnderAPeriodHeadsAColumnBlockAndItsCellsAreFlagged() throws {
        let text = """
        KONSERNIN RAHOITUSLASKELMA JA SEN TUNNUSLUVUT
        2024
        1 000 €
        Toiminnan rahavirta
        Vuosikate
        15 239
        Satunnaiset erät
        885
        Tilikauden verot
        29
        """
        let (found, issues) = tables(text)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.rows.compactMap { $0.cells.first??.value }, [15239, 885, 29])
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? true } })
        XCTAssertTrue(issues.contains { $0.code == "column-blocks" })
    }

    /// The same document's page 38: "1 000 €" then "%", the units of two columns side by side.
    func testTwoUnitLinesInARowHeadColumnBlocks() {
        let lines = TextFileReader.parse("TULOT\n\n1 000 €\n\n%\n\nToiminta\n\nToimintatuotot\n\n7 726\n\n10,0\n").lines
        let unitLines = lines.indices.filter { TableUnit.ofUnitLine(lines[$0]) != nil }
        XCTAssertFalse(unitLines.isEmpty)
        XCTAssertTrue(unitLines.allSatisfy { UnitColumnBlock.headsBlock(lines, at: $0) })
    }

    /// The state budget's published text extract: a title above "1000 €", a caps title below it.
    /// A one-value outline, read as before and not flagged.
    func testStateBudgetUnitLineIsNoColumnBlock() throws {
        let text = """
        Valtion talousarvio vuodelle 2024
          1000 €
        TULOARVIOT
        11. VEROT JA VERONLUONTEISET TULOT 65 324 653
        01. Tulon ja varallisuuden perusteella kannettavat verot  33 085 000
        01. Ansio- ja pääomatuloverot  25 952 000
        """
        let lines = TextFileReader.parse(text).lines
        XCTAssertFalse(UnitColumnBlock.headsBlock(lines, at: 1))
        let (found, issues) = tables(text)
        let values = found.flatMap(\.rows).compactMap { $0.cells.first??.value }
        XCTAssertEqual(values, [65_324_653, 33_085_000, 25_952_000])
        XCTAssertTrue(found.flatMap(\.rows).allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty ?? true } })
        XCTAssertFalse(issues.contains { $0.code == "column-blocks" })
    }

    // MARK: FewRowsFit.oneNumberRow

    /// koha-suomi-oy-tilinpaatos-2024 page 3 in `pdftotext` default order: under two period
    /// columns every row holds one value, and "551 862,26" fits two columns only as "551 | 862,26".
    func testOneNumberReadAsTwoAmongOneValueRowsIsInDoubt() {
        let short = [["-2", "350,26"], ["-402", "625,64"], ["-70", "289,80"]]
        XCTAssertTrue(FewRowsFit.oneNumberRow(["551", "862,26"], shortWidth: 1, shortTails: short))
        // Five numbers of a budget row (kemijarvi pypdf text) are no one number of the short rows' size.
        XCTAssertFalse(FewRowsFit.oneNumberRow(["194", "344", "263", "350", "275", "129", "280", "900", "138", "215"],
                                               shortWidth: 1, shortTails: short))
        XCTAssertFalse(FewRowsFit.oneNumberRow(["551", "862,26"], shortWidth: 2, shortTails: short))
    }

    func testKohaDefaultOrderRowsAreFlagged() throws {
        let text = """
        TULOSLASKELMA

        1.1.2024-31.12.2024 1.1.2023-31.12.2023

        LIIKEVAIHTO

        551 862,26

        484 651,82

        -2 350,26
        -2 350,26

        -402 625,64

        -366 340,70
        """
        let (found, _) = tables(text)
        let cells = found.flatMap(\.rows).flatMap(\.cells).compactMap { $0 }
        XCTAssertFalse(cells.isEmpty)
        XCTAssertTrue(cells.allSatisfy { $0.flags.contains(.ambiguousSplit) }, "\(cells)")
    }

    // MARK: DroppedZeroGroups

    /// Docling's Markdown of lapua-sivla-poytakirja-2024-11-21 (../shared/real), lines as written
    /// there (pages 18 and 20 of the PDF): "-691.96" for -691.960 shows the converter's lost
    /// zeros; "-10" and "-300" (the PDF's -10.000 and -300.000) are flagged, and so is "-245" (it
    /// may be -245.000: the PDF prints -245, the Markdown cannot say); the dot-grouped amounts
    /// and the percent column are not.
    static let docling = """
    ## oppilashuolto:

    |                  | TA 2024   |   Tot. 09/2024 | Tot-%   |
    |------------------|-----------|----------------|---------|
    | Toimintatuotot   | 119.250   |         55.177 | 46,3    |
    | Toimintakulut *) | - 980.650 |       -747.137 | 76,2    |
    | Toimintakate     | - 861.400 |       -691.96  | 80,3    |

    ## INVESTOINNIT

    Talousarvion 2024 investointien toteuma 1.1.-30.9.2024:

    |                      |   TA 2024 |   Tot. 09/2024 | Tot-%   |
    |----------------------|-----------|----------------|---------|
    | Yläkoulun irtaimisto |       -10 |         -9.706 | 97,1    |
    | Lukio                |       -10 |       -245     | 2,5     |

    ## INVESTOINNIT

    Talousarvion 2024 investointien toteuma 1.1.-31.10.2024:

    |                      |   TA 2024 | TOT 10/2024   | Tot-%   |
    |----------------------|-----------|---------------|---------|
    | Yläkoulun irtaimisto |       -10 | -10.100,97    | 101     |
    | Lukio                |       -10 | -1.799        | 18,0    |
    | Alakoulut            |      -300 | -197.027      | 65,7    |
    | Varhaiskasvatus      |       -20 | -19.612       | 98,1    |
    """

    func testShortWholeNumbersAmongDotGroupedAmountsAreFlaggedWhereZerosWereLost() throws {
        let document = try ingest(Self.docling, name: "minutes.docling.md")
        let investments = document.allTables.filter { $0.rows.first?.label == "Yläkoulun irtaimisto" }
        XCTAssertEqual(investments.count, 2)
        let september = try XCTUnwrap(investments.first), october = try XCTUnwrap(investments.last)
        func flagged(_ cell: Cell?) -> Bool { cell?.flags.contains(.ambiguousSplit) ?? false }
        XCTAssertEqual(september.rows.map { $0.cells.map(flagged) }, [[true, false, false], [true, true, false]])
        XCTAssertEqual(october.rows.map { $0.cells.map(flagged) }, Array(repeating: [true, false, false], count: 4))
        // The row's Tot-% decides October's TAs and September's first (LostZerosRestored, flagged,
        // text as printed); September's Lukio ("-10" beside "-245": two scales fit) stays as read.
        XCTAssertEqual(october.rows.map { $0.cells[0]?.value }, [-10000, -10000, -300000, -20000])
        XCTAssertEqual(october.rows.map { $0.cells[0]?.text }, ["-10", "-10", "-300", "-20"])
        XCTAssertEqual(september.rows.map { $0.cells[0]?.value }, [-10000, -10])
        // The operating table's only flag is the "-691.96" given its zero back (-691 960).
        let operating = try XCTUnwrap(document.allTables.first { $0.rows.first?.label == "Toimintatuotot" })
        XCTAssertEqual(operating.rows.flatMap(\.cells).filter(flagged).map { $0?.value }, [-691960])
        XCTAssertEqual(document.issues.filter { $0.code == DroppedZeroGroups.issueCode }.count, 1)
        XCTAssertEqual(document.issues.filter { $0.code == LostZerosRestored.issueCode }.count, 3)
    }

    /// Without a lost zero anywhere (the pymupdf4llm text of the same PDF keeps "-10.000"), small
    /// amounts among dot-grouped ones are taken as printed.
    func testNoFlagWithoutEvidenceOfLostZeros() throws {
        let text = Self.docling.replacingOccurrences(of: "-691.96 ", with: "-691.960")
        let document = try ingest(text, name: "minutes.md")
        XCTAssertFalse(document.allTables.flatMap(\.rows).flatMap(\.cells).contains { $0?.flags.contains(.ambiguousSplit) ?? false })
        XCTAssertFalse(document.issues.contains { $0.code == DroppedZeroGroups.issueCode })
    }

    func testLostZeroShapes() {
        XCTAssertTrue(DroppedZeroGroups.showsLostZeros(Cell(text: "-691.96", flags: [.unreadable])))
        XCTAssertTrue(DroppedZeroGroups.showsLostZeros(Cell(text: "1.67", flags: [.unreadable])))
        XCTAssertTrue(DroppedZeroGroups.showsLostZeros(Cell(text: "- 1.234.5", flags: [.unreadable])))
        XCTAssertFalse(DroppedZeroGroups.showsLostZeros(Cell(text: "1.1.2024", flags: [.unreadable])), "a date")
        XCTAssertFalse(DroppedZeroGroups.showsLostZeros(Cell(text: "-691.96")), "not left unreadable")
        XCTAssertFalse(DroppedZeroGroups.showsLostZeros(Cell(text: "1500 000", flags: [.unreadable])))
    }

    // MARK: HTMLTableRows

    func testHTMLTableBecomesPipeRows() {
        let html = """
        before
        <table><caption>Määrärahat</caption>
        <tr><th rowspan="2"></th><th colspan="2">TA</th></tr>
        <tr><th>2024</th><th>2025</th></tr>
        <tr><td><b>MENOT</b></td><td>-6&nbsp;649&nbsp;150</td><td>1&#160;204 | x</td></tr>
        </table>
        after
        """
        let lines = HTMLTableRows.pipeText(html).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["before", "Määrärahat", "|  | TA |  |", "|  | 2024 | 2025 |",
                               "| MENOT | -6 649 150 | 1 204 \\| x |", "after"])
        XCTAssertEqual(HTMLTableRows.pipeText("no table here <b>x</b>"), "no table here <b>x</b>")
        XCTAssertEqual(HTMLTableRows.decodeEntities("a &amp; b &#x2212;1 &bogus; &"), "a & b \u{2212}1 &bogus; &")
    }

    /// kemijarvi-hallintopalvelut-tp2024 pages 4 and 5 (Määrärahat, Käyttötalous) written as HTML
    /// in Markdown (Tests/LukuCoreTests/Fixtures/kemijarvi-hallintopalvelut-tp2024.html-tables.md):
    /// every value as in the truth file, the headers and the groups of the colspan rows.
    func testHTMLTablesOfTheCorpusReadAsTheTruth() throws {
        let document = Pipeline(pageThreads: 1).run(path: Fixtures.fixture("kemijarvi-hallintopalvelut-tp2024.html-tables.md"))
        XCTAssertEqual(document.allTables.count, 2)
        let budget = try XCTUnwrap(document.allTables.first)
        XCTAssertEqual(budget.columns.map(\.header), ["TA+muutos 2024", "TP 2024", "POIKKEAMA €", "POIKKEAMA %"])
        XCTAssertEqual(budget.rows.first?.cells.map { $0?.value }, [-6_649_150, -6_305_569, 343_581, Decimal(string: "-5.2")])
        let operating = try XCTUnwrap(document.allTables.last)
        XCTAssertEqual(operating.columns.map(\.header), ["TP 2022", "TA+MUUTOS 2023", "TP 2023", "TA+MUUTOS 2024", "TP 2024"])
        XCTAssertEqual(operating.rows.first?.group, "TOIMINTATUOTOT")
        XCTAssertEqual(operating.rows.last?.group, "TOIMINTAKULUT")
        XCTAssertTrue(document.allTables.flatMap(\.rows).flatMap(\.cells).allSatisfy { $0?.flags.isEmpty ?? true })

        try SharedFolder.requireTruth()
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: SharedFolder.truthFile(for: "kemijarvi-hallintopalvelut-tp2024.pdf")))
        let truthTables = try XCTUnwrap((truth as? [String: Any])?["tables"] as? [[String: Any]])
        for (id, table) in [("maararahat", budget), ("kayttotalous", operating)] {
            let rows = try XCTUnwrap(truthTables.first { $0["id"] as? String == id }?["rows"] as? [[String: Any]])
            XCTAssertEqual(table.rows.map(\.label), rows.map { $0["label"] as? String ?? "" }, id)
            for (row, truthRow) in zip(table.rows, rows) {
                let expected = (truthRow["values"] as? [Any] ?? []).map { ($0 as? String).flatMap { Decimal(string: $0) } }
                XCTAssertEqual(row.cells.map { $0?.value }, expected, "\(id) \(row.label)")
            }
        }
    }

    // MARK: ColumnBlockTable

    /// corpus/kemijarvi-hallintopalvelut-tp2024.default.txt page 4: the Määrärahat table as
    /// `pdftotext` writes it by default, labels then one block per column. Recovered with every
    /// value as in the truth file (maararahat), every cell flagged.
    func testColumnBlocksAreRecoveredByPositionAndFlagged() throws {
        let text = """
        8. Määrärahat
        Hallintopalvelut
        MENOT
        TULOT
        NETTOMENO

        TA+muutos
        2024
        -6 649 150
        1 204 150
        -5 445 000

        TP
        2024
        -6 305 569
        1 607 737
        -4 697 832

        POIKKEAMA
        €
        343 581
        403 587
        747 168

        POIKKEAMA
        %
        -5,2
        33,5
        -13,7
        """
        let lines = TextFileReader.parse(text).lines
        let (table, end, issue) = try XCTUnwrap(ColumnBlockTable().read(lines, from: 1, excluded: [0]))
        XCTAssertEqual(end, lines.count)
        XCTAssertEqual(issue.code, "column-blocks")
        XCTAssertEqual(table.caption, "Hallintopalvelut")
        XCTAssertEqual(table.columns.map(\.header), ["TA+muutos 2024", "TP 2024", "POIKKEAMA €", "POIKKEAMA %"])
        XCTAssertEqual(table.rows.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(table.rows.map { $0.cells.map { $0?.value } },
                       [[-6_649_150, -6_305_569, 343_581, Decimal(string: "-5.2")],
                        [1_204_150, 1_607_737, 403_587, Decimal(string: "33.5")],
                        [-5_445_000, -4_697_832, 747_168, Decimal(string: "-13.7")]])
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0?.flags == [.ambiguousSplit] })
        // Started inside the label run, the blocks would pair with the wrong labels: no table.
        XCTAssertNil(ColumnBlockTable().read(lines, from: 2, excluded: [0]))
    }

    /// kauhava-tilinpaatos-2024 page 73 in default order: 13 labels over blocks of 10 values
    /// (empty cells are not printed): the counts disagree and the page stays prose.
    func testBlocksShorterThanTheLabelsStayProse() {
        let labels = ["TOIMINTATUOTOT", "Myyntituotot", "Maksutuotot", "Tuet ja avustukset", "Muut toimintatuotot",
                      "TOIMINTAKULUT", "Henkilöstökulut", "Palkat ja palkkiot", "Henkilösivukulut", "Palvelujen ostot",
                      "Aineet, tarvikkeet ja tavarat", "Avustukset", "Muut toimintakulut"]
        let ta = ["84 000", "84 000", "0", "0", "0", "-141 850", "-117 970", "-94 000", "-23 970", "-15 380"]
        let changes = Array(repeating: "0", count: 10)
        let text = (["Talousarvion toteutuminen", ""] + labels + ["", "Alkuperäinen", "TA"] + ta + ["", "TA", "Muutokset"] + changes)
            .joined(separator: "\n")
        let lines = TextFileReader.parse(text).lines
        XCTAssertTrue(lines.indices.allSatisfy { ColumnBlockTable().read(lines, from: $0, excluded: []) == nil })
    }

    // MARK: HeadingParagraphs

    /// ../shared/synth kuusiselka (word) `default` text p. 2, lines as written there: the income
    /// statement's labels, its two periods as paragraphs of their own, then each block headed by
    /// its unit alone. The k-th period heads the k-th block; every value as in the truth
    /// (tuloslaskelma), every cell flagged.
    static let headingParagraphs = """
    TULOSLASKELMA JA SEN TUNNUSLUVUT

    Toimintatuotot
    Valmistus omaan käyttöön
    Toimintakulut
    TOIMINTAKATE

    1.1.-31.12.2020

    1.1.-31.12.2019

    euroa
    156.848.197,67
    0,00
    -759.467.495,13
    -602.619.297,46

    euroa
    155.067.278,53
    2.692.738,36
    -756.387.658,64
    -598.627.641,75
    """

    func testHeadingParagraphsNameTheBlocksInOrder() throws {
        let lines = TextFileReader.parse(Self.headingParagraphs).lines
        let (table, end, issue) = try XCTUnwrap(ColumnBlockTable().read(lines, from: 2, excluded: []))
        XCTAssertEqual(end, lines.count)
        XCTAssertEqual(issue.code, "column-blocks")
        XCTAssertEqual(table.columns.map(\.header), ["1.1.-31.12.2020 euroa", "1.1.-31.12.2019 euroa"])
        XCTAssertEqual(table.rows.map(\.label), ["Toimintatuotot", "Valmistus omaan käyttöön", "Toimintakulut", "TOIMINTAKATE"])
        XCTAssertEqual(table.rows.map { $0.cells.map { $0?.value } },
                       [[Decimal(string: "156848197.67"), Decimal(string: "155067278.53")],
                        [0, Decimal(string: "2692738.36")],
                        [Decimal(string: "-759467495.13"), Decimal(string: "-756387658.64")],
                        [Decimal(string: "-602619297.46"), Decimal(string: "-598627641.75")]])
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0?.flags == [.ambiguousSplit] })
    }

    /// The same lines with one period paragraph only: which block it heads would be a guess, so
    /// the table stays prose.
    func testHeadingParagraphsNotOnePerBlockStayProse() {
        let text = Self.headingParagraphs.replacingOccurrences(of: "1.1.-31.12.2019\n\n", with: "")
        let lines = TextFileReader.parse(text).lines
        XCTAssertNil(ColumnBlockTable().read(lines, from: 2, excluded: []))
        XCTAssertEqual(HeadingParagraphs.join([["2020"]], [["euroa"], ["euroa"]]), nil)
        XCTAssertEqual(HeadingParagraphs.join([], [["TP", "2024"], ["TA"]]), [["TP", "2024"], ["TA"]])
    }

    // MARK: PipeTableContinuation, unit rows, bold marks in pipe cells

    /// pymupdf4llm's Markdown of valtion-talousarvio-2024-asiakirjayhdistelma pages 1-2, lines as
    /// written there: the revenue table, the page's footer and running head, then the same table
    /// again headed by its unit row alone. One table, unit "1000 €", no "1000" among its values,
    /// labels without bold marks.
    static let stateBudget = """
    |**Valtion talousarvio vuodelle 2024**||
    |---|---|
    ||1000 €|
    |**TULOARVIOT**||
    |**11. VEROT JA VERONLUONTEISET TULOT**|**65 324 653**|
    |**01.** **Tulon ja varallisuuden perusteella kannettavat verot**|**33 085 000**|
    |20. Ulosottomaksut|82 000|



    Tämä tuloste ei ole virallinen asiakirja vaan oikeudellisesti merkityksellisiä ovat alkuperäiset asiakirjat. 

    1 

    **Asiakirjayhdistelmä 2024** 



    ||1000 €|
    |---|---|
    |99. Oikeusministeriön hallinnonalan muut tulot|2 750|
    |**26.** **Sisäministeriön hallinnonala**|**166 327**|
    """

    func testPipeTableRepeatedUnderItsUnitRowContinues() throws {
        let (found, _) = tables(Self.stateBudget)
        XCTAssertEqual(found.count, 1)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.unit, "1000 €")
        XCTAssertEqual(table.caption, "Valtion talousarvio vuodelle 2024")
        XCTAssertEqual(table.rows.filter { !$0.cells.allSatisfy { $0 == nil } }.map(\.label),
                       ["11. VEROT JA VERONLUONTEISET TULOT", "01. Tulon ja varallisuuden perusteella kannettavat verot",
                        "20. Ulosottomaksut", "99. Oikeusministeriön hallinnonalan muut tulot", "26. Sisäministeriön hallinnonala"])
        XCTAssertEqual(table.rows.compactMap { $0.cells[0]?.value }, [65_324_653, 33_085_000, 82_000, 2_750, 166_327])
    }

    /// Two tables under the same caption row stay two (pymupdf4llm's konserni page 25-26: the
    /// käyttötalous table, then the unit table under "Elinkeino- ja työllisyyspalvelut" again).
    func testTableRepeatingACaptionRowIsANewTable() {
        let text = """
        |Elinkeino- ja työllisyyspalvelut|TP 2024|TA 2026|
        |---|---|---|
        |TOIMINTATUOTOT|386 700|386 700|

        |Elinkeino- ja työllisyyspalvelut|TP 2024|TA 2026|
        |---|---|---|
        |MENOT|-334 000|-334 000|
        """
        XCTAssertEqual(tables(text).tables.count, 2)
    }
}
