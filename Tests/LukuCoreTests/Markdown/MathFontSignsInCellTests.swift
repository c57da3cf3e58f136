import XCTest
@testable import LukuCore

/// `MathFontSignsInCell`: TeX's math-mode minus and siunitx's comma, emphasised alone by
/// pymupdf4llm (`_−_128833_,_0`), are read as the figure printed. Lines copied from the pymupdf4llm
/// Markdown (the flavour venv's) of hold-out set 5's hold5-02 (siunitx, mathptmx) and hold5-12
/// (LuaLaTeX, siunitx); expected values from the printed pages (`pdftotext -layout`).
final class MathFontSignsInCellTests: XCTestCase {
    func testShapes() {
        XCTAssertEqual(MathFontSignsInCell.strip("_−_128833_,_0"), "−128833,0")
        XCTAssertEqual(MathFontSignsInCell.strip("_−_**9 282 380**"), "−**9 282 380**")
        XCTAssertEqual(MathFontSignsInCell.strip("24625_,_7"), "24625,7")
        // Bold marks and a word in italics are left alone.
        XCTAssertEqual(MathFontSignsInCell.strip("__−__"), "__−__")
        XCTAssertEqual(MathFontSignsInCell.strip("_siirretty_"), "_siirretty_")
    }

    func testSiunitxTuloslaskelma() throws {
        let text = """
        # **Tuloslaskelma** 

        ||TP 2025<br>1 000|TP 2024<br> <br>~~C~~|
        |---|---|---|
        |Toimintatuotot|24625_,_7|22764_,_0|
        |Toimintakulut|_−_128833_,_0|_−_153040_,_6|
        |**Toimintakate**|_−_104207_,_3|_−_130276_,_6|
        |Rahoitustuotot ja -kulut|243_,_2|_−_622_,_0|
        """
        let t = try XCTUnwrap(try Fixtures.ingestCopied(text, as: "copied.md").allTables.first)
        XCTAssertEqual(t.rows.map(\.label), ["Toimintatuotot", "Toimintakulut", "Toimintakate", "Rahoitustuotot ja -kulut"])
        XCTAssertEqual(PrintedFigures.values(t.rows[1]), PrintedFigures.decimals(["-128833.0", "-153040.6"]))
        XCTAssertEqual(PrintedFigures.values(t.rows[2]), PrintedFigures.decimals(["-104207.3", "-130276.6"]))
        XCTAssertEqual(PrintedFigures.values(t.rows[3]), PrintedFigures.decimals(["243.2", "-622.0"]))
    }
}
