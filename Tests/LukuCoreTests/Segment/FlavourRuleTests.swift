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
        XCTAssertTrue(TabCellReader.holdsSeveralNumbers("0 0"))
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
}
