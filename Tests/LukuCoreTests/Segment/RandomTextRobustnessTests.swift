import Foundation
import XCTest
@testable import LukuCore

/// The text path (reader, segmenter, table builders, checks, JSON) never traps on text shaped
/// like budgets gone wrong: seeded random lines of header tokens, digit groups, signs, tabs,
/// Markdown marks, headings and page breaks. A trap kills the test process, so passing means
/// every case came back as a document that encodes.
final class RandomTextRobustnessTests: XCTestCase {
    static let pieces = ["TP", "TA", "TS", "MTA", "2023", "2024", "2025", "TP 2024", "TA+MUUTOS", "Muutos %", "€", "%",
                         "MENOT", "TULOT", "NETTOMENO", "TOIMINTATUOTOT", "Toimintakulut", "yhteensä", "Tavoite", "Mittari",
                         "123", "456", "7", "89", "0", "-1", "−12", "- ", "+3", "1 234", "5,6", "-7,8 %", "xx", "..", "…",
                         "\t", "\t\t", "|", "| --- |", "#", "## 1.", "3.2", "**", "<b>", "</b>", "\u{0C}", "\u{00A0}", "\u{202F}",
                         "Kemijärvi", "hallinto-", "palvelut", ".", ":", "(", ")", "1.", "2.1", "•", "-", "—", ""]

    static func text(_ rng: inout SplitMix64) -> String {
        var lines: [String] = []
        for _ in 0..<Int(rng.next() % 40) {
            var line: [String] = []
            for _ in 0..<Int(rng.next() % 14) { line.append(pieces[Int(rng.next() % UInt64(pieces.count))]) }
            lines.append(line.joined(separator: rng.next() % 5 == 0 ? "\t" : " "))
        }
        return lines.joined(separator: "\n")
    }

    func testRandomBudgetLikeTextNeverTraps() {
        var rng = SplitMix64(seed: 0x8)
        var tables = 0
        for _ in 0..<1_500 {
            let parsed = TextFileReader.parse(Self.text(&rng))
            let output = Segmenter().segmentText(parsed.lines)
            var document = Document(source: Source(file: "x.txt", sha256: "", format: .text, pages: parsed.pages))
            document.blocks = output.blocks
            document.sections = output.sections
            document.issues = output.issues
            IdentityChecker().check(&document)
            tables += document.allTables.count
            XCTAssertTrue(DocumentJSON.encode(document).hasSuffix("}\n"))
        }
        // The generator reaches the table builders, not only prose.
        XCTAssertGreaterThan(tables, 50)
        print("random text: 1 500 documents, \(tables) tables, none trapped")
    }
}
