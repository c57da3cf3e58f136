import Foundation
import XCTest
@testable import LukuCore

/// `TextFileReader`: bytes → Unicode (refusing what is not), line ends, pages, and the
/// Markdown-like markup of extracted budgets.
final class InputTextFileReaderTests: XCTestCase {
    private func decode(_ bytes: [UInt8], path: String = "x.txt") throws -> String {
        try TextFileReader.decode(Data(bytes), path: path)
    }

    private func texts(_ r: TextFileReader.Result) -> [String] { r.lines.map(\.text) }

    // MARK: encodings

    func testUTF8WithoutBOM() throws {
        XCTAssertEqual(try decode(Array("Myyntituotot äö €".utf8)), "Myyntituotot äö €")
    }

    func testUTF8BOMIsDropped() throws {
        let text = try decode([0xEF, 0xBB, 0xBF] + Array("HALLINTOPALVELUT TOIMIALA".utf8))
        XCTAssertEqual(text, "HALLINTOPALVELUT TOIMIALA")
        XCTAssertEqual(TextFileReader.parse(text).lines[0].words.first?.text, "HALLINTOPALVELUT")
    }

    func testUTF16LittleEndianWithBOM() throws {
        let source = "Käyttötalous\r\nMENOT\t-6 649 150"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in source.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let text = try decode(bytes)
        XCTAssertEqual(text, source)
        let r = TextFileReader.parse(text)
        XCTAssertEqual(texts(r), ["Käyttötalous", "MENOT -6 649 150"])
        XCTAssertEqual(r.lines[1].tabCells, ["MENOT", "-6 649 150"])
    }

    func testUTF16BigEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in "TP 2024".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        XCTAssertEqual(try decode(bytes), "TP 2024")
    }

    func testWindows1252FinnishTextIsDecoded() throws {
        // "Hyvää – 5 €" in Windows-1252: ä = 0xE4, en dash = 0x96, euro = 0x80.
        let bytes: [UInt8] = [0x48, 0x79, 0x76, 0xE4, 0xE4, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]
        let decoded = try TextFileReader.decodeDetecting(Data(bytes), path: "vanha.txt")
        XCTAssertEqual(decoded.text, "Hyvää – 5 €")
        XCTAssertEqual(decoded.encoding, "windows-1252")
        XCTAssertNil(try TextFileReader.decodeDetecting(Data("Hyvää".utf8), path: "x.txt").encoding)
        XCTAssertEqual(try TextFileReader.decodeDetecting(Data([0xEF, 0xBB, 0xBF, 0x41]), path: "x.txt").encoding, "utf-8-bom")
        XCTAssertEqual(try TextFileReader.decodeDetecting(Data([0xFF, 0xFE, 0x41, 0x00]), path: "x.txt").encoding, "utf-16le")
    }

    func testInvalidUTF8NamesTheByteAndOffset() {
        // "Hyvä" then 0x81, which Windows-1252 leaves undefined: no code page is guessed.
        let bytes: [UInt8] = [0x48, 0x79, 0x76, 0xE4, 0x81]
        XCTAssertThrowsError(try decode(bytes, path: "vanha.txt")) { error in
            XCTAssertEqual(error as? ReadError, .notUTF8(path: "vanha.txt", offset: 3, byte: 0xE4))
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("vanha.txt: not valid UTF-8 (byte 0xE4 at offset 3)"), message)
            XCTAssertTrue(message.contains("iconv"), "says how to convert: \(message)")
        }
        // Only marks above 0x7F, no letter: no evidence of Finnish text.
        XCTAssertThrowsError(try decode([0x41, 0x80, 0x42], path: "x.txt"))
    }

    func testInvalidUTF8OffsetCountsTheBOM() {
        // The offset is into the file, BOM included.
        XCTAssertThrowsError(try decode([0xEF, 0xBB, 0xBF, 0x41, 0xFF])) { error in
            XCTAssertEqual(error as? ReadError, .notUTF8(path: "x.txt", offset: 4, byte: 0xFF))
        }
    }

    func testTruncatedAndOverlongSequencesAreInvalid() {
        XCTAssertEqual(TextFileReader.firstInvalidUTF8Offset(Array("ok".utf8)), nil)
        XCTAssertEqual(TextFileReader.firstInvalidUTF8Offset([0x61, 0xC3]), 1)        // cut-off "ä"
        XCTAssertEqual(TextFileReader.firstInvalidUTF8Offset([0xC0, 0xAF]), 0)        // overlong "/"
        XCTAssertEqual(TextFileReader.firstInvalidUTF8Offset([0x61, 0xE2, 0x82, 0x41]), 1)  // "€" broken
        XCTAssertEqual(TextFileReader.firstInvalidUTF8Offset([0x61, 0x80]), 1)        // lone continuation
    }

    func testEmptyFile() {
        XCTAssertThrowsError(try decode([], path: "tyhja.txt")) { error in
            XCTAssertEqual(error as? ReadError, .emptyFile(path: "tyhja.txt"))
        }
    }

    func testBOMOnlyOrWhitespaceOnlyIsEmpty() {
        for bytes: [UInt8] in [[0xEF, 0xBB, 0xBF], Array("  \n\r\n\t\u{0C}\n".utf8), [0xFF, 0xFE, 0x20, 0x00]] {
            XCTAssertThrowsError(try decode(bytes)) { error in
                XCTAssertEqual(error as? ReadError, .emptyFile(path: "x.txt"), "\(bytes)")
            }
        }
    }

    func testNULBytesAreRefused() {
        // One stray NUL in otherwise plain text: not a text document; the offset is named.
        let bytes: [UInt8] = Array("TP 2024 TA 2025".utf8) + [0x00] + Array(" 1 234".utf8)
        XCTAssertThrowsError(try decode(bytes, path: "nul.txt")) { error in
            guard case .unreadable(let path, let reason)? = error as? ReadError else {
                return XCTFail("expected unreadable, got \(error)")
            }
            XCTAssertEqual(path, "nul.txt")
            XCTAssertTrue(reason.contains("offset 15"), reason)
        }
    }

    func testUTF16WithoutBOMIsNamed() {
        // "Määrärahat" as UTF-16 without a BOM: the ä (E4 00) is invalid UTF-8, and the UTF-8 error
        // used to blame it and suggest Windows-1252; the encoding is named instead.
        let text = "Määrärahat 2024"
        let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (bytes, name) in [(little, "UTF-16LE"), (big, "UTF-16BE"), ([0x54, 0x00, 0x50, 0x00], "UTF-16LE")] {
            XCTAssertThrowsError(try decode(bytes, path: "u16.txt")) { error in
                guard case .unreadable(_, let reason)? = error as? ReadError else { return XCTFail("expected unreadable, got \(error)") }
                XCTAssertTrue(reason.contains("looks like \(name) text") && reason.contains("iconv -f \(name) -t UTF-8"), reason)
                XCTAssertFalse(reason.contains("WINDOWS-1252"), reason)
            }
        }
    }

    func testReadFromDisk() throws {
        let scratch = try ScratchFolder(self)
        let path = try scratch.write("a.txt", [0xEF, 0xBB, 0xBF] + Array("MENOT\n".utf8))
        let r = try TextFileReader.read(path: path)
        XCTAssertEqual(texts(r), ["MENOT", ""])
        XCTAssertEqual(r.pages, 1)
        XCTAssertThrowsError(try TextFileReader.read(path: scratch.path + "/missing.txt")) { error in
            XCTAssertEqual(error as? ReadError, .fileNotFound(path: scratch.path + "/missing.txt"))
        }
    }

    // MARK: lines and pages

    func testCRLFAndLoneCRAreLineEnds() {
        let r = TextFileReader.parse("yksi\r\nkaksi\rkolme\nneljä")
        XCTAssertEqual(texts(r), ["yksi", "kaksi", "kolme", "neljä"])
        XCTAssertEqual(r.pages, 1)
        // An empty line between CRLFs stays an empty line (paragraph break), not two.
        XCTAssertEqual(texts(TextFileReader.parse("a\r\n\r\nb")), ["a", "", "b"])
    }

    func testFormFeedStartsANewPage() {
        let r = TextFileReader.parse("sivu yksi\n  1\n\u{0C}sivu kaksi\n\u{0C}sivu kolme")
        XCTAssertEqual(r.pages, 3)
        let pages = Dictionary(grouping: r.lines.filter { !$0.isEmpty }, by: \.page).mapValues { $0.map(\.text) }
        XCTAssertEqual(pages[1], ["sivu yksi", "1"])
        XCTAssertEqual(pages[2], ["sivu kaksi"])
        XCTAssertEqual(pages[3], ["sivu kolme"])
        // A form feed in the middle of a line splits it.
        let mid = TextFileReader.parse("loppu\u{0C}alku")
        XCTAssertEqual(mid.lines.map(\.page), [1, 2])
        XCTAssertEqual(texts(mid), ["loppu", "alku"])
    }

    // MARK: markup

    func testHashHeadingMarks() {
        let lines = TextFileReader.parse("# HALLINTO\n## 1. Toiminta-ajatus\n#hashtag\n  ### Alaotsikko").lines
        XCTAssertEqual(lines.map(\.markdownLevel), [1, 2, nil, 3])
        XCTAssertEqual(lines.map(\.text), ["HALLINTO", "1. Toiminta-ajatus", "#hashtag", "Alaotsikko"])
    }

    func testBoldMarkupIsStrippedAndSetsBold() {
        let lines = TextFileReader.parse("<b>MENOT</b>\n***Kaupunginhallitus 22.8.2022***\n**Tulot**\n<strong>X</strong>\nMuut").lines
        XCTAssertEqual(lines.map(\.text), ["MENOT", "Kaupunginhallitus 22.8.2022", "Tulot", "X", "Muut"])
        XCTAssertEqual(lines.map(\.isBold), [true, true, true, true, false])
        XCTAssertTrue(lines[0].words.allSatisfy(\.isBold))
        XCTAssertFalse(lines[4].words[0].isBold)
    }

    func testIndentCountsLeadingSpaces() {
        let lines = TextFileReader.parse("TOIMINTATUOTOT\n  Myyntituotot 213 930").lines
        XCTAssertEqual(lines.map(\.indent), [0, 2])
        XCTAssertEqual(lines[1].words.map(\.text), ["Myyntituotot", "213", "930"])
    }

    func testTabCells() {
        // Corpus line 87 of kemijarvi-hallinto-tukipalvelut-2022-06.txt.
        let row = TextFileReader.parse("<b>MENOT</b>\t-6 341 800\t-7 222 750\t-880 950\t13,9").lines[0]
        XCTAssertEqual(row.tabCells, ["MENOT", "-6 341 800", "-7 222 750", "-880 950", "13,9"])
        XCTAssertTrue(row.isBold)
        // A header continuation with an empty label cell keeps it.
        XCTAssertEqual(TextFileReader.parse("\t2021\t2022\t€\t%").lines[0].tabCells, ["", "2021", "2022", "€", "%"])
        // Runs of spaces inside a cell fold to one.
        XCTAssertEqual(TextFileReader.parse("Muutos  %\t 4,7 ").lines[0].tabCells, ["Muutos %", "4,7"])
        // No tab, no cells.
        XCTAssertNil(TextFileReader.parse("MENOT -6 341 800").lines[0].tabCells)
    }

    func testLabelOnlyTabRowKeepsItsLabel() {
        // A sub-heading row of a tab table: the label with empty value cells.
        let line = TextFileReader.parse("Vaalit\t\t\t").lines[0]
        XCTAssertEqual(line.tabCells, ["Vaalit"])
        XCTAssertEqual(line.words.map(\.text), ["Vaalit"])
        // Only tabs: no cells at all.
        XCTAssertNil(TextFileReader.parse("\t\t").lines[0].tabCells)
    }
}

extension InputTextFileReaderTests {
    /// Text made from HTML-exported PDFs keeps their zero-width spaces ("79,\u{200B}5",
    /// "-\u{200B} 16.756.130", Lapua's minutes in -layout): they are no part of a word; a soft
    /// hyphen stays (it marks a break).
    func testInvisibleCharactersAreNoPartOfAWord() {
        let line = TextFileReader.parse("Toimintakulut *) -\u{200B} 16.756.130 78,\u{200B}5 elin\u{00AD}").lines[0]
        XCTAssertEqual(line.words.map(\.text), ["Toimintakulut", "*)", "-", "16.756.130", "78,5", "elin\u{00AD}"])
        XCTAssertEqual(TextFileReader.parse("a \u{200B} b").lines[0].words.map(\.text), ["a", "b"])
    }
}
