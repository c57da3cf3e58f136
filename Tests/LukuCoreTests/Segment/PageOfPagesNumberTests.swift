import XCTest
@testable import LukuCore

/// `PageOfPagesNumber`: "1 (1)" at a page's foot is page debris, also in a one-page document.
final class SegmentPageOfPagesNumberTests: XCTestCase {
    /// hold-out hold-03 p. 1 in `pdftotext -layout`: the last table row, four blank lines, and the
    /// footer "1 (1)" centred far below it (before: the row's label became "TOIMINTAKATE 1 (1)").
    func testLayoutFooterAfterTheLastRowGoes() {
        let text = """
          Muut toimintakulut                 −4 571,8         0,0      −4 571,8      −4 831,4       −259,6       105,7 %
        TOIMINTAKATE                       −100 555,9      −794,8    −101 350,7    −102 091,0       −740,3      100,7 %




                                                           1 (1)
        \u{0C}
        """
        let kept = PageDebrisFilter.filterText(Fixtures.textLines(text)).map(\.text).filter { !$0.isEmpty }
        XCTAssertEqual(kept.count, 2)
        XCTAssertTrue(kept[1].hasPrefix("TOIMINTAKATE"))
        XCTAssertFalse(kept.contains { $0.contains("(1)") })
    }

    /// The same footer as a PDF page's last line goes; a row of values above it stays.
    func testPDFLastLineGoes() {
        func pdfLine(_ text: String) -> TextLine {
            TextLine(page: 1, words: text.split(separator: " ").map { Word(text: String($0)) },
                     box: BoundingBox(x0: 50, y0: 0, x1: 100, y1: 10), fontSize: 10)
        }
        let lines = [pdfLine("TOIMINTAKATE −100 555,9 −794,8"), pdfLine("1 (1)")]
        XCTAssertEqual(PageDebrisFilter.filterPDF(lines).map(\.text), ["TOIMINTAKATE −100 555,9 −794,8"])
    }

    /// `pdftotext` default of lapua-sivla-poytakirja-2024-11-21 p. 18: "18 (29)" at the margin between
    /// blank lines inside the running head block stays for the running-head reader, not taken alone.
    func testMarginLineInsideARunningHeadStays() {
        let text = "\u{0C}Lapuan kaupunki\nSivistyslautakunta\n\nPöytäkirja\n21.11.2024\n\n11/2024\n\n18 (29)\n\nToimintatuotot 438.900\n349.095\n"
        XCTAssertTrue(PageDebrisFilter.filterText(Fixtures.textLines(text)).map(\.text).contains("18 (29)"))
    }

    func testWhatIsAPageOfPages() {
        XCTAssertTrue(PageOfPagesNumber.matches(["1", "(1)"]))
        XCTAssertTrue(PageOfPagesNumber.matches(["18", "(29)"]))
        XCTAssertFalse(PageOfPagesNumber.matches(["5", "(3)"]), "a page past the count is a value and a negative")
        XCTAssertFalse(PageOfPagesNumber.matches(["0", "(1)"]))
        XCTAssertFalse(PageOfPagesNumber.matches(["1", "(1)", "2"]))
        XCTAssertFalse(PageOfPagesNumber.matches(["1", "(12 508)"]))
        XCTAssertFalse(PageOfPagesNumber.matches(["Sivu", "(1)"]))
    }
}
