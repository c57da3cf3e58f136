import XCTest
@testable import LukuCore

/// The range tests that spare Unicode property lookups on the hot path (every glyph of every
/// page) must answer exactly as the properties do, for every scalar, not only the ones in the
/// corpus.
final class GlyphClassTests: XCTestCase {
    private func allScalars() -> [Unicode.Scalar] {
        (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:))
    }

    private func glyph(_ s: Unicode.Scalar) -> Glyph {
        Glyph(scalar: s, box: BoundingBox(x0: 0, y0: 0, x1: 1, y1: 1), font: 0)
    }

    func testWhitespaceAgreesWithTheUnicodeProperty() {
        let wrong = allScalars().filter { glyph($0).isWhitespace != $0.properties.isWhitespace }
        XCTAssertEqual(wrong.map { String($0.value, radix: 16) }, [])
    }

    func testDefaultIgnorableAgreesWithTheUnicodeProperty() {
        let wrong = allScalars().filter { glyph($0).isDefaultIgnorable != $0.properties.isDefaultIgnorableCodePoint }
        XCTAssertEqual(wrong.map { String($0.value, radix: 16) }, [])
        XCTAssertTrue(glyph("\u{00AD}").isDefaultIgnorable, "soft hyphen")
        XCTAssertFalse(glyph("ä").isDefaultIgnorable)
    }

    /// The ASCII ranges of the text-layer check give what the general category gives.
    func testTextLayerKindOfASCIIAgreesWithTheGeneralCategory() {
        for v in 0..<0x80 {
            let s = Unicode.Scalar(UInt8(v))
            let expected: TextLayerCheck.ScalarKind
            switch s.properties.generalCategory {
            case .control: expected = .bad
            case .uppercaseLetter, .lowercaseLetter: expected = .letter
            case .decimalNumber: expected = .digit
            default: expected = .other
            }
            XCTAssertEqual(TextLayerCheck.kind(of: s), expected, "U+\(String(v, radix: 16))")
        }
        XCTAssertEqual(TextLayerCheck.kind(of: "ö"), .letter)
        XCTAssertEqual(TextLayerCheck.kind(of: "\u{E000}"), .bad, "private use")
        XCTAssertEqual(TextLayerCheck.kind(of: "\u{FFFD}"), .bad, "replacement character")
    }
}
