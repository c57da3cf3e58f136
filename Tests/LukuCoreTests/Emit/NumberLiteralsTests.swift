import XCTest
@testable import LukuCore

final class NumberLiteralsTests: XCTestCase {
    /// Decimal → JSON literal. `Decimal` stores a value, not a print: "6228970.00" becomes
    /// 622897 × 10¹, so its trailing zeros are gone (the cell's `text` keeps the print).
    func testDecimalTable() {
        let table: [(String, String)] = [
            ("-5.2", "-5.2"),
            ("11080763.67", "11080763.67"),
            ("0", "0"),
            ("-0", "0"),             // Decimal has no negative zero
            ("-0.5", "-0.5"),
            ("1310855", "1310855"),
            ("6228970.00", "6228970"),
            ("-6649150", "-6649150"),  // stored as 664915 × 10¹, still no exponent
            ("0.000001", "0.000001"),
            ("1e30", "1" + String(repeating: "0", count: 30)),
            ("1e-30", "0." + String(repeating: "0", count: 29) + "1"),
            ("99999999999999999999999999999999999999", "99999999999999999999999999999999999999"),
        ]
        for (input, expected) in table {
            let d = Decimal(string: input)!
            XCTAssertEqual(NumberLiterals.decimal(d), expected, "Decimal(string: \(input))")
            XCTAssertEqual(Decimal(string: expected), d, "\(expected) reads back equal")
        }
        XCTAssertEqual(NumberLiterals.decimal(Decimal(-6649150)), "-6649150")
        XCTAssertEqual(NumberLiterals.decimal(Decimal(sign: .minus, exponent: 0, significand: 0)), "0")
        XCTAssertNil(NumberLiterals.decimal(.nan))
    }

    /// The literal built from a Decimal's bytes (DecimalParts, the path the JSON writing takes)
    /// is the literal `plain` makes of its description, for values of every size: cents, whole
    /// euros, large totals, mantissas with trailing zeros, one to four 16-bit words, exponents
    /// both ways.
    func testLiteralFromTheDecimalsPartsIsThePlainLiteralOfItsDescription() throws {
        XCTAssertTrue(DecimalParts.layoutHolds, "this toolchain's Decimal layout is the known one")
        var generator = SystemRandomNumberGenerator()
        var values: [Decimal] = [0, 1, -1, 10, -100, Decimal(UInt64.max), -Decimal(UInt64.max)]
        for text in ["11080763.67", "-0.5", "6228970.00", "1e30", "1e-30", "0.000001", "-5.20", "123456789012345.678", "-6649150"] {
            values.append(try XCTUnwrap(Decimal(string: text)))
        }
        for _ in 0..<5_000 {
            let significand = Decimal(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
            let exponent = Int.random(in: -12...12, using: &generator)
            values.append(Decimal(sign: Bool.random(using: &generator) ? .minus : .plus, exponent: exponent, significand: significand))
        }
        var fromParts = 0
        for d in values {
            let expected = NumberLiterals.plain(d.description)
            if let parts = DecimalParts.of(d) {
                fromParts += 1
                XCTAssertEqual(NumberLiterals.literal(parts), expected, "\(d)")
            }
            XCTAssertEqual(NumberLiterals.decimal(d), expected, "\(d)")
        }
        XCTAssertGreaterThan(fromParts, 4_000, "64-bit mantissas take the fast path")
    }

    func testPlainNormalisesExponentNotation() {
        let table: [(String, String?)] = [
            ("-0012.3400", "-12.34"), ("1.5e3", "1500"), ("1E-3", "0.001"), ("-0.0", "0"),
            ("1.2e+2", "120"), ("123.456e-1", "12.3456"), ("5e0", "5"), ("+7", "7"), (".5", "0.5"),
            ("abc", nil), ("", nil), ("1e", nil), ("1.2.3", nil), ("-", nil), ("1e5x", nil),
        ]
        for (input, expected) in table {
            XCTAssertEqual(NumberLiterals.plain(input), expected, input)
        }
    }

    func testPointsRoundToATenth() {
        let table: [(Double, String)] = [
            (56.7, "56.7"), (56.0, "56"), (120.34, "120.3"), (12.25, "12.3"), (-12.25, "-12.3"),
            (-0.04, "0"), (-0.0, "0"), (0, "0"), (540.06, "540.1"), (0.1 + 0.2, "0.3"), (-3.5, "-3.5"),
            (.nan, "0"), (.infinity, "0"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(NumberLiterals.points(input), expected, "\(input)")
        }
    }
}
