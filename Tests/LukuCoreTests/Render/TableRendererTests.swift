import XCTest
@testable import LukuCore

/// `n` spaces: expected lines below are written as text and explicit gaps.
func sp(_ n: Int) -> String { String(repeating: " ", count: n) }

final class TableRendererTests: XCTestCase {
    // Layout worked out by hand: label column 11 (`  NETTOMENO`), gaps of 2, value columns
    // 11 (10 for numbers + a marker slot, ⇔), 10 (`-6 305 569`, `siirretty`), 12 (11 + slot for ? and !).
    // Headers wrap at the narrowest width giving at most three lines and are right-aligned
    // over the value area, bottom-aligned.
    func testNumericTableExactLines() {
        let lines = TableRenderer(width: 80).lines(RenderFixtures.numericTable)
        XCTAssertEqual(lines, [
            "Table p5-t1 (page 5) · Hallintopalvelut · €",
            sp(14) + "TA+muutos",
            sp(19) + "2024" + sp(6) + "TP 2024" + sp(2) + "POIKKEAMA €",
            String(repeating: "─", count: 50),
            "MENOT" + sp(8) + "-6 649 150" + sp(3) + "-6 305 569" + sp(6) + "343 581",
            "TULOT" + sp(13) + "1 200⇔" + sp(7) + "1 350" + sp(10) + "150",
            "▸ Joukkoliikenne",
            "  MENOT" + sp(8) + "-318 280" + sp(4) + "siirretty" + sp(2) + "213 930 260?",
            "  NETTOMENO" + sp(4) + "-318 280" + sp(16) + "-1 611 034!",
            "Yhteensä" + sp(18) + "-6 305 569",
            "markers: ? ambiguous-split  ! check-failed  ⇔ merged",
            "checks: 1 ok, 1 mismatch",
            "verified 1 of 11 numeric cells (9.1 %)",
            "  ✗ MENOT + TULOT = NETTOMENO  row 3 col 2: expected -1011034, printed -1611034",
        ])
    }

    func testRenderEndsEveryLineWithNewline() {
        let table = RenderFixtures.smallTable
        let renderer = TableRenderer(width: 80)
        XCTAssertEqual(renderer.render(table), renderer.lines(table).map { $0 + "\n" }.joined())
    }

    /// Every numeric cell of a column ends at the same terminal column.
    func testNumericColumnsRightAlign() {
        let table = RenderFixtures.numericTable
        for width in [46, 60, 80, 120] {
            let lines = TableRenderer(width: width).lines(table)
            let rule = lines.firstIndex { $0.hasPrefix("─") }!
            let rowLines = lines[(rule + 1)...].filter { !$0.hasPrefix("▸") }.prefix(table.rows.count)
            var ends: [Int: Set<Int>] = [:]
            for (row, line) in zip(table.rows, rowLines) {
                var searchFrom = line.index(line.startIndex, offsetBy: min(line.count, 7))
                for (column, cell) in row.cells.enumerated() {
                    guard let cell, cell.value != nil else { continue }
                    let range = try! XCTUnwrap(line.range(of: cell.text, range: searchFrom..<line.endIndex),
                                               "\(cell.text) in \(line)")
                    ends[column, default: []].insert(renderTestCells(String(line[..<range.upperBound])))
                    searchFrom = range.upperBound
                }
            }
            XCTAssertEqual(ends.count, 3)
            for (column, set) in ends {
                XCTAssertEqual(set.count, 1, "column \(column) at width \(width): \(set)")
            }
        }
    }

    func testNumericTableFitsNarrowWidth() {
        let lines = TableRenderer(width: 46).lines(RenderFixtures.numericTable)
        for line in lines { XCTAssertLessThanOrEqual(renderTestCells(line), 46, line) }
        // Numbers need 11+10+12 cells and 3 gaps: the label column gives way (7 cells).
        XCTAssertTrue(lines.contains("  NETT…" + sp(4) + "-318 280" + sp(16) + "-1 611 034!"))
        XCTAssertTrue(lines.contains("Yhteen…" + sp(15) + "-6 305 569"))
        XCTAssertTrue(lines.contains("▸ Joukkoliikenne"))
        XCTAssertEqual(Array(lines.suffix(6)), [
            "markers: ? ambiguous-split  ! check-failed",
            "         ⇔ merged",
            "checks: 1 ok, 1 mismatch",
            "verified 1 of 11 numeric cells (9.1 %)",
            "  ✗ MENOT + TULOT = NETTOMENO row 3 col 2:",
            "    expected -1011034, printed -1611034",
        ])
    }

    func testLongTextCellInNumericTableIsTruncated() {
        let table = Table(id: "t", page: 1, pages: [1], columns: [Column(header: "TP 2024")], rows: [
            Row(label: "A", cells: [RenderFixtures.number("1 000", 1000)]),
            Row(label: "B", cells: [RenderFixtures.text("ei budjetoitu erikseen")]),
        ])
        XCTAssertEqual(TableRenderer(width: 20).lines(table), [
            "Table t (page 1)",
            sp(13) + "TP 2024",
            String(repeating: "─", count: 20),
            "A" + sp(14) + "1 000",
            "B  ei budjetoitu er…",
        ])
    }

    // Text-only layout at width 72: 66 cells for four columns. Floors are the longest words
    // (16, 19, 14, 10 = 59); the 7 cells left go one at a time to the narrowest column still
    // below its natural width: Toteuma 10→14, then Tavoitetaso/Toteuma alternately → 16, 15.
    func testGoalTableWrapsCells() {
        let lines = TableRenderer(width: 72).lines(RenderFixtures.goalTable)
        XCTAssertEqual(lines, [
            "Table p7-t1 (pages 7–8) · Tavoitteet",
            sp(18) + "Mittari" + sp(14) + "Tavoitetaso 2024" + sp(2) + "Toteuma",
            String(repeating: "─", count: 72),
            "Asukaslähtöisyys  Asiakastyytyväisyys  Vähintään 4,0" + sp(5) + "4,2 tavoite",
            sp(18) + "kyselyn mukaan" + sp(7) + "asteikolla 1–5" + sp(4) + "saavutettu",
            "",
            "Talous" + sp(12) + "Toimintakate" + sp(9) + "Talousarviossa",
            sp(39) + "pysyminen",
        ])
    }

    func testGoalTableFitsEveryWidth() {
        for width in [30, 40, 50, 60, 65, 100] {
            let lines = TableRenderer(width: width).lines(RenderFixtures.goalTable)
            for line in lines { XCTAssertLessThanOrEqual(renderTestCells(line), width, "\(width): \(line)") }
            // Nothing is cut. From 65 cells on (4 columns, 3 gaps, longest words 16+19+14+10)
            // no word is broken either.
            let words = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
            if width >= 65 {
                for word in ["Asukaslähtöisyys", "Asiakastyytyväisyys", "Talousarviossa", "saavutettu",
                             "pysyminen", "1–5"] {
                    XCTAssertTrue(words.contains(word), "\(width): \(word)")
                }
            }
            let table = RenderFixtures.goalTable
            let printed = table.rows.flatMap { [$0.label] + $0.cells.compactMap { $0?.text } }
            let rule = lines.firstIndex { $0.hasPrefix("─") }!
            XCTAssertEqual(lines[(rule + 1)...].joined().filter { !$0.isWhitespace }.count,
                           printed.joined().filter { !$0.isWhitespace }.count, "\(width)")
        }
    }

    func testMultiPageTitleAndEmptyTable() {
        let table = Table(id: "p5-t1", page: 5, pages: [5, 6, 7, 8], columns: [], rows: [])
        XCTAssertEqual(TableRenderer().lines(table), ["Table p5-t1 (pages 5–8)", "(empty table)"])
        let gappy = Table(id: "p5-t1", page: 5, pages: [5, 7], columns: [], rows: [])
        XCTAssertEqual(TableRenderer().lines(gappy).first, "Table p5-t1 (pages 5, 7)")
    }

    func testDeterministic() {
        let a = TableRenderer(width: 80).render(RenderFixtures.numericTable)
        for _ in 0..<5 {
            XCTAssertEqual(TableRenderer(width: 80).render(RenderFixtures.numericTable), a)
        }
        XCTAssertEqual(TableRenderer(width: 72).render(RenderFixtures.goalTable),
                       TableRenderer(width: 72).render(RenderFixtures.goalTable))
    }
}
