import Foundation
import XCTest
@testable import LukuCore

/// `Pipeline.run` never throws: every unreadable input becomes a document with one `error`
/// issue that names the file (never its absolute path) and says what to do. `Ingest` over a
/// folder of good and bad files processes all of them, in input order.
final class PipelineTests: XCTestCase {
    /// Runs the pipeline and checks the shape every unreadable input shares; returns the message.
    @discardableResult
    private func failing(_ path: String, code: String = "error", advice: String,
                         file: StaticString = #filePath, line: UInt = #line) -> String {
        let name = (path as NSString).lastPathComponent
        let document = Pipeline().run(path: path)
        XCTAssertEqual(document.source.file, name, file: file, line: line)
        XCTAssertEqual(document.issues.count, 1, "\(document.issues)", file: file, line: line)
        guard let issue = document.issues.first else { return "" }
        XCTAssertEqual(issue.severity, .error, file: file, line: line)
        XCTAssertEqual(issue.code, code, file: file, line: line)
        XCTAssertTrue(issue.message.hasPrefix(name + ": "), "names the file: \(issue.message)", file: file, line: line)
        let folder = (path as NSString).deletingLastPathComponent
        XCTAssertFalse(issue.message.contains(folder), "no absolute path: \(issue.message)", file: file, line: line)
        XCTAssertFalse(issue.message.contains("/tmp"), "no absolute path: \(issue.message)", file: file, line: line)
        XCTAssertTrue(issue.message.contains(advice), "says what to do (\(advice)): \(issue.message)", file: file, line: line)
        XCTAssertTrue(document.sections.isEmpty && document.blocks.isEmpty, file: file, line: line)
        // The JSON still encodes.
        XCTAssertTrue(DocumentJSON.encode(document).contains("\"severity\": \"error\""), file: file, line: line)
        return issue.message
    }

    func testMissingFile() throws {
        let scratch = try ScratchFolder(self)
        let message = failing(scratch.path + "/puuttuu.pdf", advice: "check the path")
        XCTAssertEqual(message, "puuttuu.pdf: no such file; check the path and the file name")
        failing(scratch.path + "/puuttuu.txt", advice: "check the path")
    }

    func testEmptyPDFAndEmptyText() throws {
        let scratch = try ScratchFolder(self)
        for name in ["tyhja.pdf", "tyhja.txt", "tyhja.md"] {
            let message = failing(try scratch.write(name, []), advice: "download or export")
            XCTAssertTrue(message.contains("the file is empty"), message)
        }
        // A BOM and blank lines are no text either.
        failing(try scratch.write("bom.txt", [0xEF, 0xBB, 0xBF, 0x0A, 0x20, 0x0A]), advice: "download or export")
    }

    func testCorruptPDF() throws {
        let scratch = try ScratchFolder(self)
        let garbage = (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        let message = failing(try scratch.write("roska.pdf", garbage), advice: "download or export it again")
        XCTAssertTrue(message.contains("(PDF document is damaged)"), "poppler's message: \(message)")
        // An HTML error page saved under a .pdf name.
        failing(try scratch.write("sivu.pdf", "<!DOCTYPE html><html><body>404 Not Found</body></html>"),
                advice: "download or export it again")
    }

    func testEncryptedPDF() throws {
        let scratch = try ScratchFolder(self)
        let path = try scratch.copy(Fixtures.encryptedPDF, as: "salattu.pdf")
        let message = failing(path, advice: "qpdf --decrypt")
        XCTAssertTrue(message.contains("encrypted"), message)
    }

    func testTextlessPDF() throws {
        let scratch = try ScratchFolder(self)
        let path = try scratch.copy(Fixtures.textlessPDF, as: "skannattu.pdf")
        failing(path, code: "no-text-layer", advice: "run OCR first")
        XCTAssertEqual(Pipeline().run(path: path).source.pages, 1)
    }

    func testInvalidUTF8Text() throws {
        let scratch = try ScratchFolder(self)
        // 0x81 is no character of Windows-1252 either: refused, not guessed.
        let path = try scratch.write("vanha.txt", [0x4D, 0xE4, 0x81, 0x72, 0xE4, 0x72, 0x61, 0x68, 0x61, 0x74])
        let message = failing(path, advice: "iconv")
        XCTAssertTrue(message.contains("byte 0xE4 at offset 1"), message)
        failing(try scratch.write("u16.txt", [0x54, 0x00, 0x50, 0x00]), advice: "convert it to UTF-8")
    }

    /// "Määrärahat" in Windows-1252 is read as such and `source.encoding` says so.
    func testWindows1252TextIsReadAndStated() throws {
        let scratch = try ScratchFolder(self)
        let path = try scratch.write("vanha.txt", [0x4D, 0xE4, 0xE4, 0x72, 0xE4, 0x72, 0x61, 0x68, 0x61, 0x74, 0x0A])
        let document = Pipeline().run(path: path)
        XCTAssertEqual(document.source.encoding, "windows-1252")
        guard case .paragraph(let paragraph)? = document.blocks.first else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(paragraph.text, "Määrärahat")
        XCTAssertEqual(document.issues.map(\.code), ["encoding"])
    }

    func testUnsupportedExtensionAndFolder() throws {
        let scratch = try ScratchFolder(self)
        let message = failing(try scratch.write("talousarvio.docx", "PK"), advice: "save it as PDF")
        XCTAssertTrue(message.contains("not a .pdf, .txt or .md file"), message)
        failing(try scratch.write("merkinnat", "MENOT 1"), advice: "save it as PDF")
        let folder = scratch.url.appendingPathComponent("kansio.pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let folderMessage = failing(folder.path, advice: "folder")
        XCTAssertEqual(folderMessage, "kansio.pdf: cannot read: it is a folder, not a file")
    }

    func testRelativePathGivesTheFileNameToo() throws {
        let scratch = try ScratchFolder(self)
        try scratch.write("sub/tyhja.pdf", [])
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(scratch.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let document = Pipeline().run(path: "sub/tyhja.pdf")
        XCTAssertEqual(document.source.file, "tyhja.pdf")
        XCTAssertEqual(document.issues.map(\.message), ["tyhja.pdf: the file is empty (no text at all); download or export the document again"])
    }

    func testGoodPDFAndText() throws {
        let pdf = Pipeline().run(path: Fixtures.hallintopalvelutPDF)
        XCTAssertEqual(pdf.source, Source(file: "kemijarvi-hallintopalvelut-tp2024.pdf",
                                          sha256: "30ffd69efb1c8e0e400f5d95b0bf4f3537ce7613f9a50748b24ba63fc04f2ebe",
                                          format: .pdf, pages: 8))
        XCTAssertFalse(pdf.issues.contains { $0.severity == .error })
        XCTAssertEqual(pdf.title, "HALLINTOPALVELUT TOIMIALA")

        let scratch = try ScratchFolder(self)
        let path = try scratch.write("talous.txt", "8. Määrärahat\r\n\r\nTP TA\r\n2023 2024\r\nMENOT -996 -14 800\u{0C}Sivu kaksi\r\n")
        let text = Pipeline().run(path: path)
        XCTAssertEqual(text.source.format, .text)
        XCTAssertEqual(text.source.pages, 2)
        XCTAssertEqual(text.source.sha256.count, 64)
        XCTAssertTrue(text.issues.isEmpty, "\(text.issues)")
        XCTAssertEqual(text.sections.first?.heading.text, "Määrärahat")
        XCTAssertEqual(text.allTables.first?.rows.first?.cells.map { $0?.value }, [-996, -14800])
    }

    func testIngestFolderOfGoodAndBadFiles() throws {
        let scratch = try ScratchFolder(self)
        try scratch.copy(Fixtures.hallintopalvelutPDF, as: "a-hyva.pdf")
        try scratch.write("b-tyhja.pdf", [])
        try scratch.write("c-roska.pdf", Array(repeating: 0x41, count: 500))
        try scratch.copy(Fixtures.encryptedPDF, as: "d-salattu.pdf")
        try scratch.copy(Fixtures.textlessPDF, as: "e-skannattu.pdf")
        try scratch.write("f-vanha.txt", [0x4D, 0xE4, 0x81, 0x0A])  // 0x81: not Windows-1252 text either
        try scratch.write("g-tyhja.txt", [])
        try scratch.write("h-hyva.txt", "8. Määrärahat\nTP TA\n2023 2024\nMENOT -996 -14 800\n")
        try scratch.write("sub/i-hyva.md", "## 1. Toiminta-ajatus\n\nTeksti.\n")
        try scratch.write("j-ohitettava.docx", "PK")  // not an input: folders yield only .pdf/.txt/.md

        let inputs = try InputFinder.find([scratch.path, scratch.path + "/puuttuu.pdf"])
        let names = ["a-hyva.pdf", "b-tyhja.pdf", "c-roska.pdf", "d-salattu.pdf", "e-skannattu.pdf",
                     "f-vanha.txt", "g-tyhja.txt", "h-hyva.txt", "sub/i-hyva.md"]
        XCTAssertEqual(inputs.map(\.outputName), names.map { $0 + ".json" } + ["puuttuu.pdf.json"])

        for threads in [1, 3, 16] {
            let results = Ingest(threads: threads).run(inputs)
            XCTAssertEqual(results.map(\.input), inputs, "all inputs, in input order (threads \(threads))")
            let failed = results.map { $0.document.issues.contains { $0.severity == .error } }
            XCTAssertEqual(failed, [false, true, true, true, true, true, true, false, false, true], "threads \(threads)")
            XCTAssertEqual(results[0].document.allTables.count, 8)
            XCTAssertEqual(results[7].document.allTables.first?.rows.first?.label, "MENOT")
            XCTAssertEqual(results[8].document.sections.first?.heading.text, "Toiminta-ajatus")
            for r in results {
                XCTAssertEqual(r.json, DocumentJSON.encode(r.document))
                XCTAssertFalse(r.json.contains(scratch.path), "\(r.input.outputName) leaks the folder path")
            }
        }

        // Streaming: every input's JSON on disk, byte-identical to the in-memory run for any thread
        // count; records in input order with the statuses the documents give.
        let expected = Ingest(threads: 1).run(inputs).map(\.json)
        for threads in [1, 2, 5] {
            let out = try ScratchFolder(self)
            let seen = RecordLog()
            let totals = Ingest(threads: threads).stream(inputs, to: out.path) { seen.add($0) }
            XCTAssertEqual(seen.records.map(\.index), Array(inputs.indices), "input order (threads \(threads))")
            XCTAssertEqual(seen.records.map(\.status.rawValue),
                           ["ok", "error", "error", "error", "error", "error", "error", "ok", "ok", "error"])
            XCTAssertEqual(totals.written, 10)
            XCTAssertEqual(totals.failed, 7)
            XCTAssertFalse(totals.stopped)
            for (name, json) in zip(names + ["puuttuu.pdf"], expected) {
                let written = try String(contentsOfFile: out.path + "/" + name + ".json", encoding: .utf8)
                XCTAssertEqual(written, json, "\(name) (threads \(threads))")
            }
            // No temporary file is left behind.
            let leftovers = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).filter { $0.contains(".tmp-") }
            XCTAssertEqual(leftovers, [])
        }
    }
}

/// Records as `Ingest.stream` hands them over, for assertions.
final class RecordLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [IngestRecord] = []
    func add(_ r: IngestRecord) { lock.lock(); stored.append(r); lock.unlock() }
    var records: [IngestRecord] { lock.lock(); defer { lock.unlock() }; return stored }
}
