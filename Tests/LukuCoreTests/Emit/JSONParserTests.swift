import XCTest
@testable import LukuCore

final class JSONParserTests: XCTestCase {
    func testValidDocument() throws {
        let text = " {\"a\": [1, -2.5e+3, true, false, null, \"x\"],\r\n\t\"b\": {}, \"c\": [], \"a\": 0} "
        let expected: JSONValue = .object([
            JSONMember("a", .array([.number("1"), .number("-2.5e+3"), .bool(true), .bool(false), .null, .string("x")])),
            JSONMember("b", .object([])),
            JSONMember("c", .array([])),
            JSONMember("a", .number("0")),  // duplicates kept in order; the document decoder rejects them
        ])
        XCTAssertEqual(try JSONParser.parse(text), expected)
    }

    func testNumbersKeepTheirLiteralText() throws {
        for literal in ["0", "-0", "1.50", "1E5", "-0.0e-0", "11080763.67", "123456789012345678901234567890"] {
            XCTAssertEqual(try JSONParser.parse(literal), .number(literal))
        }
    }

    func testStringEscapes() throws {
        XCTAssertEqual(try JSONParser.parse(#""a\"b\\c\/d\b\f\n\r\t""#), .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        XCTAssertEqual(try JSONParser.parse(#""\u00e4\u00C4\u20AC\u0000""#), .string("äÄ€\u{0}"))
        XCTAssertEqual(try JSONParser.parse(#""\ud83d\ude00 \uD834\uDD1E""#), .string("😀 𝄞"))
        XCTAssertEqual(try JSONParser.parse("\"määrä € 😀\""), .string("määrä € 😀"))
    }

    func testParseBytesRejectsInvalidUTF8() {
        XCTAssertThrowsError(try JSONParser.parse(bytes: [0x22, 0xFF, 0x22]))
        XCTAssertEqual(try JSONParser.parse(bytes: Array("[\"ä\"]".utf8)), .array([.string("ä")]))
    }

    /// Each error kind with its position (1-based line, column in scalars).
    func testErrors() {
        let cases: [(String, Int, Int, String)] = [
            ("", 1, 1, "unexpected end of input"),
            ("   ", 1, 4, "unexpected end of input"),
            ("[1,]", 1, 4, "unexpected ']', expected a value"),
            ("[1 2]", 1, 4, "expected ',' or ']'"),
            ("[1", 1, 3, "unexpected end of input, expected ',' or ']'"),
            ("{\"a\" 1}", 1, 6, "expected ':'"),
            ("{a: 1}", 1, 2, "expected a string key"),
            ("{\"a\": 1,}", 1, 9, "expected a string key"),
            ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'"),
            ("01", 1, 2, "invalid number"),
            ("1.", 1, 3, "invalid number"),
            ("-", 1, 2, "invalid number"),
            ("1e+", 1, 4, "invalid number"),
            ("+1", 1, 1, "expected a value"),
            ("tru", 1, 4, "invalid literal"),
            ("nul1", 1, 4, "invalid literal"),
            ("\"abc", 1, 5, "unterminated string"),
            ("\"a\u{1}\"", 1, 3, "unescaped control character U+0001"),
            ("\"a\nb\"", 1, 3, "unescaped control character U+000A"),
            (#""\x""#, 1, 2, "invalid escape sequence '\\x'"),
            (#""\u12G4""#, 1, 6, "invalid hex digit"),
            (#""\ud800""#, 1, 2, "unpaired high surrogate"),
            (#""\udc00""#, 1, 2, "unpaired low surrogate"),
            (#""\ud800\u0041""#, 1, 2, "not followed by a low surrogate"),
            ("1 2", 1, 3, "after the top-level value"),
            ("{}\n  x", 2, 3, "unexpected 'x' after the top-level value"),
            ("[\"ää\", x]", 1, 8, "unexpected 'x', expected a value"),
            ("[1] // comment", 1, 5, "after the top-level value"),
            ("\u{FEFF}[]", 1, 1, "expected a value"),
            (String(repeating: "[", count: 600), 1, 513, "nesting deeper than 512"),
        ]
        for (text, line, column, message) in cases {
            XCTAssertThrowsError(try JSONParser.parse(text), text.debugDescription) { error in
                guard let e = error as? JSONParseError else { return XCTFail("\(error)") }
                XCTAssertEqual(e.line, line, "\(text.debugDescription): \(e)")
                XCTAssertEqual(e.column, column, "\(text.debugDescription): \(e)")
                XCTAssertTrue(e.message.contains(message), "\(text.debugDescription): \(e)")
            }
        }
    }

    func testNestingAtTheLimitIsFine() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        XCTAssertNoThrow(try JSONParser.parse(text))
    }

    /// A 2 MB canonical file parses and writes back byte for byte. Its time is printed, not
    /// asserted (the project measures speed with `luku bench`, never with the clock in a test).
    func testTwoMegabytesParseAndWriteBack() throws {
        let rows: [JSONValue] = (0..<20_000).map { i in
            .object([JSONMember("label", .string("Rivi \(i) määrä")),
                     JSONMember("cells", .array([.object([JSONMember("text", .string("\(i) 000")),
                                                          JSONMember("value", .number("\(i + 1)000.5"))]), .null]))])
        }
        let text = JSONWriter.write(.object([JSONMember("rows", .array(rows))]))
        XCTAssertGreaterThan(text.utf8.count, 2_000_000)
        let start = Date()
        let parsed = try JSONParser.parse(text)
        let seconds = Date().timeIntervalSince(start)
        print("parse of \(text.utf8.count) bytes: \(seconds) s")
        XCTAssertEqual(parsed["rows"]?.arrayValue?.count, 20_000)
        XCTAssertEqual(JSONWriter.write(parsed), text)
    }
}
