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

    /// hold5-05 (tase, `$^{*}$` after a figure): pymupdf4llm writes the math asterisk in italics
    /// inside its superscript, `<sup>_∗_</sup>`; `SuperscriptMarkInCell` takes the italics off so
    /// the mark is one `MarkedNumber` knows. The page prints III Sijoitukset 15 099 553,39 with a
    /// raised ∗ and A PYSYVÄT VASTAAVAT 91 613 193,36 = 250 798,90 + 76 262 841,07 + 15 099 553,39.
    func testItalicMathAsteriskMark() throws {
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("15 099 553,39<sup>_∗_</sup>"), "15 099 553,39 ∗")
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("1 234<sup>_a_</sup>"), "1 234<sup>_a_</sup>")
        let text = """
        |~~C~~|31.12.2025|31.12.2024|
        |---|---|---|
        |**A PYSYVÄT VASTAAVAT**|**91 613 193,36**|**63 753 354,47**|
        |I Aineettomat hyödykkeet|250 798,90|394 746,78<sup>1)</sup>|
        |II Aineelliset hyödykkeet|76 262 841,07|52 047 441,35|
        |III Sijoitukset|15 099 553,39<sup>_∗_</sup>|11 311 166,34|
        """
        let t = try XCTUnwrap(try Fixtures.ingestCopied(text, as: "copied.md").allTables.first)
        let sijoitukset = try XCTUnwrap(t.rows.first { $0.label == "III Sijoitukset" })
        let cell = try XCTUnwrap(sijoitukset.cells.first ?? nil)
        // Read as the printed figure, or flagged: never a text cell that says nothing.
        XCTAssertTrue(cell.value == Decimal(string: "15099553.39") || !cell.flags.isEmpty, "\(cell)")
        XCTAssertNotEqual(cell.text, "15 099 553,39<sup>_∗_</sup>")
    }
}
