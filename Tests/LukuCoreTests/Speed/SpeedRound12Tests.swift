import Foundation
import XCTest
@testable import LukuCore

/// Speed round 12 (issue 8): three rewrites that must answer exactly as the code they replace.
/// - `TextLine.chunks(gapEm:)` finds its cuts first: held to the old word-by-word chunking
///   (kept here verbatim) on every line of the corpus PDFs, the state budget (../shared/real)
///   and the corpus texts, at the gaps the segmenter uses and around them, and on lines with
///   words without boxes and with NaN or zero font sizes.
/// - `ContinuedTableNote.MarkLetters.mayHold` rejects only lines `isNote` refuses: held to the
///   old `isNote` on the same lines and on the notes with the Kelvin sign, capitals, marks.
/// - `TextTableBuilder.isTailToken` answers without its readings for a word without an ASCII
///   digit, and `UnitSuffixByte` lets `TableUnit`'s suffix tests run only on words ending in a
///   unit's last byte: both held to the old tests on every word of the same lines.
final class SpeedRound12Tests: XCTestCase {
    /// `TextLine.chunks(gapEm:)` as it was before round 12.
    static func referenceChunks(_ line: TextLine, gapEm: Double) -> [[Word]] {
        var out: [[Word]] = []
        for word in line.words {
            if let last = out.last?.last, let a = last.box, let b = word.box,
               GapThreshold.isBelow((b.x0 - a.x1) / max(word.fontSize, last.fontSize, 1), gapEm) {
                out[out.count - 1].append(word)
            } else if out.isEmpty || word.box != nil {
                out.append([word])
            } else {
                out[out.count - 1].append(word)
            }
        }
        return out
    }

    /// `ContinuedTableNote.isNote` as it was before round 12 (no byte pre-check).
    static func referenceIsNote(_ text: String) -> Bool {
        var marked = false
        var any = false
        for raw in text.lowercased().split(whereSeparator: \.isWhitespace) {
            let w = raw.trimmingCharacters(in: CharacterSet(charactersIn: "().:,"))
            if ["-", "–", "—", ""].contains(w) { continue }
            guard ContinuedTableNote.words.contains(w) else { return false }
            any = true
            if ContinuedTableNote.marks.contains(w) { marked = true }
        }
        return any && marked
    }

    /// Lines of the corpus PDFs, the state budget when ../shared/real is here, the hold-out
    /// longtable variant and the corpus texts.
    static func lines() throws -> [TextLine] {
        var pdfs = [Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf"),
                    Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.pdf"),
                    Fixtures.corpus("kemijarvi-hallinto-tukipalvelut-2022-06.pdf"),
                    Fixtures.holdOut5LongtablePDF]
        let valtion = SharedFolder.realDirectory.appendingPathComponent("valtion-talousarvio-2024-asiakirjayhdistelma.pdf").path
        if FileManager.default.fileExists(atPath: valtion) { pdfs.append(valtion) }
        var lines: [TextLine] = []
        let joiner = NumberJoiner()
        for pdf in pdfs {
            for page in try Fixtures.pages(pdf) {
                let built = LineBuilder().lines(of: page)
                lines += built + built.map(joiner.join)
            }
        }
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            lines += TextFileReader.parse(text).lines
        }
        return lines
    }

    func testChunksAsTheWordByWordChunking() throws {
        var lines = try Self.lines()
        XCTAssertGreaterThan(lines.count, 5000)
        // Words without boxes among boxed ones, NaN and zero font sizes, an empty line.
        let box = { (x0: Double, x1: Double) in BoundingBox(x0: x0, y0: 0, x1: x1, y1: 10) }
        var a = Word(text: "Tulot"); a.box = box(0, 30); a.fontSize = 10
        var b = Word(text: "1 000"); b.box = box(45, 70); b.fontSize = .nan
        var c = Word(text: "x")
        var d = Word(text: "2024"); d.box = box(71, 90); d.fontSize = 0
        c.fontSize = 10
        lines += [TextLine(page: 1, words: []), TextLine(page: 1, words: [c]), TextLine(page: 1, words: [c, a]),
                  TextLine(page: 1, words: [a, c, b, d]), TextLine(page: 1, words: [a, b, c, c, d, a]),
                  TextLine(page: 1, words: [b, a, d, b])]
        var cut = 0
        for line in lines {
            for gap in [TableSettings.default.labelGapEm, TableSettings.default.loneValueGapEm, 0.2, 0.5, 1.5, 2.0, 0, .nan] {
                // Both are cuts of the line's words in order: the chunks' texts say where each cut is
                // (`Word`'s == would call a word with a NaN font size unequal to itself).
                let expected = Self.referenceChunks(line, gapEm: gap).map { $0.map(\.text) }
                XCTAssertEqual(line.chunks(gapEm: gap).map { $0.map(\.text) }, expected, "\(line.text.debugDescription) at \(gap)")
                if expected.count > 1 { cut += 1 }
            }
        }
        XCTAssertGreaterThan(cut, 2000, "lines cut into several chunks are among those compared")
    }

    func testMarkLettersRejectOnlyLinesThatAreNoNote() throws {
        var texts = try Self.lines().map(\.text)
        texts += ["jatkuu seuraavalla sivulla", "(jatkoa edelliseltä sivulta)", "(jatkuu)", "JATKUU SEURAAVALLA SIVULLA",
                  "Taulukko jatkuu", "(Jatk.)", "ja\u{212A}uu", "JAT\u{212A}UU seuraavalla sivulla", "(ja\u{212A}koa)",
                  "jat\u{212A}", "jat", "jatk", "Jatk", "jaTk", "j a t k u u", "ja\u{0301}tkuu", "jatku\u{0301}u",
                  "seuraavalla sivulla", "urakka jatkuu vuonna 2025", "Investointimenot hankkeittain (jatkuu)",
                  "\u{2014} jatkuu \u{2014}", "jatkuu\u{00A0}seuraavalla", ""]
        var notes = 0, rejected = 0
        for t in texts {
            let expected = Self.referenceIsNote(t)
            XCTAssertEqual(ContinuedTableNote.isNote(t), expected, t.debugDescription)
            if expected {
                notes += 1
                XCTAssertTrue(ContinuedTableNote.MarkLetters.mayHold(t), t.debugDescription)
            }
            if !ContinuedTableNote.MarkLetters.mayHold(t) { rejected += 1 }
        }
        XCTAssertGreaterThanOrEqual(notes, 8, "the printed notes, in capitals and with the Kelvin sign")
        XCTAssertGreaterThan(rejected, 5000, "the pre-check spares nearly every line")
        XCTAssertTrue(ContinuedTableNote.isNote("JAT\u{212A}UU seuraavalla sivulla"))
    }

    /// `TextTableBuilder.isTailToken` as it was before round 12.
    static func referenceIsTailToken(_ t: String) -> Bool {
        if t == "%" || FinnishNumber.isPlaceholder(t) { return true }
        if GluedPercent.isFigure(t) { return true }
        if NotationTokens.isTailWord(t) { return true }
        if t.contains("."), case .digits? = DigitRunSplitter.classify(t) { return true }
        var s = Substring(t)
        if let f = s.first, "-+−–".contains(f) { s = s.dropFirst() }
        guard let digits = s.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first,
              !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return false }
        return s.count == digits.count || s.dropFirst(digits.count + 1).allSatisfy(\.isASCIIDigit)
    }

    static func words() throws -> [String] {
        var words = try Self.lines().flatMap { $0.words.map(\.text) }
        words += ["%", "-", "–", "—", "x", "xx", "..", "", "12,5%", "-3,0 %", "937,8-", "(12", "508,33)", "340'223", "16.756.130",
                  "-10.100,97", "(216,84)", "2024", "1 000", "1\u{00A0}000", "٣", "５", "1\u{0301}", "€", "1 000 €", "(€)", "euroa",
                  "EUR", "eur", "teur", "€)", "%)", "a\u{0301}", "€\u{0301}", "e\u{0301}uroa", "Tilinpäätös", "yhteensä"]
        return words
    }

    func testTailTokenAsBefore() throws {
        var tails = 0, letterWords = 0
        for w in try Self.words() {
            let expected = Self.referenceIsTailToken(w)
            XCTAssertEqual(TextTableBuilder.isTailToken(w), expected, w.debugDescription)
            if expected { tails += 1 }
            if !w.utf8.contains(where: { $0 &- 0x30 < 10 }) { letterWords += 1 }
        }
        XCTAssertGreaterThan(tails, 1000)
        XCTAssertGreaterThan(letterWords, 10000, "most words hold no digit and skip the readings")
    }

    func testUnitSuffixByteLetsThroughEveryUnitWord() throws {
        var units = 0
        for w in try Self.words() {
            var last = w[...]
            if last.hasSuffix(")") { last = last.dropLast() }
            let oldGate = last.hasSuffix("€") || last.hasSuffix("%") || last.hasSuffix("euroa") || last.hasSuffix("eur") || last.hasSuffix("EUR")
            if oldGate {
                units += 1
                XCTAssertTrue(UnitSuffixByte.mayEnd(last.utf8.last), w.debugDescription)
            }
            if w.hasSuffix("€") || w.hasSuffix("%") { XCTAssertTrue(UnitSuffixByte.mayEnd(w.utf8.last), w.debugDescription) }
        }
        XCTAssertGreaterThan(units, 100)
        XCTAssertFalse(UnitSuffixByte.mayEnd(nil))
        XCTAssertFalse(UnitSuffixByte.mayEnd(Array("€\u{0301}".utf8).last))
    }
}
