import Foundation
import XCTest
@testable import LukuCore

/// `Word` and `TextLine` keep their boxes, text columns, pages and Markdown levels packed
/// (issue 8: every line of a long PDF is held until segmenting ends). What reads back is what
/// the readers stored, on real lines of corpus/kemijarvi-hallintopalvelut-tp2024: the PDF's
/// lines, its `pdftotext -layout` text (word columns as printed) and its pymupdf4llm Markdown
/// (heading levels).
final class PackedLineStorageTests: XCTestCase {
    func testWordsAndLinesArePacked() {
        XCTAssertLessThanOrEqual(MemoryLayout<Word>.stride, 64)
        XCTAssertLessThanOrEqual(MemoryLayout<TextLine>.stride, 80)
    }

    /// Every PDF word has its box and no column; every line's box is the union of its words'
    /// boxes, exactly; a box or page set on a line reads back as set.
    func testPDFLinesKeepTheirBoxes() throws {
        let pages = try Fixtures.pages(Fixtures.hallintopalvelutPDF)
        let joiner = NumberJoiner()
        let lines = pages.flatMap { page in LineBuilder().lines(of: page).map(joiner.join) }
        XCTAssertGreaterThan(lines.count, 200)
        for line in lines {
            XCTAssertNil(line.markdownLevel)
            let boxes = line.words.compactMap(\.box)
            XCTAssertEqual(boxes.count, line.words.count, "\(line.text)")
            XCTAssertTrue(line.words.allSatisfy { $0.column == nil }, "\(line.text)")
            guard let first = boxes.first, let box = line.box else { return XCTFail("no box: \(line.text)") }
            XCTAssertEqual(boxes.dropFirst().reduce(first) { $0.union($1) }, box, "\(line.text)")
            var moved = line
            moved.page = line.page + 100_000
            moved.box = nil
            XCTAssertEqual(moved.page, line.page + 100_000)
            XCTAssertNil(moved.box)
            XCTAssertEqual(moved.words, line.words)
            moved.box = box
            XCTAssertEqual(moved.box, box)
        }
        XCTAssertEqual(Set(lines.map(\.page)), Set(pages.map(\.number)))
    }

    /// `pdftotext -layout` text: each word's stored column puts it back where the text prints it.
    func testLayoutTextWordsKeepTheirColumns() throws {
        let text = try String(contentsOfFile: Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.layout.txt"), encoding: .utf8)
        // A form feed opens a page: the column counts from after it, as on a new line.
        let printed = text.replacingOccurrences(of: "\u{0C}", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        var placed = 0
        for line in TextFileReader.parse(text).lines {
            for word in line.words {
                guard let column = word.column else { continue }
                // The word stands at its column on some printed line, after a space or the margin.
                let found = printed.contains { chars in
                    column + word.text.count <= chars.count && String(chars[column..<(column + word.text.count)]) == word.text
                        && (column == 0 || chars[column - 1] == " ")
                }
                XCTAssertTrue(found, "\(word.text) at column \(column)")
                placed += 1
            }
        }
        XCTAssertGreaterThan(placed, 1_000)
    }

    /// pymupdf4llm Markdown: every "## " line is read at level 2, every "# " at level 1.
    func testMarkdownHeadingsKeepTheirLevels() throws {
        let text = try String(contentsOfFile: Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.pymupdf4llm.md"), encoding: .utf8)
        let levels = TextFileReader.parse(text).lines.compactMap(\.markdownLevel)
        let rawLines: [Substring] = text.split(separator: "\n")
        var printed: [Int] = []
        for raw in rawLines {
            let hashes = raw.prefix { $0 == "#" }.count
            if hashes > 0, raw.dropFirst(hashes).first == " " { printed.append(hashes) }
        }
        XCTAssertFalse(levels.isEmpty)
        XCTAssertEqual(levels, printed)
    }
}
