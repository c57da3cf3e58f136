import XCTest
@testable import LukuCore

/// The cheaper ways the identity checks compute what they computed before (issue 8): each gives
/// the same answer as the old computation, on real numbers, checks and labels.
final class CheckCostTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    /// Kauhava TP 2024 p127 tuloslaskelma and p128 rahoituslaskelma in euros with cents, p30 in
    /// 1 000 €: SameItemRule's scaling gives the number (and the JSON literal) Decimal's
    /// `value × numerator / denominator` gives, for every pair of scales the rule uses.
    func testScalingIsDecimalArithmetic() throws {
        let printed = ["7725767.34", "2348867.91", "-25130.19", "-12331778.01", "885301.00", "9551587.40",
                       "7726", "-38396", "46217", "0.5", "-0.001", "12345678901234567890123456789012345678"]
        let scales: [Decimal] = [1, 1000]
        for text in printed {
            let value = try XCTUnwrap(Decimal(string: text))
            for numerator in scales {
                for denominator in scales {
                    let old = value * numerator / denominator
                    let new = SameItemRule.scaled(value, by: numerator, over: denominator)
                    XCTAssertEqual(new, old, "\(text) × \(numerator) / \(denominator)")
                    XCTAssertEqual(NumberLiterals.decimal(new), NumberLiterals.decimal(old), text)
                }
            }
        }
        XCTAssertEqual(SameItemRule.halfUnit, Decimal(string: "0.5"))
    }

    /// Two checks are the same when their total and the set of their terms are: the key ignores
    /// the terms' order and repeats, and tells apart another term, coefficient or table.
    func testUniqueKeyIsTheSetOfTerms() {
        let a = Check.Cell(row: 1, column: 0), b = Check.Cell(row: 2, column: 0), minusB = Check.Cell(row: 2, column: 0, coefficient: -1)
        func check(_ terms: [Check.Cell], table: String? = nil) -> Check {
            Check(rule: "MENOT + TULOT = NETTOMENO", column: 0, row: 3, table: table, operands: terms, expected: 1, actual: 1, tolerance: 0)
        }
        let key = IdentityChecker.UniqueKey.init
        XCTAssertEqual(key(check([a, b])), key(check([b, a])))
        XCTAssertEqual(key(check([a, b, a])), key(check([b, a])))
        XCTAssertNotEqual(key(check([a, b])), key(check([a, minusB])))
        XCTAssertNotEqual(key(check([a])), key(check([a, b])))
        XCTAssertNotEqual(key(check([a, b])), key(check([a, b], table: "p4-t1")))
    }

    /// On every table of Kemijärvi konserni TA 2026 (263 checks), `unique` keeps exactly the
    /// checks that a key holding the terms as a `Set` keeps, in the same order, both for a
    /// table's own checks and for its checks offered again after them.
    func testUniqueKeepsWhatTheSetKeyKept() throws {
        let path = Self.corpus.appendingPathComponent("kemijarvi-konserni-elinvoima-ta2026.pdf").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        let document = Pipeline().run(path: path)
        struct SetKey: Hashable { var row: Int; var column: Int; var table: String?; var operands: Set<Check.Cell> }
        func reference(_ checks: [Check], after existing: [Check]) -> [Check] {
            var seen = Set(existing.map { SetKey(row: $0.row, column: $0.column, table: $0.table, operands: Set($0.operands)) })
            return checks.filter { seen.insert(SetKey(row: $0.row, column: $0.column, table: $0.table, operands: Set($0.operands))).inserted }
        }
        var compared = 0
        for table in document.allTables where !table.checks.isEmpty {
            let offered = table.checks + table.checks.reversed()
            XCTAssertEqual(IdentityChecker.unique(offered, after: []), reference(offered, after: []), table.id)
            XCTAssertEqual(IdentityChecker.unique(table.checks, after: Array(table.checks.prefix(3))),
                           reference(table.checks, after: Array(table.checks.prefix(3))), table.id)
            compared += table.checks.count
        }
        XCTAssertGreaterThan(compared, 200)
    }

    /// The label memo keys texts by their bytes: "Käyttötalous yhteensä" with a precomposed "ä"
    /// and with "a" + U+0308 are two texts, each keyed as `makeKey` keys it (the two keys still
    /// compare equal as strings), and a text asked again gets the key remembered.
    func testMemoKeysTextsByTheirBytes() {
        let memo = KeyMemo()
        let composed = "Käyttötalous yhteensä", decomposed = "Ka\u{308}yttötalous yhteensä"
        var built: [String] = []
        let make: (String) -> String = { built.append($0); return IdentitySupport.makeKey($0) }
        XCTAssertEqual(Array(memo.key(composed, make).utf8), Array(IdentitySupport.makeKey(composed).utf8))
        XCTAssertEqual(Array(memo.key(decomposed, make).utf8), Array(IdentitySupport.makeKey(decomposed).utf8))
        XCTAssertEqual(memo.key(composed, make), "KÄYTTÖTALOUS YHTEENSÄ")
        XCTAssertEqual(memo.key(decomposed, make), "KÄYTTÖTALOUS YHTEENSÄ")
        XCTAssertEqual(built.count, 2, "asked again: remembered")
        XCTAssertEqual(memo.count, 2)
        XCTAssertEqual(memo.key("", make), "")
        XCTAssertEqual(memo.key("", make), "")
        XCTAssertEqual(built.count, 3)
    }
}
