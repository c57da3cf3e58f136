import XCTest
@testable import LukuCore

/// `PageOfPagesBand`: a report's footer band ending in "Sivu n / N" is page debris, also in a
/// report of two pages, so a table's parts either side of the page break meet.
final class SegmentPageOfPagesBandTests: XCTestCase {
    /// hold-out hold6-01-jasper-kaytto in `pdftotext -layout`, the foot of page 1 and page 2: the
    /// footer band "Talousraportointi / HOLD6 … Sivu 1 / 2" stood between the table's last row on
    /// page 1 and TOIMINTAKATE on page 2. Both bands go; the rows and the page header stay.
    func testLayoutFooterBandsOfATwoPageReportGo() {
        let text = """
           Vuokrat                           -808 267                    0            -808 267     -747 274       60 993                 92,5
           Muut toimintakulut                -556 066                    0            -556 066     -618 323       -62 257               111,2


        Talousraportointi / HOLD6                                                                                                           Sivu 1 / 2
        \u{0C}Järvelän kaupunki                        Käyttötalouden toteutumisvertailu                              Ajopäivä 15.01.2026 08:12



        TOIMINTAKATE                -1 454 820               1 671          -1 453 149   -1 545 644   -92 495               106,4




        Talousraportointi / HOLD6                                                                                               Sivu 2 / 2
        \u{0C}
        """
        let kept = PageDebrisFilter.filterText(Fixtures.textLines(text)).map(\.text).filter { !$0.isEmpty }
        XCTAssertFalse(kept.contains { $0.contains("Sivu") }, "\(kept)")
        XCTAssertEqual(kept.count, 4)
        XCTAssertTrue(kept[3].hasPrefix("TOIMINTAKATE"))
    }

    /// The same band as a PDF page's last line goes; the row above it stays. A row whose label
    /// happens to hold "sivu" is no band (figures before it, nothing after).
    func testPDFLastLineGoes() {
        func pdfLine(_ text: String, page: Int = 1) -> TextLine {
            TextLine(page: page, words: text.split(separator: " ").map { Word(text: String($0)) },
                     box: BoundingBox(x0: 50, y0: 0, x1: 100, y1: 10), fontSize: 10)
        }
        let lines = [pdfLine("Muut toimintakulut -556 066 0 -556 066"), pdfLine("Talousraportointi / HOLD6 Sivu 1 / 2"),
                     pdfLine("TOIMINTAKATE -1 454 820 1 671", page: 2), pdfLine("Talousraportointi / HOLD6 Sivu 2 / 2", page: 2)]
        XCTAssertEqual(PageDebrisFilter.filterPDF(lines).map(\.text),
                       ["Muut toimintakulut -556 066 0 -556 066", "TOIMINTAKATE -1 454 820 1 671"])
    }

    func testWhatIsABand() {
        XCTAssertTrue(PageOfPagesBand.matches(["Talousraportointi", "/", "HOLD6", "Sivu", "1", "/", "2"]))
        XCTAssertTrue(PageOfPagesBand.matches(["Sivu", "3/12"]))
        XCTAssertTrue(PageOfPagesBand.matches(["Tulostettu", "Sivu", "2", "(6)"]))
        XCTAssertTrue(PageOfPagesBand.matches(["SIVU", "1", "/", "1"]))
        XCTAssertFalse(PageOfPagesBand.matches(["Sivu", "3", "/", "2"]), "a page past the count")
        XCTAssertFalse(PageOfPagesBand.matches(["Sivu", "0", "/", "2"]))
        XCTAssertFalse(PageOfPagesBand.matches(["Talousraportointi", "1", "/", "2"]), "no page word")
        XCTAssertFalse(PageOfPagesBand.matches(["Sivu", "1", "/", "2", "liite"]), "words after the count")
        XCTAssertFalse(PageOfPagesBand.matches(["Kotisivut", "12", "500", "Sivu", "1", "/", "2"]), "a figure before it")
    }
}
