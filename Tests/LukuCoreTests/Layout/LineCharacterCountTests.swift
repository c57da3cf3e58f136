import XCTest
@testable import LukuCore

/// `TextLine.characterCount` is `text.count`: on every word of the corpus PDF and every line
/// of the corpus's texts, and on every scalar up to U+0400 (the fast path ends at U+0300) next
/// to a word, alone, as a word of its own and after a space, where a combining mark joins it.
final class LineCharacterCountTests: XCTestCase {
    private func line(_ words: [String]) -> TextLine {
        TextLine(page: 1, words: words.map { Word(text: $0) })
    }

    func testCountIsTheJoinedTextsCount() throws {
        var lines: [TextLine] = [line([]), line([""]), line(["", ""]), line(["a", "", "b"]), line(["\r", "\n"]), line(["a\r\nb"]),
                                 line(["e\u{301}"]), line(["Tilinpäätös", "\u{301}x"]), line(["\u{200D}", "a"]), line(["Å", "ø", "ǅ"])]
        for v in 0...0x400 {
            guard let u = Unicode.Scalar(v) else { continue }
            lines.append(line([String(u)]))
            lines.append(line(["Tulot\(u)", "\(u)2024"]))
            lines.append(line(["x", String(u), "y"]))
        }
        let pages = try Fixtures.pages(Fixtures.hallintopalvelutPDF)
        lines += pages.flatMap { LineBuilder().lines(of: $0) }
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        XCTAssertGreaterThan(names.count, 5)
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            lines += TextFileReader.parse(text).lines
        }
        XCTAssertGreaterThan(lines.count, 5000)
        for l in lines {
            XCTAssertEqual(l.characterCount, l.text.count, l.text.debugDescription)
        }
    }
}
