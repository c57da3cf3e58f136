import XCTest
@testable import LukuCore

/// `luku number` prints `NumberLexer.reportLine` for each argument: these are its exact lines.
final class NumberCommandTests: XCTestCase {
    func testNumbersLine() {
        XCTAssertEqual(NumberLexer.reportLine("-6 649 150"),
            #"{"input": "-6 649 150", "numbers": [{"text": "-6 649 150", "value": -6649150, "unit": null, "kind": "number", "span": [0, 10]}]}"#)
        XCTAssertEqual(NumberLexer.reportLine("33,5 % ja 6 228 970,00 €"),
            #"{"input": "33,5 % ja 6 228 970,00 €", "numbers": [{"text": "33,5 %", "value": 33.5, "unit": "%", "kind": "number", "span": [0, 6]}, "#
            + #"{"text": "6 228 970,00 €", "value": 6228970, "unit": "€", "kind": "number", "span": [10, 26]}]}"#)
    }

    func testPlaceholderHasNullValue() {
        XCTAssertEqual(NumberLexer.reportLine("xx"),
            #"{"input": "xx", "numbers": [{"text": "xx", "value": null, "unit": null, "kind": "placeholder", "span": [0, 2]}]}"#)
    }

    func testWhyWhenNone() {
        XCTAssertEqual(NumberLexer.reportLine("31.12.2024"), #"{"input": "31.12.2024", "numbers": [], "why": "a date"}"#)
        XCTAssertEqual(NumberLexer.reportLine("§ 363"), #"{"input": "§ 363", "numbers": [], "why": "a section reference"}"#)
        XCTAssertEqual(NumberLexer.reportLine("MENOT"), #"{"input": "MENOT", "numbers": [], "why": "no digits"}"#)
    }

    func testEscapingAndNoBreakSpaces() {
        // U+00A0 is two UTF-8 bytes: spans count bytes. Quotes and tabs are escaped; one line always.
        XCTAssertEqual(NumberLexer.reportLine("\"a\"\t1\u{00A0}000\nb"),
            "{\"input\": \"\\\"a\\\"\\t1\u{00A0}000\\nb\", \"numbers\": [{\"text\": \"1\u{00A0}000\", \"value\": 1000, \"unit\": null, \"kind\": \"number\", \"span\": [4, 10]}]}")
    }

    func testReportIsJSON() throws {
        let value = try JSONParser.parse(NumberLexer.reportLine("TA 2025 -5,2 % – 1 000 t€"))
        XCTAssertEqual(value, NumberLexer.report("TA 2025 -5,2 % – 1 000 t€"))
        XCTAssertEqual(value["numbers"]?.arrayValue?.compactMap { $0["value"]?.decimalValue },
                       [2025, Decimal(string: "-5.2")!, -1000])
    }
}
