import XCTest
@testable import LukuCore

/// Random `Decimal`s printed the Finnish way read back equal, through `FinnishNumber.parse` and
/// `NumberLexer.scan`, alone and in a row of columns. Seeded: the same cases on every run.
final class NumberLexerPropertyTests: XCTestCase {
    private static let separators = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]
    private static let minuses = ["-", "\u{2212}", "\u{2013}"]

    /// One random number: its exact value (from its digits, never a float) and its printed form.
    private static func number(_ rng: inout LexerRandom) -> (value: Decimal, printed: String) {
        let integerDigits = 1 + rng.below(12)
        var digits: String
        if integerDigits == 1 {
            digits = String(rng.below(10))                 // `0` is the only number led by 0
        } else {
            digits = String(1 + rng.below(9))
            for _ in 1..<integerDigits { digits += String(rng.below(10)) }
        }
        let fractionDigits = [0, 0, 1, 2][rng.below(4)]
        var fraction = ""
        for _ in 0..<fractionDigits { fraction += String(rng.below(10)) }
        let negative = rng.below(2) == 0
        let isZero = digits == "0" && fraction.allSatisfy { $0 == "0" }

        // Thousands groups from the right, each separator drawn at random.
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        var printed = String(groups[0])
        for g in groups.dropFirst() { printed += separators[rng.below(4)] + g }
        if !fraction.isEmpty { printed += "," + fraction }

        var sign = ""
        if negative {
            sign = minuses[rng.below(3)] + (rng.below(2) == 0 ? separators[rng.below(4)] : "")
        } else if rng.below(4) == 0 {
            sign = "+" + (rng.below(2) == 0 ? " " : "")
        }
        let literal = (negative && !isZero ? "-" : "") + digits + (fraction.isEmpty ? "" : "." + fraction)
        return (Decimal(string: literal)!, sign + printed)
    }

    func testRandomNumbersReadBackEqual() {
        var rng = LexerRandom(seed: 0x4C_4558_4552)      // "LEXER"
        for _ in 0..<10_000 {
            let (value, printed) = Self.number(&rng)
            XCTAssertEqual(FinnishNumber.parse(printed)?.value, value, printed)
            XCTAssertEqual(FinnishNumber.parse(printed, allowing: .all)?.value, value, printed)
            let tokens = NumberLexer.scan(printed)
            XCTAssertEqual(tokens.count, 1, printed)
            XCTAssertEqual(tokens.first?.value, value, printed)
            XCTAssertEqual(tokens.first?.text, printed, printed)
            // In running text, after a label and before a word.
            let sentence = "Summa: " + printed + " euroa."
            let inText = NumberLexer.scan(sentence)
            XCTAssertEqual(inText.map(\.value), [value], sentence)
            XCTAssertEqual(inText.first?.utf8, 7..<(7 + printed.utf8.count), sentence)
        }
    }

    /// A table row: a label, then numbers (or placeholders) separated by column gaps.
    func testRandomRowsReadBackEqual() {
        var rng = LexerRandom(seed: 2024)
        for _ in 0..<2_000 {
            var row = ["MENOT", "Henkilöstökulut", "Muutos %", "Tuet ja avustukset"][rng.below(4)]
            var expected: [Decimal?] = []
            for _ in 0..<(1 + rng.below(6)) {
                row += ["  ", "\t", "     "][rng.below(3)]
                if rng.below(8) == 0 {
                    row += ["xx", "-", "–", ".."][rng.below(4)]
                    expected.append(nil)
                } else {
                    let (value, printed) = Self.number(&rng)
                    var unit = ""
                    if rng.below(5) == 0 { unit = [" %", "%", " €", " t€"][rng.below(4)] }
                    row += printed + unit
                    expected.append(value)
                }
            }
            XCTAssertEqual(NumberLexer.scan(row).map(\.value), expected, row)
        }
    }
}

/// The shared SplitMix64 with the draws the lexer's properties need.
private struct LexerRandom {
    private var base: SplitMix64

    init(seed: UInt64) { base = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { base.next() }

    /// Uniform in 0..<n (n small; the modulo bias is irrelevant here).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
