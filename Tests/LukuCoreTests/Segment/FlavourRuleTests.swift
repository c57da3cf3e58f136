import Foundation
import XCTest
@testable import LukuCore

/// The text-flavour rules of issue 7, each on the real extractor text that needs it (the flavour
/// files committed in corpus/ and lines copied from extractor output of ../shared/real).
final class FlavourRuleTests: XCTestCase {
    private func corpus(_ name: String) -> String {
        Fixtures.packageRoot.appendingPathComponent("corpus").appendingPathComponent(name).path
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    // MARK: PipeCellBreaks

    /// pymupdf4llm stacks the first rows after a page break into one pipe row with `<br>`
    /// (kemijarvi-hallinto-tukipalvelut-2022-06 page 5): they come back as two rows.
    func testStackedPipeRowIsSplitBackIntoRows() {
        let lines = TextFileReader.parse("|TULOT<br>NETTOMENO|0<br>-99 806|0<br>-110 000|0<br>-98 507|0<br>-100 000|0<br>-49 654|").lines
        XCTAssertEqual(lines.map(\.tabCells), [["TULOT", "0", "0", "0", "0", "0"],
                                               ["NETTOMENO", "-99 806", "-110 000", "-98 507", "-100 000", "-49 654"]])
    }

    /// A header wrapped with `<br>` is one cell; bold marks around each line are dropped.
    func testWrappedHeaderCellIsJoined() {
        let lines = TextFileReader.parse("|**Tunnusluvut**|**TP 2020**|**TOT.**<br>**30.6.2022**|").lines
        XCTAssertEqual(lines.map(\.tabCells), [["Tunnusluvut", "TP 2020", "TOT. 30.6.2022"]])
    }

    /// Lines that do not line up (a number and a bold subtotal in one cell, kauhava-tilinpaatos-2024
    /// in pymupdf4llm) stay one cell; its digits are no number and the cell is flagged.
    func testMisalignedBreaksStayOneFlaggedCell() {
        let lines = TextFileReader.parse("|Muut rakennukset|635000<br>**11 635**||635000|").lines
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(lines[0].tabCells?[1], "635000 11 635")
        let cell = TabCellReader.cells(["635000 11 635"], columns: [Column(header: "TA")])[0]
        XCTAssertNil(cell?.value)
        XCTAssertFalse(cell?.flags.isEmpty ?? true)
    }

    /// The whole flavour: every NETTOMENO of the unit table keeps its own value after the split.
    func testHallintoMarkdownReadsTheUnitTableAcrossThePageBreak() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-hallinto-tukipalvelut-2022-06.pymupdf4llm.md"))
        let lapinLiitto = document.allTables.flatMap(\.rows).filter { $0.group == "Lapin liitto" }
        XCTAssertEqual(lapinLiitto.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(lapinLiitto.last.map(values), [-99806, -110000, -98507, -100000, -49654])
    }

    // MARK: TabCellReader

    /// Two numbers in one pipe cell (lapua-sivla-poytakirja-2024-11-21 page 18 in pymupdf4llm, a
    /// "range" to the lexer): flagged merged, and the cell after it flagged too.
    func testTwoNumbersInOnePipeCellAreFlagged() {
        let line = TextFileReader.parse("|Toimintakulut *) \u{200B}  \u{200B}|-\u{200B} 16.756.130 -\u{200B} 13.155.924|78,\u{200B}5|").lines[0]
        let cells = TabCellReader.cells(Array(line.tabCells!.dropFirst()), columns: [Column(header: "TA"), Column(header: "TOT")])
        XCTAssertEqual(cells[0]?.flags, [.merged])
        XCTAssertNil(cells[0]?.value)
        XCTAssertEqual(cells[1]?.value, Decimal(string: "78.5"))
        XCTAssertEqual(cells[1]?.flags, [.ambiguousSplit])
    }

    func testYearRangesAndSingleNumbersAreNotMerged() {
        XCTAssertFalse(TabCellReader.holdsSeveralNumbers("2023 - 2024"))
        XCTAssertFalse(TabCellReader.holdsSeveralNumbers("-16 756 130"))
        XCTAssertFalse(TabCellReader.holdsSeveralNumbers("31.12.2024"))
        XCTAssertTrue(TabCellReader.holdsSeveralNumbers("438.900 349.095"))
        XCTAssertFalse(TabCellReader.holdsSeveralNumbers("1500 000"), "one number with a group run together")
    }

    // MARK: TabHeaderCaption

    /// pymupdf4llm runs the page's tables together; the captioned header row of the elinkeino
    /// unit table (kemijarvi-konserni-elinvoima-ta2026 page 26) starts a table of its own whose
    /// caption is both header lines.
    func testCaptionedHeaderRowStartsANewTable() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-konserni-elinvoima-ta2026.pymupdf4llm.md"))
        let table = try XCTUnwrap(document.allTables.first { $0.rows.first?.group == "Joukkoliikenne" })
        XCTAssertEqual(table.caption, "Elinkeino- ja työllisyyspalvelut")
        XCTAssertEqual(table.columns.map(\.header), ["TP 2024", "TA+MUUTOS 2025", "TPE 2025", "TA 2026", "KS 2026"])
        XCTAssertEqual(table.rows.first.map(values), [nil, nil, nil, -334000, -334000])
    }

    // MARK: ShortRows

    /// pypdf glued the page number to a row ("16Vuokrat 0 0", kemijarvi-konserni-elinvoima-ta2026
    /// page 16); the other rows still share two numbers each and go to the last two columns, flagged.
    func testStrayPageNumberNoLongerBlocksShortRows() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-konserni-elinvoima-ta2026.pypdf.txt"))
        let table = try XCTUnwrap(document.allTables.first { $0.page == 16 && $0.rows.contains { $0.label == "Henkilöstökulut" } })
        let row = try XCTUnwrap(table.rows.first { $0.label == "Henkilöstökulut" })
        XCTAssertEqual(values(row), [nil, nil, nil, -156430, -156430])
        XCTAssertEqual(row.cells[3]?.flags, [.ambiguousSplit])
        XCTAssertEqual(ShortRows.width([["16"], ["0", "0"], ["−156", "430", "−156", "430"], ["0", "0"]], columns: 5), 2)
    }

    // MARK: SignLineAbove

    /// `pdftotext -layout` of kauhava-tilinpaatos-2024 page 116: the minus signs of TOIMINTAKULUT
    /// stand on a line of their own. The figures stay as printed and are flagged; the sign line is
    /// no row.
    func testSignLineAboveFlagsTheRowBelow() throws {
        let text = """

                                                                      Talousarvio
                                Alkuperäinen       Talousarvio-        muutosten
                                   talousarvio      muutokset              jälkeen      Toteutuma        Poikkeama
 TOIMINTATUOTOT                  6 228 970,00             0,00       6 228 970,00      7 725 767,34     1 496 797,34
 Myyntituotot                     1 880 870,00             0,00       1 880 870,00     2 348 867,91        467 997,91
 Maksutuotot                        586 130,00             0,00         586 130,00       653 909,62         67 779,62
 Tuet ja avustukset              1 424 250,00              0,00      1 424 250,00      2 086 358,53        662 108,53
 Muut toimintatuotot              2 337 720,00             0,00       2 337 720,00     2 636 631,28       298 911,28
 Valmistus omaan käyt-
 töön                              105 990,00              0,00       105 990,00           94 785,53      -11 204,47
                                             -                                  -                  -
 TOIMINTAKULUT                  46 525 690,00              0,00    46 525 690,00      46 216 718,06      308 971,94
 Henkilöstökulut               -29 248 420,00              0,00   -29 248 420,00      -28 659 191,96     589 228,04
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = try XCTUnwrap(output.blocks.compactMap(\.table).first ?? output.sections.flatMap(\.allTables).first)
        XCTAssertFalse(table.rows.contains { SignLineAbove.isSignLine($0.label) })
        let kulut = try XCTUnwrap(table.rows.first { $0.label == "TOIMINTAKULUT" })
        XCTAssertEqual(kulut.cells.first??.text, "46 525 690,00")
        XCTAssertTrue(kulut.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        let henkilosto = try XCTUnwrap(table.rows.first { $0.label == "Henkilöstökulut" })
        XCTAssertEqual(henkilosto.cells.first??.value, -29248420)
        XCTAssertEqual(henkilosto.cells.first??.flags, [])
        XCTAssertTrue(output.issues.contains { $0.code == "ambiguous-split" && $0.message.contains("minus signs") })
    }

    // MARK: RowColumnCount and ImplausibleNumbers

    /// `pdftotext -raw` of kemijarvi-hallinto-tukipalvelut-2022-06 page 2 keeps only "TS 2023 TS 2024"
    /// of the header wrapped over three lines; the rows hold six numbers each and are read so.
    func testColumnCountComesFromTheRows() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-hallinto-tukipalvelut-2022-06.raw.txt"))
        let table = try XCTUnwrap(document.allTables.first { $0.rows.contains { $0.label == "Henkilöstömenot €" } })
        XCTAssertEqual(table.columns.map(\.header), ["", "", "", "", "TS 2023", "TS 2024"])
        let row = try XCTUnwrap(table.rows.first { $0.label == "Henkilöstömenot €" })
        XCTAssertEqual(values(row), [-2116095, -2199275, -2298350, -1230385, -1990000, -1980000])
        XCTAssertTrue(document.issues.contains { $0.code == "columns-from-rows" })
    }

    /// A reading that makes a fifteen-digit number is refused (the five figures of a pypdf row,
    /// kauhava-tilinpaatos-2024 page 126, are not four), and so is one that cuts a number after
    /// its minus sign.
    func testImplausiblyLongNumbersAreNoReading() {
        XCTAssertTrue(ImplausibleNumbers.tooLong("-15 660 700 220 000"))
        XCTAssertTrue(ImplausibleNumbers.tooLong("1 930 450 229 908,22"))
        XCTAssertFalse(ImplausibleNumbers.tooLong("88 000 000 000,00"))
        // "-25 000 -25 000 -25 130,19 130,19" (four numbers) read as five only by cutting "-25 130,19".
        let row = ["-25", "000", "-25", "000", "-25", "130,19", "130,19"]
        XCTAssertEqual(DigitRunSplitter.split(row, columns: 5).map { ShortRows.cutsNumbersApart($0.numbers) }, true)
        XCTAssertEqual(DigitRunSplitter.split(row, columns: 4)?.numbers, ["-25 000", "-25 000", "-25 130,19", "130,19"])
    }

    // MARK: CellPerLineTable

    /// PyMuPDF's text of kemijarvi-hallinto-tukipalvelut-2022-06: every cell on a line of its own,
    /// the unit names as groups, the years above the first row as column headers, and the page
    /// number "4" closing page 4 between the MENOT and TULOT of "Lapin liitto" no value.
    func testOneCellPerLineTextIsReadIntoRows() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-hallinto-tukipalvelut-2022-06.pymupdf.txt"))
        let lapinLiitto = document.allTables.flatMap(\.rows).filter { $0.group == "Lapin liitto" }
        XCTAssertEqual(lapinLiitto.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(lapinLiitto.map(values), [[-99806, -110000, -98507, -100000, -49654], [0, 0, 0, 0, 0],
                                                [-99806, -110000, -98507, -100000, -49654]])
        let table = try XCTUnwrap(document.allTables.first { $0.rows.contains { $0.group == "Lapin liitto" } })
        XCTAssertEqual(table.columns.map(\.header), ["2020", "2021", "2021", "2022", "2022"])
    }

    /// Column blocks (`pdftotext` default order) have column headings where the rows' labels
    /// would be: no table of this shape is made of them, and an issue says the text is left as prose.
    func testColumnBlocksAreNoCellPerLineTable() {
        let text = "TA+muutos\n2021\n-6 341 800\n806 800\n-5 535 000\nTA+muutos\n2022\n-7 222 750\n892 750\n-6 330 000\n€\n-880 950\n85 950\n-795 000\n"
        let lines = TextFileReader.parse(text).lines
        XCTAssertNil(CellPerLineTable().table(lines, from: 1, excluded: []))
        XCTAssertNil(CellPerLineTable().table(lines, from: 6, excluded: []))
        guard case .columnBlocks(let issue)? = CellPerLineTable().read(lines, from: 1, excluded: []) else {
            return XCTFail("column blocks not told apart")
        }
        XCTAssertEqual(issue.code, "column-blocks")
        let document = Pipeline().run(path: corpus("kemijarvi-hallintopalvelut-tp2024.default.txt"))
        XCTAssertTrue(document.issues.contains { $0.code == "column-blocks" }, "\(document.issues)")
    }

    /// Lapua TA 2025 in `pdftotext -layout` (lines copied from .build-flavours): columns named by
    /// the document's own words, "Raami 2025" among the periods and "Ero raamiin" after them, head
    /// a table (`PlainHeader`); before, no table was found on any of its pages.
    func testColumnsNamedByTheDocumentsOwnWords() throws {
        let text = """
KAUPUNGINHALLITUS               TP 2023       TA 2024      Raami 2025       TA 2025    Ero raamiin
Toimintatuotot                4 460 444      3 757 300       3 795 000     4 035 100       240 100
Toimintakulut                -4 867 089     -4 958 500      -6 560 200    -6 330 500       229 700
Toimintakate                   -406 645     -1 201 200      -2 765 200    -2 295 400       469 800
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = try XCTUnwrap(output.blocks.compactMap(\.table).first ?? output.sections.flatMap(\.allTables).first)
        XCTAssertEqual(table.columns.map(\.header), ["TP 2023", "TA 2024", "Raami 2025", "TA 2025", "Ero raamiin"])
        XCTAssertEqual(table.caption, "KAUPUNGINHALLITUS")
        let kate = try XCTUnwrap(table.rows.first { $0.label == "Toimintakate" })
        XCTAssertEqual(values(kate), [-406645, -1201200, -2765200, -2295400, 469800])
        XCTAssertNil(PlainHeader(TextFileReader.parse("TP 2023 ja TA 2024 ovat 5 000 suuremmat").lines[0]))
    }

    /// Lapua's minutes in `pdftotext -layout` (lines copied from .build-flavours, zero-width spaces
    /// as printed): rows of dot-grouped numbers with no header line above them are a table of
    /// unnamed columns (`HeaderlessTextTable`), the dot groups whole tokens of the tail.
    func testHeaderlessRowsOfDotGroupedNumbers() throws {
        let text = """
Toimintatuotot 438.900         349.095       79,\u{200B}5
Toimintakulut *) -\u{200B} 16.756.130 -\u{200B} 13.155.924 78,\u{200B}5
Toimintakate     -\u{200B} 16.317.230 -\u{200B}12.806.828 78,\u{200B}5
oppilashuolto:
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = try XCTUnwrap(output.blocks.compactMap(\.table).first ?? output.sections.flatMap(\.allTables).first)
        XCTAssertEqual(table.columns.count, 3)
        XCTAssertEqual(table.rows.map(\.label), ["Toimintatuotot", "Toimintakulut *)", "Toimintakate"])
        XCTAssertEqual(values(table.rows[1]), [-16756130, -13155924, Decimal(string: "78.5")])
        XCTAssertEqual(values(table.rows[2]), [-16317230, -12806828, Decimal(string: "78.5")])
        XCTAssertTrue(output.issues.contains { $0.code == "columns-from-rows" })
    }

    // MARK: OutsizedJoinedFigure

    /// Synth kivimaki p. 4 in `pdftotext -raw` (lines as extracted): a balance sheet group with no
    /// header line above it, whose last row holds item and subtotal for both years. Read into the
    /// two columns the other rows give, it fuses "-9 780" and "118 870" into one ten-digit figure:
    /// that row is flagged, the others stay clean.
    func testOutsizedJoinedFigureRowIsFlagged() throws {
        let text = """
I Peruspääoma 69 184 69 184
II Muut omat rahastot 1 230 1 275
III Edellisten tilikausien yli-/alijäämä 58 236 46 973
IV Tilikauden ylijäämä (alijäämä) -9 780 118 870 11 263 128 695
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = try XCTUnwrap(output.blocks.compactMap(\.table).first ?? output.sections.flatMap(\.allTables).first)
        XCTAssertEqual(table.columns.count, 2)
        // Rows I-III read as four figures as well ("69 | 184 | 69 | 184"): beside the flagged row
        // IV, item or subtotal columns is in doubt for them too (WiderReadingBesideDoubtedRow;
        // the truth has them in the item columns).
        for row in table.rows.prefix(3) {
            XCTAssertTrue(row.cells.allSatisfy { $0?.flags == [.ambiguousSplit] }, row.label)
        }
        XCTAssertTrue(table.rows[3].cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true })
    }

    /// Synth honkakoski p. 3 in pypdf: the same layout is caught; a total only a hundredfold larger
    /// (three digits more) or one whose digits read into no more columns stays clean.
    func testOutsizedJoinedFigureBounds() {
        let rows: [[String]] = [["68", "311", "68", "311"], ["4", "179", "4", "179"],
                                ["-13", "710", "127", "148", "2", "279", "140", "858"]]
        let readings = rows.map { DigitRunSplitter.split($0, columns: 2)?.numbers }
        XCTAssertEqual(OutsizedJoinedFigure.rows(readings, tails: rows, columns: 2), [2])
        let total: [[String]] = [["673", "298"], ["412", "380"], ["125", "600,00", "98", "000,00"]]
        XCTAssertEqual(OutsizedJoinedFigure.rows(total.map { DigitRunSplitter.split($0, columns: 2)?.numbers },
                                                 tails: total, columns: 2), [])
        let whole: [[String]] = [["12", "5"], ["8", "1"], ["1234567,00", "998877,00"]]
        XCTAssertEqual(OutsizedJoinedFigure.rows(whole.map { DigitRunSplitter.split($0, columns: 2)?.numbers },
                                                 tails: whole, columns: 2), [])
    }

    // MARK: JoinableGroups

    /// Synth kivimaki p. 1 in `pdftotext -raw` (lines as extracted): a statement with two columns
    /// per year, whose item rows fill two of the four columns the "Muut toimintatuotot" row counts.
    /// "13 854 14 427" reads into four columns only as `13 | 854 | 14 | 427` (the truth is 13 854
    /// and 14 427 with two cells empty): the row is flagged, not written as four clean numbers.
    /// The full row, whose groups cannot join, stays clean.
    func testRowReadByStandingGroupsAloneIsFlagged() throws {
        let text = """
Myyntituotot 13 854 14 427
Maksutuotot 8 882 8 944
Tuet ja avustukset 3 885 3 981
Muut toimintatuotot 20 461 47 082 20 365 47 717
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = try XCTUnwrap(output.blocks.compactMap(\.table).first ?? output.sections.flatMap(\.allTables).first)
        XCTAssertEqual(table.columns.count, 4)
        for row in table.rows.prefix(3) {
            XCTAssertTrue(row.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true }, row.label)
        }
        XCTAssertEqual(values(table.rows[3]), [20461, 47082, 20365, 47717])
        // No header fixes the four columns, and the row's digits also read as five to eight
        // figures: beside the flagged rows it is in doubt too (WiderReadingBesideDoubtedRow).
        XCTAssertTrue(table.rows[3].cells.allSatisfy { $0?.flags == [.ambiguousSplit] })
    }

    /// Which neighbours can join: a bare three-digit group after an open 1–3-digit group (signed
    /// or not); never after `0`, decimals or a unit, and never a signed or longer next token.
    func testJoinableGroupPairs() {
        XCTAssertTrue(JoinableGroups.canJoin(["13", "854", "14", "427"]))
        XCTAssertTrue(JoinableGroups.canJoin(["-156", "430"]))
        XCTAssertTrue(JoinableGroups.canJoin(["20 461", "470"]))
        XCTAssertFalse(JoinableGroups.canJoin(["20 461", "47 082", "20 365", "47 717"]))
        XCTAssertFalse(JoinableGroups.canJoin(["0", "854"]))
        XCTAssertFalse(JoinableGroups.canJoin(["12,5", "854"]))
        XCTAssertFalse(JoinableGroups.canJoin(["45 %", "854"]))
        XCTAssertFalse(JoinableGroups.canJoin(["-16 248", "-15 236"]))
        XCTAssertFalse(JoinableGroups.canJoin(["438.900", "349.095"]))
        XCTAssertFalse(JoinableGroups.canJoin(["12", "3456"]))
    }

    // MARK: TwoColumnsPerYear

    /// Synth kuusiselka p. 3 in `pdftotext -raw` (lines as extracted): the balance sheet's header
    /// names two years, a group's last row holds item and subtotal for each (four numbers), the
    /// other rows two. The table gets four columns; the item rows of a group whose subtotal the
    /// arithmetic confirms (2 078 019,76 + 2 476 814,69 + 582 780,28 = 5 137 614,73) go to the item
    /// columns unflagged; a two-number row no subtotal confirms ("II Rahat ja pankkisaamiset", in
    /// truth a subtotal-only line) is flagged, not written as two clean cells of one year.
    func testTwoColumnsPerYearStatement() throws {
        let text = """
VASTAAVAA 31.12.2020 31.12.2019
€ €
A PYSYVÄT VASTAAVAT
I Aineettomat hyödykkeet
1. Aineettomat oikeudet 2.078.019,76 1.989.773,86
2. Muut pitkävaikutteiset menot 2.476.814,69 2.318.668,97
3. Ennakkomaksut 582.780,28 5.137.614,73 550.271,87 4.858.714,70
III Sijoitukset
1. Osakkeet ja osuudet 27.816.105,00 27.816.105,00 27.131.996,26 27.131.996,26
II Rahat ja pankkisaamiset 186.293.878,26 141.512.208,64
VASTAAVAA YHTEENSÄ 609.275.172,49 583.368.574,01
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = try XCTUnwrap(output.blocks.compactMap(\.table).first ?? output.sections.flatMap(\.allTables).first)
        XCTAssertEqual(table.columns.count, 4)
        XCTAssertEqual(table.columns[0], table.columns[1])
        XCTAssertEqual(table.columns[2], table.columns[3])
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(values(rows[0]), [Decimal(string: "2078019.76"), nil, Decimal(string: "1989773.86"), nil])
        XCTAssertEqual(values(rows[2]), [Decimal(string: "582780.28"), Decimal(string: "5137614.73"),
                                         Decimal(string: "550271.87"), Decimal(string: "4858714.70")])
        for row in rows.prefix(4) {
            XCTAssertTrue(row.cells.allSatisfy { $0?.flags.isEmpty ?? true }, row.label)
        }
        for row in rows.suffix(2) {
            XCTAssertTrue(row.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) }, row.label)
        }
    }

    /// Rows of N and 2N numbers under N years are the layout only when two rows at least read as
    /// 2N numbers alone; one such row leaves the table as the header reads it.
    func testTwoColumnsPerYearNeedsTwoDoubleRows() {
        XCTAssertNotNil(TwoColumnsPerYear.read([["1.000", "2.000"], ["3.000", "4.000", "5.000", "6.000"],
                                                ["7.000", "8.000", "9.000", "10.000"]], header: 2))
        XCTAssertNil(TwoColumnsPerYear.read([["1.000", "2.000"], ["3.000", "4.000", "5.000", "6.000"],
                                             ["7.000", "8.000"]], header: 2))
    }

    // MARK: NamedColumnsAbove

    /// Synth louhivirta p. 8 in `pdftotext -raw`: the unit line names five columns, the rows keep
    /// two figures each (the rest are written elsewhere on the page). Read by their numbers the
    /// rows make two unnamed columns; which of the five the figures are in is not in the text, so
    /// every cell is flagged.
    func testUnitLineNamingMoreColumnsFlagsHeaderlessRows() throws {
        let text = """
MÄÄRÄRAHOJEN TOTEUTUMINEN
1 000 € 1 000 € 1 000 € 1 000 € 1 000 €
Toimintatuotot
Myyntituotot 1 -72
Maksutuotot 3 -226
Tuet ja avustukset 2 -130
Vuokratuotot 3 -194
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let tables = output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
        let cells = tables.flatMap { $0.rows.flatMap { $0.cells.compactMap { $0 } } }.filter { $0.value != nil }
        XCTAssertFalse(cells.isEmpty)
        XCTAssertTrue(cells.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        XCTAssertEqual(NamedColumnsAbove.unitRepeats(["1", "000", "€", "1", "000", "€"]), 2)
        XCTAssertEqual(NamedColumnsAbove.unitRepeats(["euroa", "euroa", "euroa"]), 3)
        XCTAssertNil(NamedColumnsAbove.unitRepeats(["Toimintatuotot"]))
    }

    // MARK: MultiWordKinds

    /// Synth pauhavaara p. 7 in `pdftotext -raw`: "Talousarvio muutosten jälkeen" on one header
    /// line is one column; the rows' four figures go under the four columns.
    func testMultiWordKindOnOneHeaderLine() throws {
        let text = """
Investointiosa
Talousarvio muutosten jälkeen TP 2020 Poikkeama 2020 Käyttö-%
euroa euroa euroa
Talonrakennus
Vanhan koulun purku –655 000 –329 224 –325 776 50,3%
Paloaseman peruskorjaus –3 258 000 –2 633 688 –624 312 80,8%
Kirjaston sisäilmakorjaukset –1 345 000 –742 086 –602 914 55,2%
"""
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let table = try XCTUnwrap(output.blocks.compactMap(\.table).first ?? output.sections.flatMap(\.allTables).first)
        XCTAssertEqual(table.columns.first?.header, "Talousarvio muutosten jälkeen")
        XCTAssertEqual(table.columns.count, 4)
        let row = try XCTUnwrap(table.rows.first { $0.label == "Vanhan koulun purku" })
        XCTAssertEqual(values(row).prefix(3), [-655000, -329224, -325776])
        XCTAssertTrue(MultiWordKinds.continues(["Talousarvio", "muutosten", "jälkeen"], at: 1))
        XCTAssertTrue(MultiWordKinds.continues(["TA", "muutosten", "jälkeen"], at: 2))
        XCTAssertFalse(MultiWordKinds.continues(["TA", "muutosten"], at: 1))
        XCTAssertFalse(MultiWordKinds.continues(["2020", "muutosten", "jälkeen"], at: 1))
        XCTAssertTrue(MultiWordKinds.continues(["Alkuperäinen", "TA", "2024"], at: 1))
        XCTAssertTrue(MultiWordKinds.continues(["TA", "muutokset"], at: 1))
        XCTAssertFalse(MultiWordKinds.continues(["TP", "2024", "TA", "2025"], at: 2))
    }

    // MARK: EuroSuffixedNumbers

    /// Synth pihlajaniemi p. 5 in `pdftotext -raw`: every amount printed with "€" after it. The
    /// figures are the row's, not its label's; "1 000 €" alone ends a label as before.
    func testEuroSuffixedFiguresAreTheRows() {
        let row = ["Toimintatuotot", "1", "487", "000", "€", "1", "602", "000", "€", "-2", "371", "€", "-0,1"]
        XCTAssertEqual(TextTableBuilder.tailStart(row), 1)
        let unit = ["Kertynyt", "yli-/alijäämä,", "1", "000", "€", "135.801", "130.808"]
        XCTAssertEqual(TextTableBuilder.tailStart(unit), 5)
        XCTAssertEqual(TextTableBuilder.tailStart(["Poikkeama", "€"]), 2)
    }

    // MARK: PercentJoinedToAmount

    /// Synth koivukyla p. 4 and kurkivirta p. 6 in `pdftotext -raw`: a variance run into its
    /// percentage reads as one grouped figure; such readings are flagged, plain ones are not.
    func testPercentJoinedToAmount() {
        XCTAssertTrue(PercentJoinedToAmount.inRow(["–1 435", "–1 459", "–24 101,7 %"]))
        XCTAssertTrue(PercentJoinedToAmount.inRow(["54 000", "58 510", "-4 510 108,4"]))
        XCTAssertFalse(PercentJoinedToAmount.inRow(["–1 435", "–1 459", "–24", "101,7 %"]))
        XCTAssertFalse(PercentJoinedToAmount.inRow(["9 551 587,40", "4 771 117,40", "4 780 470,00"]))
        XCTAssertFalse(PercentJoinedToAmount.inRow(["1 201 195", "1 163 700", "4,9%"]))
    }

    // MARK: DetachedValueRuns (figure rows)

    /// Synth pauhaselka p. 10 in `pdftotext -raw`: the labels as a block, then the rows' figures
    /// one row per line with no label. Read as a table, the figure rows fall under the block's
    /// last label; every cell of the page's tables is flagged instead.
    func testLabelBlockThenFigureRowsIsFlagged() throws {
        let labels = ["Myyntituotot", "Maksutuotot", "Tuet ja avustukset", "Muut toimintatuotot",
                      "Toimintatuotot yhteensä", "Toimintakulut", "Palkat ja palkkiot", "Eläkekulut"]
        let figures = (0..<12).map { k in "\(57 + k) 591 700,00 –205 000,00 \(57 + k) 386 700,00 54 121 746,61 –3 264 953,39" }
        let text = (["Tuloslaskelmaosa", "Alkuperäinen TA TA-muutokset TA+muutos 2019 Toteuma Poikkeama 2019"]
                    + labels + ["Tilikauden ylijäämä (-alijäämä)"] + figures).joined(separator: "\n")
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let tables = output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
        let cells = tables.flatMap { $0.rows.flatMap { $0.cells.compactMap { $0 } } }.filter { $0.value != nil }
        XCTAssertFalse(cells.isEmpty)
        XCTAssertTrue(cells.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        XCTAssertTrue(output.issues.contains { $0.code == "column-blocks" })
        XCTAssertTrue(DetachedValueRuns.isBareFigureRow(TextFileReader.parse("57 591 700,00 –205 000,00").lines[0]))
        XCTAssertFalse(DetachedValueRuns.isBareFigureRow(TextFileReader.parse("Eläkekulut 0,00").lines[0]))
    }

    // MARK: FigureRowsUnderLabels

    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    /// Synth kalliosalo p. 8 in `pdftotext -raw`: eleven labels each with its percent, then eleven
    /// lines of "€" figures with no label. Paired by order, every cell flagged; the figures cut at
    /// their "€", the label's percent last.
    func testFigureRowsUnderLabelsWithEuroFigures() throws {
        let text = """
Kalliosalon kunta
8/11
2.1.3 Tarkastuslautakunta
Määrärahojen toteutuminen
Toteutuma 2023 TA + muutokset Toteutuma Muutos %
TOIMINTATUOTOT 7,2
Myyntituotot 7,2
Vuokratuotot 7,2
TOIMINTAKULUT 5,1
Henkilöstökulut 5,1
Palvelujen ostot 5,1
Aineet, tarvikkeet ja tavarat 5,1
Avustukset 5,1
Vuokrat 5,1
Muut toimintakulut 5,1
TOIMINTAKATE 4,3
248 837,43 € 267 000,00 € 266 791,95 €
91 021,54 € 97 700,00 € 97 589,07 €
157 815,89 € 169 300,00 € 169 202,88 €
−868 353,78 € −892 000,00 € −912 945,88 €
−152 500,54 € −156 700,00 € −160 331,82 €
−78 299,39 € −80 400,00 € −82 320,26 €
−165 861,68 € −170 400,00 € −174 379,08 €
−158 005,87 € −162 300,00 € −166 119,86 €
−135 204,09 € −138 900,00 € −142 147,16 €
−178 482,21 € −183 300,00 € −187 647,70 €
−619 516,35 € −625 000,00 € −646 153,93 €
"""
        let table = try XCTUnwrap(tables(text).first { $0.rows.contains { $0.label == "Vuokratuotot" } })
        XCTAssertEqual(table.rows.count, 11)
        XCTAssertEqual(table.rows.map(\.label).prefix(3), ["TOIMINTATUOTOT", "Myyntituotot", "Vuokratuotot"])
        XCTAssertEqual(values(table.rows[3]), [Decimal(string: "-868353.78"), -892000, Decimal(string: "-912945.88"), Decimal(string: "5.1")])
        XCTAssertEqual(values(table.rows[10]), [Decimal(string: "-619516.35"), -625000, Decimal(string: "-646153.93"), Decimal(string: "4.3")])
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? true } })
        // One figure line fewer than labels: no pairing, no row labelled "Vuokratuotot" with figures.
        let short = text.components(separatedBy: "\n").dropLast().joined(separator: "\n")
        XCTAssertFalse(tables(short).contains { $0.rows.contains { $0.label == "Vuokratuotot" && $0.cells.count == 4 } })
    }

    /// Synth joutsenkyla p. 8 in `pdftotext -raw`: 18 labels ending in a percent (group names
    /// alone on their lines between them), then 18 lines of run-together figures; the columns
    /// come from the rows' digits.
    func testFigureRowsUnderLabelsWithDigitRuns() throws {
        let table = try XCTUnwrap(tables("""
8
2.3. Investointien toteutuminen
Investointiosa (euroa)
Talonrakennus
Nuorisotilan muutostyöt 111,0 %
Liikuntahallin ilmanvaihdon uusiminen 93,7 %
Vanhan koulun purku
Menot 58,0 %
Tulot 58,0 %
Netto 58,0 %
Talonrakennus yhteensä 94,4 %
Kunnallistekniikka
Hulevesijärjestelmät 78,7 %
Katuvalaistuksen LED-saneeraus 66,6 %
Asuntoalueen katujen rakentaminen 113,9 %
Kunnallistekniikka yhteensä 87,3 %
Aineettomat hyödykkeet
Tietojärjestelmien uudistus
Menot 56,0 %
Tulot 56,0 %
Netto 56,0 %
Yleiskaavan päivitys 92,0 %
Aineettomat hyödykkeet yhteensä 77,8 %
Liikunta- ja virkistysalueet
Uimarannan kunnostus 80,4 %
Liikunta- ja virkistysalueet yhteensä 80,4 %
Investoinnit yhteensä 85,8 %
Investointien toteutuma oli yhteensä 4,8 miljoonaa euroa. Suurimmat hankkeet olivat nuorisotilan
muutostyöt ja uimarannan kunnostus.
TA
+
muutokset
Toteutuma
2020
Poikkeama
2020
Käyttö-
%
783 000 868 813 - 85 813
444 000 416 024 27 976
671 000 389 157 281 843
321 000 186 040 134 960
350 000 203 117 146 883
1 577 000 1 487 954 89 046
434 000 341 624 92 376
441 000 293 809 147 191
484 000 551 432 - 67 432
1 359 000 1 186 865 172 135
900 000 503 888 396 112
342 000 191 362 150 638
558 000 312 526 245 474
850 000 782 384 67 616
1 408 000 1 094 909 313 091
829 000 666 821 162 179
829 000 666 821 162 179
5 173 000 4 436 550 736 450
""").first { $0.rows.contains { $0.label == "Nuorisotilan muutostyöt" } })
        XCTAssertEqual(table.rows.count, 18)
        XCTAssertEqual(values(table.rows[0]), [783000, 868813, -85813, Decimal(string: "111.0")])
        XCTAssertEqual(table.rows[2].label, "Menot")
        XCTAssertEqual(table.rows[2].group, "Vanhan koulun purku")
        XCTAssertEqual(values(table.rows[17]), [5173000, 4436550, 736450, Decimal(string: "85.8")])
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? true } })
    }
}
