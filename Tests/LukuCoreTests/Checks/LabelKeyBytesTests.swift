import Foundation
import XCTest
@testable import LukuCore

/// `LabelKeyBytes` (IdentitySupport.key) and `WordKeyBytes` (SameItemRule.wordKey) give the
/// keys the scalar-view and Character readings gave: those readings are kept here as the
/// reference, and both are run on every line of the corpus's texts and on every Unicode
/// scalar of the first planes placed inside a Finnish label.
final class LabelKeyBytesTests: XCTestCase {
    /// The key as it was built before (scalar view, `uppercased()` for any non-ASCII label).
    static func referenceKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var ascii = true
        for u in text.unicodeScalars {
            if u.value == 0x20 || u.value == 0x09 || u.value == 0x0A || u.value == 0x0D || u.value >= 0x80 && u.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if u.value >= 0x61 && u.value <= 0x7A {
                out.append(Unicode.Scalar(u.value - 0x20)!)
            } else {
                if u.value >= 0x80 { ascii = false }
                out.append(u)
            }
        }
        let folded = String(out)
        return ascii ? folded : folded.uppercased()
    }

    /// The word key as it was built before (by Characters).
    static func referenceWordKey(_ label: String) -> String {
        let key = referenceKey(label)
        guard key.unicodeScalars.contains(where: { !($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " ") }) else {
            return key
        }
        return String(String.UnicodeScalarView(key.unicodeScalars.map {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) ? $0 : " "
        })).split(separator: " ").joined(separator: " ")
    }

    private func corpusLines() throws -> [String] {
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        XCTAssertGreaterThan(names.count, 5)
        var lines: [String] = []
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines
    }

    /// Labels the statements print, with the punctuation and letters the rules meet.
    static let labels = ["", " ", "Toimintatuotot", "TOIMINTAKULUT *)", "  Tilikauden voitto (-tappio)  ",
                         "Oma pääoma yhteensä", "OMA PÄÄOMA YHTEENSÄ", "Tilikauden yli-/alijäämä", "Å, Ö, Ä: väli\u{00A0}summa",
                         "Straße", "ÿ µ ß ǰ", "e\u{0301}tudes", "a\u{0308} - \u{0345}x", "(\u{0345})", "Ø×÷ø", "Ελλάδα",
                         "Vuosikate\t2024", "1.2.3 Muut\u{2009}tuotot", "Σ yhteensä", "ﬁnanssi", "İstanbul"]

    func testLabelKeyIsTheScalarViewKey() throws {
        var texts = Self.labels + (try corpusLines())
        XCTAssertGreaterThan(texts.count, 5000)
        for v in 0...0x1_0FFF {
            guard let u = Unicode.Scalar(v) else { continue }
            texts.append("ä\(u)Ö s\(u)")
        }
        for t in texts {
            XCTAssertEqual(LabelKeyBytes.key(t), Self.referenceKey(t), t.debugDescription)
        }
    }

    func testWordKeyIsTheCharacterKey() throws {
        var texts = Self.labels + (try corpusLines())
        // Every scalar below U+0300 (those read byte by byte) at the start, inside and at the end
        // of a label, and next to spaces and punctuation; some later ones (read by Characters).
        for v in Array(0..<0x300) + [0x300, 0x301, 0x308, 0x345, 0x0D4E, 0x200D, 0x1F1EB, 0xFE0F] {
            guard let u = Unicode.Scalar(v) else { continue }
            texts += ["\(u)", "\(u)Tulot", "Tulot \(u)", "Tu\(u)lot", "(\(u)) ä", " -\(u)- ", "\(u) \(u)", "ä\(u)\u{0345}"]
        }
        for t in texts {
            let key = IdentitySupport.key(t)
            XCTAssertEqual(SameItemRule.makeWordKey(t), Self.referenceWordKey(t), t.debugDescription)
            if key.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
                XCTAssertNotNil(WordKeyBytes.wordKey(ofKey: key), t.debugDescription)
            } else {
                XCTAssertNil(WordKeyBytes.wordKey(ofKey: key), "a key with a scalar from U+0300 on is read by Characters")
            }
        }
    }
}

/// `KeyWords.words` splits a key as `split(separator: " ")` does.
final class KeyWordsTests: XCTestCase {
    func testWordsAreTheCharacterSplit() throws {
        var texts = LabelKeyBytesTests.labels
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            texts += text.split(separator: "\n").map(String.init)
        }
        XCTAssertGreaterThan(texts.count, 5000)
        for v in Array(0..<0x300) + [0x300, 0x308, 0x345, 0x0D4E, 0x200D, 0xFE0F] {
            guard let u = Unicode.Scalar(v) else { continue }
            texts += ["\(u)", " \(u) ", "A \(u)B", "\(u) \(u)", "YHTEENSÄ \(u)", "\(u)\u{0345} x"]
        }
        for t in texts {
            for key in [t, IdentitySupport.key(t)] {
                XCTAssertEqual(KeyWords.words(key), key.split(separator: " ").map(String.init), key.debugDescription)
            }
            XCTAssertEqual(StatementVocabulary.makeKey(t), Self.referenceStatementKey(t), t.debugDescription)
        }
    }

    /// The statement key as it was built before (split by Characters).
    static func referenceStatementKey(_ label: String) -> String {
        var words = IdentitySupport.withoutFootnote(LabelKeyBytesTests.referenceKey(label)).split(separator: " ").map(String.init)
        if words.count > 1, StatementVocabulary.isOutlineMarker(words[0]) { words.removeFirst() }
        if words.count > 1, words.last == "YHTEENSÄ" { words.removeLast() }
        return words.joined(separator: " ")
    }
}
