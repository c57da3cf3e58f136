import XCTest
@testable import LukuCore

/// LaTeX's footnote marks on figures (hold-out set 5 variant `make_holdout5.py --only 05 --seed
/// 1000`, Fixtures.holdOut5FootnoteTasePDF, pdfLaTeX, Charter): `$^{*}$` is cmsy's asterisk
/// operator U+2217, raised after `12 782 299,15`; `pdftotext -layout` glues `\textsuperscript{1)}` to
/// the figure (`896 993,791)`). Expected values from the printed page.
final class TeXFootnoteMarkTests: XCTestCase {
    /// The raised `∗` is placed into its own row (`RaisedFootnoteMark`) and read as a mark
    /// (`FootnotedValue`): III Sijoitukset keeps its value, the row above has no mark.
    func testMathAsteriskIsAMarkOfItsOwnRow() throws {
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut5FootnoteTasePDF).allTables
        let rows = tables.flatMap(\.rows)
        let sij = try XCTUnwrap(rows.first { $0.label == "III Sijoitukset" })
        XCTAssertEqual(PrintedFigures.values(sij), PrintedFigures.decimals(["12782299.15", "19376567.67"]))
        XCTAssertTrue(sij.cells[0]?.text.contains("∗") == true)
        let above = try XCTUnwrap(rows.first { $0.label == "II Aineelliset hyödykkeet" })
        XCTAssertEqual(PrintedFigures.values(above), PrintedFigures.decimals(["86313120.29", "61420660.49"]))
    }

    /// `-layout`'s glued marks: `∗` after the decimals reads as a mark; `1)` fused to the decimals
    /// cannot be told from them and is flagged, never passed as text.
    func testGluedMarksInLayoutText() {
        let star = CellReader.cell("12 782 299,15∗", column: nil)
        XCTAssertEqual(star.value, Decimal(string: "12782299.15"))
        let fused = CellReader.cell("896 993,791)", column: nil)
        XCTAssertNil(fused.value)
        XCTAssertEqual(fused.flags, [.unreadable])
        XCTAssertEqual(CellReader.cell("2)", column: nil).flags, [])
    }
}
