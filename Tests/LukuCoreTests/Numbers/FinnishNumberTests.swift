import XCTest
@testable import LukuCore

final class FinnishNumberTests: XCTestCase {
    private func d(_ s: String) -> Decimal { Decimal(string: s)! }

    func testAcceptedFormats() {
        let cases: [(String, String, String?)] = [
            ("-6 649 150", "-6649150", nil),
            ("1 665 558", "1665558", nil),
            ("11544", "11544", nil),
            ("0", "0", nil),
            ("7", "7", nil),
            ("1 054", "1054", nil),
            ("1 000 000", "1000000", nil),
            ("-5,2", "-5.2", nil),
            ("9,91", "9.91", nil),
            ("0,5", "0.5", nil),
            ("11 080 763,67", "11080763.67", nil),
            ("541,8", "541.8", nil),
            ("6 228 970,00", "6228970.00", nil),
            ("+ 1 310 855", "1310855", nil),
            ("+12", "12", nil),
            ("– 3", "-3", nil),
            ("\u{2212}318 280", "-318280", nil),
            ("\u{2013}42", "-42", nil),
            ("1\u{00A0}665\u{00A0}558", "1665558", nil),
            ("1\u{202F}665\u{202F}558", "1665558", nil),
            ("1\u{2009}665", "1665", nil),
            ("33,5 %", "33.5", "%"),
            ("33,5%", "33.5", "%"),
            ("-5,2 %", "-5.2", "%"),
            ("100%", "100", "%"),
            ("1 000 €", "1000", "€"),
            ("1 000€", "1000", "€"),
            ("  343 581  ", "343581", nil),
            ("12345678901234567890123", "12345678901234567890123", nil),
            ("1 234 567 890 123 456 789 012,5", "1234567890123456789012.5", nil),
        ]
        for (text, value, unit) in cases {
            XCTAssertEqual(FinnishNumber.parse(text), ParsedNumber(value: d(value), unit: unit), text)
        }
    }

    func testRejected() {
        let cases = [
            "31.12.2024", "30.6.2022", "31.12.", "1-6/2022", "2026-2027", "2023–2024",
            "0,8–1,7 %", "§ 363", "13 / 54", "128 t 50 min", "xx", "x", "-", "–", "−", "+",
            "siirretty", "MENOT", "", "   ", "42 998 27", "-1 054 0", "054", "0123", "00",
            "0 123", "1234 567", "1  000", "1 0000", "12 34", "5,", ",5", "1,2,3", "1.5",
            "1 000 € €", "% 5", "5 %%", "--5", "- -5", "٣", "1²",
        ]
        for text in cases {
            XCTAssertNil(FinnishNumber.parse(text), text)
        }
    }

    func testKeepsOnlyValidGrouping() {
        // Two numbers glued by extraction are never read as one.
        XCTAssertNil(FinnishNumber.parse("213 930 260 000 374 119 268 670 278 75"))
        XCTAssertEqual(FinnishNumber.parse("213 930 260 000 374 119")?.value, d("213930260000374119"))
    }

    func testPlaceholders() {
        for t in ["xx", "x", "XX", "-", "–", "−", "—", "..", "...", "…", " xx "] {
            XCTAssertTrue(FinnishNumber.isPlaceholder(t), t)
        }
        for t in ["", "0", "xxx", "siirretty", "-5", "- -", "."] {
            XCTAssertFalse(FinnishNumber.isPlaceholder(t), t)
        }
    }

    /// Not a benchmark gate: prints the speed so a regression is visible in the log.
    func testSpeedSample() {
        let tokens = ["-6 649 150", "MENOT", "33,5 %", "31.12.2024", "11544", "xx", "Henkilöstökulut", "1 054"]
        let start = Date()
        var n = 0
        for i in 0..<100_000 where FinnishNumber.parse(tokens[i % tokens.count]) != nil { n += 1 }
        print("FinnishNumber.parse: 100000 tokens in \(Date().timeIntervalSince(start)) s (\(n) numbers)")
        XCTAssertEqual(n, 50_000)
    }
}

/// Exactness at the edge of `Decimal`: 38 digits are kept, more are refused, never rounded.
final class FinnishNumberLimitTests: XCTestCase {
    func testThirtyEightDigitsAreExactAndMoreAreRefused() {
        let kept = String(repeating: "9", count: 38)
        XCTAssertEqual(FinnishNumber.parse(kept)?.value.description, kept)
        XCTAssertNil(FinnishNumber.parse(String(repeating: "1", count: 45)))
        XCTAssertTrue(NumberLexer.scan(String(repeating: "1", count: 45)).allSatisfy { $0.value == nil })
    }
}
