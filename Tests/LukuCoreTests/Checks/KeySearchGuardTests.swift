import Foundation
import XCTest
@testable import LukuCore

/// Two cheap tests in front of costly string searches of the checks (issue 8) must answer as the
/// searches do: `IdentitySupport.withoutFootnote` skips its Character-wise suffix tests for a key
/// whose last byte is neither "*" nor ")", and `PerResidentRule` searches Foundation's
/// `range(of: ", €/AS")` only in keys holding the scalar "€", and `PerResidentRule.mayNameResidents`
/// lets Foundation's `contains("ASUKASMÄÄRÄ")` search only keys holding the bytes "ASUKASM" or the
/// Kelvin sign. Held to the searches on every line
/// of the corpus texts (as labels and as keys), the per-resident labels of Kauhava TP 2024 p30
/// and p35, and marks and combining scalars around "*", ")" and "€".
final class KeySearchGuardTests: XCTestCase {
    static func texts() throws -> [String] {
        var texts = LabelKeyBytesTests.labels + [
            "Vuosikate, €/asukas", "Kertynyt yli-/alijäämä, €/asukas", "Lainakanta 31.12., €/as.",
            "Lainat ja vastuut, €/as", "TOIMINTAKULUT *)", "TOIMINTAKULUT *", "TOIMINTAKULUT*)", "Verotulot*",
            "*", "*)", " *)", " *", ")", "(1)", "Tulot (netto)", "A *\u{0301}", "A )\u{0301}", "A \u{2217}",
            "VUOSIKATE, \u{20AC}\u{0301}/AS", "VUOSIKATE, E\u{0301}/AS", "VUOSIKATE, €/AS\u{0301}", "VUOSIKATE, ￠/AS",
            // Kauhava TP 2024 p30 / p52 (`pdftotext -layout`), and the same word written decomposed,
            // with the Kelvin sign for K, with a mark on M, split, and in a word about residents.
            "Asukasmäärä 15 049 15 164", "Kunnan asukasmäärä 15 049,0 15 164", "Asukasmäärä",
            "ASUKASMA\u{0308}A\u{0308}RA\u{0308}", "ASU\u{212A}ASMÄÄRÄ", "asu\u{212A}asmäärä", "ASUKASM\u{0301}ÄÄRÄ",
            "ASUKAS MÄÄRÄ", "vuotuinen investointitaso asukasmäärällä.",
        ]
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            texts += text.split(separator: "\n").map { String($0.trimmingCharacters(in: .whitespaces)) }
        }
        return texts
    }

    /// The footnote mark removal as it was: Character-wise suffix tests on every key.
    static func referenceWithoutFootnote(_ key: String) -> String {
        var k = Substring(key)
        for mark in [" *)", " *", "*)", "*"] where k.hasSuffix(mark) && k.count > mark.count {
            k = k.dropLast(mark.count)
            break
        }
        return String(k)
    }

    func testWithoutFootnoteAsTheSuffixTests() throws {
        let texts = try Self.texts()
        XCTAssertGreaterThan(texts.count, 5000)
        var cut = 0
        for t in texts {
            for key in [t, IdentitySupport.key(t)] {
                let expected = Self.referenceWithoutFootnote(key)
                XCTAssertEqual(IdentitySupport.withoutFootnote(key), expected, key.debugDescription)
                if expected != key { cut += 1 }
            }
        }
        XCTAssertEqual(IdentitySupport.withoutFootnote("TOIMINTAKULUT *)"), "TOIMINTAKULUT")
        XCTAssertEqual(IdentitySupport.withoutFootnote("A *\u{0301}"), "A *\u{0301}")
        XCTAssertGreaterThanOrEqual(cut, 6)
    }

    /// Every key in which Foundation finds "ASUKASMÄÄRÄ" passes `mayNameResidents` (the guard
    /// skips no key the search would find), canonically equivalent spellings included.
    func testResidentsGuardSkipsNoKeyTheSearchFinds() throws {
        var found = 0, skipped = 0
        for t in try Self.texts() {
            let key = IdentitySupport.key(t)
            if key.contains("ASUKASMÄÄRÄ") {
                found += 1
                XCTAssertTrue(PerResidentRule.mayNameResidents(key), key.debugDescription)
            } else if !PerResidentRule.mayNameResidents(key) {
                skipped += 1
            }
        }
        // The four Kauhava labels (the wordy line too), the decomposed and Kelvin spellings.
        XCTAssertGreaterThanOrEqual(found, 7)
        XCTAssertGreaterThan(skipped, 5000, "the guard spares the search on nearly every key")
        XCTAssertTrue(PerResidentRule.mayNameResidents("ASU\u{212A}ASMÄÄRÄ"))
        XCTAssertFalse(PerResidentRule.mayNameResidents("ASUKAS MÄÄRÄ"))
        XCTAssertFalse(PerResidentRule.mayNameResidents("ASUKAS"))
    }

    /// Every key in which Foundation finds ", €/AS" holds the scalar "€", so the guard skips no
    /// key the search would find.
    func testPerResidentKeysHoldTheEuroScalar() throws {
        var found = 0
        for t in try Self.texts() {
            let key = IdentitySupport.key(t)
            if key.range(of: ", €/AS") != nil {
                found += 1
                XCTAssertTrue(key.unicodeScalars.contains("€"), key.debugDescription)
            }
        }
        XCTAssertGreaterThanOrEqual(found, 4)
        // The rule still reads Kauhava p30's figure (1000 × 9 552 / 15 049 → 635).
        let table = CheckFixtures.table(columns: [Column(header: "2024")], [
            CheckFixtures.row("Vuosikate", ["9 552"]),
            CheckFixtures.row("Vuosikate, €/asukas", ["635"]),
            CheckFixtures.row("Asukasmäärä", ["15 049"]),
        ])
        XCTAssertEqual(PerResidentRule().checks(in: table).map(\.outcome), [.ok])
    }
}
