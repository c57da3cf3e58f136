import XCTest
@testable import LukuCore

final class TerminalTextTests: XCTestCase {
    func testWidthCountsCharactersAndIgnoresCombiningMarks() {
        XCTAssertEqual(TerminalText.width("ä"), 1)
        XCTAssertEqual(TerminalText.width("a\u{308}"), 1)
        XCTAssertEqual(TerminalText.width("\u{308}"), 0)
        XCTAssertEqual(TerminalText.width("€−⇔"), 3)
        XCTAssertEqual(TerminalText.width("Ma\u{308}a\u{308}ra\u{308}"), 5)
        XCTAssertEqual(TerminalText.width("soft\u{AD}hyphen"), 10)
    }

    func testTruncateAndPad() {
        XCTAssertEqual(TerminalText.truncate("siirretty", to: 9), "siirretty")
        XCTAssertEqual(TerminalText.truncate("siirretty", to: 5), "siir…")
        XCTAssertEqual(TerminalText.truncate("ab cd", to: 4), "ab…")
        XCTAssertEqual(TerminalText.padLeft("ä", to: 3), "  ä")
        XCTAssertEqual(TerminalText.padRight("a\u{308}", to: 3), "a\u{308}  ")
    }

    func testWrap() {
        XCTAssertEqual(TerminalText.wrap("TA+muutos 2024", width: 10), ["TA+muutos", "2024"])
        XCTAssertEqual(TerminalText.wrap("abcdefgh ij", width: 3), ["abc", "def", "gh", "ij"])
        XCTAssertEqual(TerminalText.wrap("", width: 5), [""])
        XCTAssertEqual(TerminalText.wrap("a b c d e f g", width: 3, maxLines: 2), ["a b", "c…"])
        XCTAssertEqual(TerminalText.wrap("aaa bbb ccc", width: 3, maxLines: 2), ["aaa", "bb…"])
        XCTAssertEqual(TerminalText.narrowestWrapWidth("TA+muutos 2024", maxLines: 3), 9)
        XCTAssertEqual(TerminalText.narrowestWrapWidth("a b c d", maxLines: 3), 3)
    }
}
