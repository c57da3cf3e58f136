import XCTest
@testable import LukuCore

/// `RaisedFootnoteMark`: a superscript footnote mark after a figure, which Apache FOP prints with
/// the figure set lower than the rest of its row, keeps the figure in its row and under its column.
/// Hold-out set 4 variant (`make_holdout4.py --only 05 --seed 1000`, Fixtures.holdOut4FootnoteMarksPDF):
/// a tuloslaskelma TP 2025 | TP 2024 with `1)` after Toimintatuotot and Vuosikate TP 2025, `2)`
/// after Valtionosuudet TP 2025 and `*` after Poistot TP 2024. Expected values from the printed page
/// and the variant's truth file.
final class RaisedFootnoteMarkTests: XCTestCase {
    func testMarkedFiguresStayInTheirRows() throws {
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut4FootnoteMarksPDF).allTables
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        let truth: [(String, [String])] = [
            ("Toimintatuotot", ["23538.3", "21148.5"]), ("Toimintakulut", ["-147732.4", "-132380.2"]),
            ("Valtionosuudet", ["40263.8", "41326.3"]), ("Vuosikate", ["-10566.9", "17574.4"]),
            ("Poistot ja arvonalentumiset", ["-4909.4", "-5761.4"]), ("Tilikauden ylijäämä (alijäämä)", ["-15467.6", "11991.3"]),
        ]
        for (label, printed) in truth {
            let row = try XCTUnwrap(table.rows.first { $0.label == label }, label)
            XCTAssertEqual(PrintedFigures.values(row), PrintedFigures.decimals(printed), label)
        }
        XCTAssertEqual(table.rows.count, 11, "\(table.rows.map(\.label))")
        XCTAssertTrue(table.rows.allSatisfy { !$0.label.isEmpty })
        let marked = table.rows.first { $0.label == "Toimintatuotot" }?.cells.first??.text
        XCTAssertEqual(marked, "23 538,3 1)", "the cell keeps its mark as printed")
    }

    /// On the page's glyphs: the `1)` after `23 538,3` is a mark (6 pt over 9 pt, raised), and
    /// no glyph of a line without superscripts is.
    func testMarkGlyphsAreFound() throws {
        let page = try XCTUnwrap(Fixtures.pages(Fixtures.holdOut4FootnoteMarksPDF).first)
        let lines = LineBuilder().lines(of: page).map(NumberJoiner().join)
        let row = try XCTUnwrap(lines.first { $0.text.hasPrefix("Toimintatuotot") })
        XCTAssertEqual(row.words.map(\.text).suffix(3), ["23 538,3", "1)", "21 148,5"])
        XCTAssertFalse(lines.contains { $0.text == "1)" || $0.text.hasPrefix("1) 21") }, "no line of the mark alone")
        let plain = try XCTUnwrap(lines.first { $0.text.hasPrefix("Toimintakulut") })
        XCTAssertEqual(plain.words.map(\.text).suffix(2), ["-147 732,4", "-132 380,2"])
    }
}
