import Foundation
import XCTest
@testable import LukuCore

/// `ColumnSplitContinuation`: hold-out set 2 doc 08 (tools/holdout/README2.md, B1), a tuloslaskelma
/// over eight periods printed four on p. 1 and four on p. 2 under "Tuloslaskelma (jatkuu)", labels
/// repeated. One table of eight columns, from the PDF and from its `pdftotext -raw` text.
final class ColumnSplitContinuationTests: XCTestCase {
    static let periods = ["TP 2022", "TP 2023", "TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    /// "Toimintatuotot 21 657,7 21 335,5 22 514,2 19 979,7" on p. 1, "… 20 953,8 28 961,9 28 841,6 28 717,2" on p. 2.
    static let toimintatuotot: [Decimal?] = ["21657.7", "21335.5", "22514.2", "19979.7", "20953.8", "28961.9", "28841.6", "28717.2"]
        .map { Decimal(string: $0) }
    /// "Tilikauden ylijäämä (alijäämä) 3 309,3 3 764,0 -1 705,2 -110,1" / "-480,6 8 837,0 5 932,2 19 754,1".
    static let ylijaama: [Decimal?] = ["3309.3", "3764.0", "-1705.2", "-110.1", "-480.6", "8837.0", "5932.2", "19754.1"]
        .map { Decimal(string: $0) }

    private func check(_ tables: [Table], file: StaticString = #filePath, line: UInt = #line) throws {
        let parts = tables.filter { $0.rows.contains { $0.label == "Toimintatuotot" } }
        XCTAssertEqual(parts.count, 1, "parts: \(parts.map { $0.columns.map(\.header) })", file: file, line: line)
        let table = try XCTUnwrap(parts.first, file: file, line: line)
        XCTAssertEqual(table.columns.map(\.header).map { $0.replacingOccurrences(of: "\n", with: " ") }, Self.periods, file: file, line: line)
        XCTAssertEqual(table.rows.count, 11, file: file, line: line)
        XCTAssertEqual(table.rows.first?.cells.map { $0?.value }, Self.toimintatuotot, file: file, line: line)
        XCTAssertEqual(table.rows.last?.label, "Tilikauden ylijäämä (alijäämä)", file: file, line: line)
        XCTAssertEqual(table.rows.last?.cells.map { $0?.value }, Self.ylijaama, file: file, line: line)
        XCTAssertEqual(table.pages, [1, 2], file: file, line: line)
    }

    func testTableSplitByColumnsIsOneTableFromThePDF() throws {
        try check(Pipeline(pageThreads: 1).run(path: Fixtures.holdOut2SplitByColumnsPDF).allTables)
    }

    /// The same document in `pdftotext -raw` (as printed, running head and page number included).
    static let raw = """
    Ruskealan kunta – Talousarvio 2026
    1
    5 Tuloslaskelma 2022–2029
    Tuloslaskelma
    TP
    2022
    TP
    2023
    TP
    2024
    TA
    2025
    Toimintatuotot 21 657,7 21 335,5 22 514,2 19 979,7
    Toimintakulut -114 889,1 -119 188,0 -113 504,7 -113 151,1
    Toimintakate -93 231,4 -97 852,5 -90 990,5 -93 171,4
    Verotulot 76 231,2 73 413,5 68 328,3 69 988,6
    Valtionosuudet 26 571,3 32 157,2 25 769,6 28 950,8
    Rahoitustuotot ja -kulut -1 017,0 299,3 -456,0 -347,4
    Vuosikate 8 554,1 8 017,5 2 651,4 5 420,6
    Poistot ja arvonalentumiset -5 475,5 -4 441,6 -4 583,3 -5 614,9
    Tilikauden tulos 3 078,6 3 575,9 -1 931,9 -194,3
    Poistoeron muutos 230,7 188,1 226,7 84,2
    Tilikauden ylijäämä (alijäämä) 3 309,3 3 764,0 -1 705,2 -110,1
    \u{0C}Ruskealan kunta – Talousarvio 2026
    2
    Tuloslaskelma (jatkuu)
    TA
    2026
    TS
    2027
    TS
    2028
    TS
    2029
    Toimintatuotot 20 953,8 28 961,9 28 841,6 28 717,2
    Toimintakulut -116 047,7 -115 581,6 -117 542,6 -111 812,1
    Toimintakate -95 093,9 -86 619,7 -88 701,0 -83 094,9
    Verotulot 73 032,3 72 364,3 68 784,4 73 633,1
    Valtionosuudet 25 861,8 28 876,4 32 715,6 34 520,3
    Rahoitustuotot ja -kulut 115,5 -461,3 -1 101,2 -1 097,1
    Vuosikate 3 915,7 14 159,7 11 697,8 23 961,4
    Poistot ja arvonalentumiset -4 416,3 -5 386,2 -5 777,5 -4 312,0
    Tilikauden tulos -500,6 8 773,5 5 920,3 19 649,4
    Poistoeron muutos 20,0 63,5 11,9 104,7
    Tilikauden ylijäämä (alijäämä) -480,6 8 837,0 5 932,2 19 754,1
    """

    func testTableSplitByColumnsIsOneTableFromRawText() throws {
        let output = Segmenter().segmentText(TextFileReader.parse(Self.raw).lines)
        let tables = output.blocks.compactMap { block -> Table? in
            if case .table(let t) = block { return t }
            return nil
        } + output.sections.flatMap(\.allTables)
        try check(tables)
    }

    /// Without the continuation mark, or with a column printed on both pages, the parts stay apart.
    func testNoMarkOrSharedColumnKeepsTwoTables() {
        let unmarked = Self.raw.replacingOccurrences(of: "Tuloslaskelma (jatkuu)", with: "Tuloslaskelma")
        let shared = Self.raw.replacingOccurrences(of: "TS\n2029", with: "TA\n2025")
        for text in [unmarked, shared] {
            let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
            let drafts = TextTableBuilder().tables(in: lines, excluded: []).0
            XCTAssertEqual(drafts.filter { $0.rows.contains { $0.label == "Toimintatuotot" } }.count, 2)
            let merged = ColumnSplitContinuation.merge(drafts, lines: lines)
            XCTAssertEqual(merged.filter { $0.rows.contains { $0.label == "Toimintatuotot" } }.count, 2)
        }
    }
}
