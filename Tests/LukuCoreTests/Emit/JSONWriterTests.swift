import XCTest
@testable import LukuCore

/// Expected strings here are written by hand from the layout rule, not copied from output.
final class JSONWriterTests: XCTestCase {
    func testScalarOnlyContainersGoOnOneLine() {
        XCTAssertEqual(JSONWriter.write(.array([.number("56.7"), .number("120.3"), .number("540.1"), .number("210.8")])),
                       "[56.7, 120.3, 540.1, 210.8]\n")
        XCTAssertEqual(JSONWriter.write(.array([.string("a"), .string("b")])), "[\"a\", \"b\"]\n")
        XCTAssertEqual(JSONWriter.write(.object([JSONMember("text", .string("-6 649 150")),
                                                 JSONMember("value", .number("-6649150"))])),
                       "{\"text\": \"-6 649 150\", \"value\": -6649150}\n")
        XCTAssertEqual(JSONWriter.write(.array([.null, .bool(true), .bool(false)])), "[null, true, false]\n")
    }

    func testEmptyContainersAndScalarsAtTopLevel() {
        XCTAssertEqual(JSONWriter.write(.array([])), "[]\n")
        XCTAssertEqual(JSONWriter.write(.object([])), "{}\n")
        XCTAssertEqual(JSONWriter.write(.string("x")), "\"x\"\n")
        XCTAssertEqual(JSONWriter.write(.number("-0.5")), "-0.5\n")
        XCTAssertEqual(JSONWriter.write(.null), "null\n")
    }

    func testNestedContainersAreExpanded() {
        let v: JSONValue = .object([
            JSONMember("a", .number("1")),
            JSONMember("b", .array([.string("x"), .string("y")])),
            JSONMember("c", .object([])),
            JSONMember("d", .array([.object([JSONMember("k", .null)]), .null])),
            JSONMember("e", .array([])),
            JSONMember("f", .array([.array([])])),
        ])
        let expected = """
        {
          "a": 1,
          "b": ["x", "y"],
          "c": {},
          "d": [
            {"k": null},
            null
          ],
          "e": [],
          "f": [
            []
          ]
        }

        """
        XCTAssertEqual(JSONWriter.write(v), expected)
    }

    func testEscaping() {
        let s = "q\"b\\n\n t\t r\r b\u{8} f\u{C} \u{0}\u{1} \u{1F} ä € 😀 / \u{2028}\u{2029} \u{7F}"
        let expected = #""q\"b\\n\n t\t r\r b\b f\f \u0000\u0001 \u001f ä € 😀 / \u2028\u2029 \#u{7F}""#
        XCTAssertEqual(JSONWriter.quoted(s), expected)
        XCTAssertEqual(JSONWriter.write(.object([JSONMember("ke\"y", .string("\n"))])), #"{"ke\"y": "\n"}"# + "\n")
    }

    func testEscapedTextParsesBack() throws {
        let s = "q\"b\\n\n\t\r\u{8}\u{C}\u{0}\u{1F} ä € 😀 \u{2028}\u{2029}\u{7F} \u{2027}\u{202A}"
        let v = JSONValue.array([.string(s), .string("")])
        XCTAssertEqual(try JSONParser.parse(JSONWriter.write(v)), v)
    }

    func testAccessors() {
        let v: JSONValue = .object([JSONMember("n", .number("12")), JSONMember("d", .number("-5.2")),
                                    JSONMember("a", .array([.string("s")]))])
        XCTAssertEqual(v["n"]?.intValue, 12)
        XCTAssertEqual(v["d"]?.intValue, nil)
        XCTAssertEqual(v["d"]?.decimalValue, Decimal(string: "-5.2"))
        XCTAssertEqual(v["a"]?.arrayValue?.first?.stringValue, "s")
        XCTAssertEqual(v["a"]?[0], .string("s"))
        XCTAssertNil(v["missing"])
        XCTAssertNil(JSONValue.number("12abc").decimalValue, "Decimal(string:) would accept the prefix")
        XCTAssertNil(JSONValue.number("1e200").decimalValue, "out of Decimal's range")
    }
}
