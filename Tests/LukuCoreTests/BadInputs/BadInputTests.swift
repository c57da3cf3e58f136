import Foundation
import XCTest
@testable import LukuCore

/// The committed bad-input set (`files/`, made once; see README there) and the cases made at test
/// time (FIFO, symlinked folder, same-name inputs, unusable output folder), each through the real
/// `luku ingest` process: the exit status, and the issue its JSON carries.
final class BadInputTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("files")

    struct Case {
        var file: String
        var status: Int32
        var severity: String
        var code: String
        var says: String
    }

    static let cases: [Case] = [
        Case(file: "truncated.pdf", status: 1, severity: "error", code: "error", says: "damaged or not a PDF"),
        Case(file: "zero-pages.pdf", status: 1, severity: "error", code: "error", says: "the PDF has no pages"),
        Case(file: "no-tounicode.pdf", status: 1, severity: "error", code: "no-text-layer", says: "no page has a usable text layer"),
        Case(file: "rotated.pdf", status: 0, severity: "info", code: "rotated-page", says: "turned 90° clockwise"),
        Case(file: "utf16le-no-bom.txt", status: 1, severity: "error", code: "error", says: "iconv -f UTF-16LE -t UTF-8"),
        // Finnish text in Latin-1/Windows-1252 is read, and said so (issue 7).
        Case(file: "latin1.txt", status: 0, severity: "info", code: "encoding", says: "read as Windows-1252"),
        Case(file: "nul.txt", status: 1, severity: "error", code: "error", says: "a NUL byte at offset 30"),
    ]

    /// The issues of an output file as (severity, code, message).
    static func issues(_ path: String) throws -> [(String, String, String)] {
        let json = try JSONParser.parse(String(contentsOfFile: path, encoding: .utf8))
        return (json["issues"]?.arrayValue ?? []).map {
            ($0["severity"]?.stringValue ?? "", $0["code"]?.stringValue ?? "", $0["message"]?.stringValue ?? "")
        }
    }

    func testEachBadFileGetsItsStatusAndIssue() throws {
        let encrypted = Case(file: "encrypted.pdf", status: 1, severity: "error", code: "error", says: "qpdf --decrypt")
        for c in Self.cases + [encrypted] {
            let scratch = try ScratchFolder(self)
            let source = c.file == "encrypted.pdf" ? Fixtures.encryptedPDF : Self.folder.appendingPathComponent(c.file).path
            let input = try scratch.copy(source, as: c.file)
            let run = try LukuProcess.run(["ingest", input, "-o", "out", "--quiet"], in: scratch)
            XCTAssertFalse(run.signalled, "\(c.file): killed by signal \(run.status)")
            XCTAssertEqual(run.status, c.status, "\(c.file): \(run.stderr)")
            let issues = try Self.issues(scratch.path + "/out/\(c.file).json")
            XCTAssertTrue(issues.contains { $0.0 == c.severity && $0.1 == c.code && $0.2.contains(c.says) },
                          "\(c.file): expected \(c.severity) \(c.code) saying \"\(c.says)\", got \(issues)")
            if c.status != 0 { XCTAssertTrue(run.stderr.contains("error: \(c.file): "), "\(c.file): stderr names it: \(run.stderr)") }
        }
    }

    /// The rotated page is read in its rotation: the same tables, rows and cells as the upright
    /// page it was made from (page 4 of the hallintopalvelut PDF, whose golden file holds them).
    func testRotatedPageReadsLikeTheUprightOne() throws {
        let rotated = Pipeline().run(path: Self.folder.appendingPathComponent("rotated.pdf").path)
        let golden = try String(contentsOfFile: Fixtures.packageRoot
            .appendingPathComponent("golden/kemijarvi-hallintopalvelut-tp2024.pdf.json").path, encoding: .utf8)
        let uprightTables = try DocumentJSON.decode(golden).allTables.filter { $0.page == 4 }
        XCTAssertEqual(uprightTables.count, 3)
        XCTAssertEqual(rotated.allTables.count, uprightTables.count)
        for (a, b) in zip(rotated.allTables, uprightTables) {
            XCTAssertEqual(a.rows.map(\.label), b.rows.map(\.label))
            XCTAssertEqual(a.rows.map { $0.cells.map { $0?.text } }, b.rows.map { $0.cells.map { $0?.text } })
        }
    }

    func testFIFOIsRefusedNotWaitedOn() throws {
        let scratch = try ScratchFolder(self)
        XCTAssertEqual(mkfifo(scratch.path + "/putki.pdf", 0o644), 0)
        let run = try LukuProcess.run(["ingest", "putki.pdf", "-o", "out"], in: scratch, timeout: 30)
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("putki.pdf: cannot read: it is a named pipe (FIFO), not a file"), run.stderr)
        let issues = try Self.issues(scratch.path + "/out/putki.pdf.json")
        XCTAssertEqual(issues.map(\.0), ["error"])
    }

    func testSymlinkedFolderIsFollowed() throws {
        let scratch = try ScratchFolder(self)
        try scratch.write("oikea/alakansio/a.txt", "8. Määrärahat\nTP TA\n2023 2024\nMENOT -996 -14 800\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/linkki", withDestinationPath: "oikea")
        let run = try LukuProcess.run(["ingest", "linkki", "-o", "out"], in: scratch)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("wrote 1 JSON file"), run.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.path + "/out/alakansio/a.txt.json"))
    }

    func testSameNameInputs() throws {
        let scratch = try ScratchFolder(self)
        let text = "8. Määrärahat\nTP TA\n2023 2024\nMENOT -996 -14 800\n"
        try scratch.write("kansio/a/talous.txt", text)
        try scratch.write("kansio/b/talous.txt", text + "TULOT 5 6\n")
        // As two file arguments: refused before any work, naming both.
        let refused = try LukuProcess.run(["ingest", "kansio/a/talous.txt", "kansio/b/talous.txt", "-o", "out"], in: scratch)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("kansio/a/talous.txt and kansio/b/talous.txt would both be written to talous.txt.json"),
                      refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path + "/out/talous.txt.json"))
        // The same file twice is one input.
        let twice = try LukuProcess.run(["ingest", "kansio/a/talous.txt", "kansio/a/../a/talous.txt", "-o", "out1"], in: scratch)
        XCTAssertEqual(twice.status, 0, twice.stderr)
        XCTAssertTrue(twice.stdout.contains("wrote 1 JSON file"), twice.stdout)
        // From their folder: the outputs mirror the tree, both kept.
        let mirrored = try LukuProcess.run(["ingest", "kansio", "-o", "out2"], in: scratch)
        XCTAssertEqual(mirrored.status, 0, mirrored.stderr)
        let a = try String(contentsOfFile: scratch.path + "/out2/a/talous.txt.json", encoding: .utf8)
        let b = try String(contentsOfFile: scratch.path + "/out2/b/talous.txt.json", encoding: .utf8)
        XCTAssertNotEqual(a, b)
        XCTAssertTrue(b.contains("TULOT"))
    }

    func testUnusableOutputFolderIsReportedBeforeAnyWork() throws {
        let scratch = try ScratchFolder(self)
        try scratch.write("a.txt", "8. Määrärahat\nTP TA\n2023 2024\nMENOT -996 -14 800\n")
        try scratch.write("tiedosto", "not a folder")
        let onFile = try LukuProcess.run(["ingest", "a.txt", "-o", "tiedosto"], in: scratch)
        XCTAssertEqual(onFile.status, 2)
        XCTAssertEqual(onFile.stderr, "luku: output folder tiedosto: it is a file, not a folder; give another folder with -o\n")
        let under = try LukuProcess.run(["ingest", "a.txt", "-o", "tiedosto/out"], in: scratch)
        XCTAssertEqual(under.status, 2)
        XCTAssertTrue(under.stderr.contains("output folder tiedosto/out: cannot create it (tiedosto is a file, not a folder)"), under.stderr)
        XCTAssertEqual(try String(contentsOfFile: scratch.path + "/tiedosto", encoding: .utf8), "not a folder")
    }
}
