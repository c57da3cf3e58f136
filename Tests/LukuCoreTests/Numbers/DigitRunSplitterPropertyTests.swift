import Foundation
import XCTest
@testable import LukuCore

/// The splitter against an independent brute force: every way of cutting the tokens into N
/// consecutive runs, keeping the cuts whose runs are all valid numbers by a regular expression
/// written from design/DOMAIN.md. 10 000 seeded random rows of digit groups, signs, decimals,
/// units and placeholders.
final class DigitRunSplitterPropertyTests: XCTestCase {
    static let cases = 10_000

    func testAnswersAreExactlyTheValidCuts() {
        var rng = SplitMix64(seed: 0x4C554B55)
        var oracle = RunOracle()
        var fitted = 0, ambiguous = 0
        for _ in 0..<Self.cases {
            let tokens = SplitRowGenerator.tokens(&rng)
            let n = Int(rng.next() % UInt64(min(5, tokens.count))) + 1
            let cuts = oracle.validCuts(tokens, columns: n)
            let expected = Set(cuts.map { $0.cells })
            let label = "\(tokens) / \(n)"

            let listed = DigitRunSplitter.splits(tokens, columns: n, limit: 100_000)
            XCTAssertEqual(listed.count, cuts.count, label)
            XCTAssertEqual(Set(listed), expected, label)

            let ranked = DigitRunSplitter.ranked(tokens, columns: n, limit: 100_000)
            XCTAssertEqual(ranked.count, cuts.count, label)
            XCTAssertEqual(Set(ranked.map(\.cells)), expected, label)
            XCTAssertEqual(DigitRunSplitter.split(tokens, columns: n)?.numbers, ranked.first?.cells, label)
            if let first = ranked.first {
                XCTAssertEqual(first.alternatives, cuts.count, label)
                fitted += 1
                if first.ambiguous { ambiguous += 1 }
            }
        }
        // The generator must exercise both outcomes, not only "nothing fits".
        print("splitter property: \(fitted) of \(Self.cases) rows fit, \(ambiguous) ambiguous")
        XCTAssertGreaterThan(fitted, Self.cases / 5)
        XCTAssertGreaterThan(ambiguous, Self.cases / 20)
    }

    /// The ranked order is exactly: least column cost, then least spread (row evidence included),
    /// then leftmost-greedy, for random column and row evidence.
    func testRankedOrderIsTheDefinedOrder() {
        var rng = SplitMix64(seed: 7)
        var oracle = RunOracle()
        for _ in 0..<2_000 {
            let tokens = SplitRowGenerator.tokens(&rng)
            let n = Int(rng.next() % 4) + 1
            let hints: [Int?] = (0..<n).map { _ in rng.next() % 3 == 0 ? nil : Int(rng.next() % 9) + 1 }
            let row: [Int] = (0..<Int(rng.next() % 3)).map { _ in Int(rng.next() % 9) + 1 }
            let cuts = oracle.validCuts(tokens, columns: n)
            func key(_ c: Cut) -> (Int, Int) {
                let cost = zip(c.digits, hints).reduce(0) { sum, p in
                    guard let d = p.0, let h = p.1 else { return sum }
                    return sum + abs(d - h)
                }
                let all = c.digits.compactMap { $0 } + row
                return (cost, (all.max() ?? 0) - (all.min() ?? 0))
            }
            let expected = cuts.sorted { a, b in
                let (ka, kb) = (key(a), key(b))
                if ka != kb { return ka < kb }
                for (x, y) in zip(a.ends, b.ends) where x != y { return x > y }
                return false
            }
            let ranked = DigitRunSplitter.ranked(tokens, columns: n, evidence: SplitEvidence(columnDigits: hints, rowDigits: row), limit: 100_000)
            XCTAssertEqual(ranked.map(\.cells), expected.map(\.cells), "\(tokens) / \(n) / \(hints) / \(row)")
            XCTAssertEqual(ranked.map { [$0.score.columnCost, $0.score.spread] }, expected.map { [key($0).0, key($0).1] })
            // A limit returns a prefix of the full order.
            let limit = Int(rng.next() % 4) + 1
            XCTAssertEqual(DigitRunSplitter.ranked(tokens, columns: n, evidence: SplitEvidence(columnDigits: hints, rowDigits: row), limit: limit).map(\.cells),
                           Array(expected.prefix(limit)).map(\.cells))
        }
    }
}

/// One way of cutting a row into runs: the printed runs, their integer digit counts (nil for a
/// placeholder) and the token index after each run.
struct Cut {
    var cells: [String]
    var digits: [Int?]
    var ends: [Int]
}

/// Brute force, sharing no code with the splitter.
struct RunOracle {
    /// A number as printed, tokens joined by one space: optional sign (attached or detached by
    /// one space), then 0, or a first group of 1–3 digits not starting with 0 followed by groups of
    /// exactly three, or an ungrouped run of 4+ digits not starting with 0; optional decimal comma
    /// part; optional % or €, attached or as its own token.
    private let number = try! Regex("^(?:[-+−–] ?)?(?:0|[1-9][0-9]{0,2}(?: [0-9]{3})*|[1-9][0-9]{3,})(?:,[0-9]+)?(?: ?[%€])?$")
    /// A placeholder fills a column alone (a unit token after it belongs to it).
    private let placeholder = try! Regex("^(?:x|X|xx|XX|-|−|–|—|\\.\\.|\\.\\.\\.|…)(?: [%€])?$")
    private var memo: [String: Int??] = [:]   // run → digits (nil: placeholder), or not valid

    /// `.some(digits)` for a valid run, nil for an invalid one.
    mutating func digits(of run: String) -> Int?? {
        if let known = memo[run] { return known }
        var result: Int??
        if run.wholeMatch(of: placeholder) != nil {
            result = .some(nil)
        } else if run.wholeMatch(of: number) != nil {
            result = .some(run.prefix { $0 != "," }.filter(\.isASCIIDigit).count)
        } else {
            result = nil
        }
        memo[run] = result
        return result
    }

    /// Every cut of `tokens` into exactly `columns` non-empty consecutive runs, all valid. In a
    /// row that ends with "€" and holds it twice or more (`EuroClosedFigures`), a figure ends with
    /// its unit, or with its own decimals, or is a lone "0".
    mutating func validCuts(_ tokens: [String], columns: Int) -> [Cut] {
        var found: [Cut] = []
        let euroClosed = tokens.last?.hasSuffix("€") == true && tokens.filter { $0.hasSuffix("€") }.count >= 2
        func closed(_ run: String, _ d: Int?) -> Bool {
            d == nil || !euroClosed || run.hasSuffix("€") || run.hasSuffix("%") || run.contains(",") || run == "0"
        }
        func walk(_ start: Int, _ left: Int, _ cut: Cut) {
            if left == 0 { if start == tokens.count { found.append(cut) }; return }
            guard start < tokens.count else { return }
            for end in (start + 1)...tokens.count {
                let run = tokens[start..<end].joined(separator: " ")
                guard let d = digits(of: run), closed(run, d) else { continue }
                var next = cut
                next.cells.append(run); next.digits.append(d); next.ends.append(end)
                walk(end, left - 1, next)
            }
        }
        walk(0, columns, Cut(cells: [], digits: [], ends: []))
        return found
    }
}

/// Random rows. Half are built from numbers as printed (sign attached or detached, first group,
/// 3-digit groups, decimals, units, placeholders), sometimes with a stray token; half are free
/// sequences of digit groups (3-digit groups often starting with 0), signs, placeholders, units
/// and the odd word.
enum SplitRowGenerator {
    static let signs = ["-", "+", "−", "–"]

    static func tokens(_ rng: inout SplitMix64) -> [String] {
        if rng.next() % 2 == 0 { return (0..<Int(rng.next() % 9) + 1).map { _ in token(&rng) } }
        var row: [String] = []
        for _ in 0..<Int(rng.next() % 4) + 1 {
            if rng.next() % 10 == 0 { row.append(["xx", "-", "–", ".."][Int(rng.next() % 4)]); continue }
            var number: [String] = []
            if rng.next() % 8 == 0 { number.append(signs[Int(rng.next() % 4)]) }
            var first = String(rng.next() % 9 + 1)
            for _ in 0..<Int(rng.next() % 3) { first += String(rng.next() % 10) }
            if number.isEmpty, rng.next() % 6 == 0 { first = signs[Int(rng.next() % 4)] + first }
            number.append(first)
            for _ in 0..<Int(rng.next() % 3) { number.append(String(format: "%03d", Int(rng.next() % 1000))) }
            if rng.next() % 10 == 0 { number[number.count - 1] += "," + String(rng.next() % 10) }
            if rng.next() % 15 == 0 { number.append(["%", "€"][Int(rng.next() % 2)]) }
            row += number
        }
        if rng.next() % 10 == 0 { row.insert(token(&rng), at: Int(rng.next() % UInt64(row.count + 1))) }
        return row
    }

    static func token(_ rng: inout SplitMix64) -> String {
        let roll = rng.next() % 100
        switch roll {
        case 0..<6: return signs[Int(rng.next() % 4)]
        case 6..<10: return ["xx", "x", "—", "..", "…", "X"][Int(rng.next() % 6)]
        case 10..<13: return ["%", "€"][Int(rng.next() % 2)]
        case 13: return "siirretty"
        default: break
        }
        let length = [1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5][Int(rng.next() % 12)]
        var t = ""
        for k in 0..<length {
            let zero = rng.next() % (k == 0 ? 4 : 3) == 0
            t += zero ? "0" : String(rng.next() % 9 + 1)
        }
        if rng.next() % 10 == 0 { t = signs[Int(rng.next() % 4)] + t }
        if rng.next() % 20 == 0 { t += "," + String(rng.next() % 100) }
        if rng.next() % 30 == 0 { t += ["%", "€"][Int(rng.next() % 2)] }
        return t
    }
}
