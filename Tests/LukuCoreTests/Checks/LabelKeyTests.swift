import Foundation
import XCTest
@testable import LukuCore

/// `LabelKey` decides as `String` does: equality, order, equal keys hashing alike, dictionary
/// entries and the Character count, on the label keys of every line of the corpus's texts and on
/// every scalar of the first planes inside a Finnish label, in composed and decomposed forms
/// (Ä and A + U+0308 are one key, as they are one `String`).
final class LabelKeyTests: XCTestCase {
    private func texts() throws -> [String] {
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThan(names.count, 5)
        var out: [String] = []
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n").prefix(3000) {
                let label = String(line)
                out += [label, IdentitySupport.key(label), SameItemRule.wordKey(label) + "|"]
            }
        }
        for v in Array(0x20...0x2FFF) + [0x1E00, 0x1E9E, 0x212B, 0xFB01, 0x10400, 0x1F1EB, 0x1F600, 0xAC00] {
            guard let u = Unicode.Scalar(v) else { continue }
            let c = String(Character(u))
            out += ["YHTEENSÄ " + c, "A" + c + "B", c, c + "\u{0308}", "A\u{0308}" + c]
        }
        out += ["Ä", "A\u{0308}", "Å", "A\u{030A}", "\u{212B}", "OMA PÄÄOMA", "OMA PA\u{0308}A\u{0308}OMA",
                "\r\n", "A\r\nB", "©\u{200D}©", ""]
        return out
    }

    func testDecidesAsString() throws {
        let texts = try texts()
        let keys = texts.map(LabelKey.init)
        for (s, k) in zip(texts, keys) { XCTAssertEqual(k.characterCount, s.count, "\(s.unicodeScalars.map(\.value))") }
        // Neighbours in String order, and a fixed stride through the rest: equality, order, hash.
        let order = texts.indices.sorted { texts[$0] < texts[$1] }
        var pairs = zip(order, order.dropFirst()).map { ($0, $1) }
        pairs += texts.indices.map { ($0, ($0 * 7919 + 13) % texts.count) }
        for (i, j) in pairs {
            XCTAssertEqual(keys[i] == keys[j], texts[i] == texts[j], "\(texts[i]) / \(texts[j])")
            XCTAssertEqual(keys[i] < keys[j], texts[i] < texts[j], "\(texts[i]) / \(texts[j])")
            XCTAssertEqual(keys[j] < keys[i], texts[j] < texts[i], "\(texts[j]) / \(texts[i])")
            if keys[i] == keys[j] { XCTAssertEqual(keys[i].hashValue, keys[j].hashValue, "\(texts[i]) / \(texts[j])") }
        }
        // The same entries as a String-keyed dictionary.
        var byString: [String: Int] = [:], byKey: [LabelKey: Int] = [:]
        for (s, k) in zip(texts, keys) { byString[s, default: 0] += 1; byKey[k, default: 0] += 1 }
        XCTAssertEqual(byKey.count, byString.count)
        for (s, n) in byString { XCTAssertEqual(byKey[LabelKey(s)], n, s) }
        // Sorted by `LabelKey`, the keys are in `String` order: no neighbour pair is out of it.
        // (Not always the very sequence a `String` sort gives: for a few texts outside NFC
        // `String`'s `<` ranks neither of two unequal texts first, "… U+0344" and "… U+0308"
        // (U+0344 is U+0308 U+0301), "… U+0958" and "… U+0915" (a composition exclusion), so
        // any sort of them, by `String` too, keeps the order its input came in.)
        let sorted = byKey.keys.sorted().map(\.string)
        XCTAssertEqual(sorted.count, byString.count)
        for (a, b) in zip(sorted, sorted.dropFirst()) { XCTAssertFalse(b < a, "\(a) / \(b)") }
        // Composed and decomposed forms are one key.
        XCTAssertEqual(LabelKey("OMA PÄÄOMA"), LabelKey("OMA PA\u{0308}A\u{0308}OMA"))
        XCTAssertEqual(Set([LabelKey("Ä"), LabelKey("A\u{0308}")]).count, 1)
    }

    /// `StatementVocabulary.matches` against its reading by Characters, for every pattern of the
    /// statutory chains and every label key of the corpus's texts.
    func testStatementPatternsMatchAsBefore() throws {
        let chains = IncomeStatementChains.all + CashFlowChains.all + BalanceSheetChains.all
        let patterns = Set(chains.flatMap { $0.total + $0.alternatives.flatMap { $0.flatMap(\.labels) } }).sorted() + ["A*", "*", "", "\u{0600}*"]
        XCTAssertGreaterThan(patterns.count, 50)
        let keys = try texts().prefix(3_000).map(StatementVocabulary.key)
        for pattern in patterns {
            for key in keys + patterns {
                let before = pattern.hasSuffix("*") ? key.hasPrefix(String(pattern.dropLast())) : key == pattern
                XCTAssertEqual(StatementVocabulary.matches(key, pattern), before, "\(key) / \(pattern)")
            }
        }
    }
}
