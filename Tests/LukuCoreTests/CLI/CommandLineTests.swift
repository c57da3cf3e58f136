import Foundation
import XCTest
@testable import LukuCore

/// The `luku` binary as a user runs it: --version, `-o -`, --pages, exit codes, completions.
/// `swift test` builds every product, so the debug binary sits next to the test bundle.
final class CommandLineTests: XCTestCase {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let tests = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var folder = tests.deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" || folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("luku")
    }

    func luku(_ arguments: [String], in directory: URL = Fixtures.packageRoot) throws -> Run {
        let binary = Self.binary
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail("no luku binary at \(binary.path): `swift test` builds it; run `swift build` first")
            throw CocoaError(.executableNotLoadable)
        }
        let scratch = try ScratchFolder(self)
        let out = scratch.url.appendingPathComponent("stdout"), err = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8))
    }

    func testVersion() throws {
        let run = try luku(["--version"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout, "\(LukuVersion.string) (writes luku.document/5)\n")
    }

    /// `-o -` prints exactly what the golden file holds, and creates no folder named `-`.
    func testOutputDashWritesTheOneDocumentToStandardOutput() throws {
        let scratch = try ScratchFolder(self)
        let input = Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.txt")
        let run = try luku(["ingest", input, "-o", "-"], in: scratch.url)
        XCTAssertEqual(run.status, 0, run.stderr)
        let golden = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("golden/kemijarvi-hallintopalvelut-tp2024.txt.json"), encoding: .utf8)
        XCTAssertEqual(run.stdout, golden)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), [], "nothing written to the working folder")
    }

    func testOutputDashRefusesSeveralInputs() throws {
        let run = try luku(["ingest", "corpus", "-o", "-"])
        XCTAssertEqual(run.status, 64, "a usage error")
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("-o - writes the JSON of one input to standard output, but there are 24 inputs"), run.stderr)  // 3 PDFs, their seed texts and 6 flavour texts each
    }

    /// --pages 4-5 of the 8-page statement: only tables of pages 4 and 5, the page-4 operating
    /// table exactly as in the full run, and a note that the output is partial.
    func testPagesLimitsThePDF() throws {
        let run = try luku(["ingest", "corpus/kemijarvi-hallintopalvelut-tp2024.pdf", "-o", "-", "--pages", "4-5"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let limited = try DocumentJSON.decode(run.stdout)
        let full = try Fixtures.golden("kemijarvi-hallintopalvelut-tp2024.pdf")
        XCTAssertEqual(limited.source.pages, 8, "source.pages still counts the whole file")
        XCTAssertFalse(limited.allTables.isEmpty)
        XCTAssertTrue(limited.allTables.allSatisfy { (4...5).contains($0.page) }, "\(limited.allTables.map(\.id))")
        // The table itself and its own checks are as in the full run; a check against another
        // table needs that table's rows, and the yksiköt table's "Toimiala yhteensä" is on p. 6,
        // outside the pages read: the limited run has a subset of the full run's cross-table checks.
        func own(_ t: Table?) -> Table? {
            t.map { var t = $0; t.checks = t.checks.filter { $0.table == nil }; return t }
        }
        let page4 = limited.allTables.first { $0.id == "p4-t3" }, full4 = full.allTables.first { $0.id == "p4-t3" }
        XCTAssertEqual(own(page4), own(full4))
        let across = page4?.checks.filter { $0.table != nil } ?? []
        XCTAssertFalse(across.isEmpty, "MENOT / TULOT / NETTOMENO = the p5 käyttötalous")
        XCTAssertTrue(across.allSatisfy { c in full4?.checks.contains(c) == true })
        XCTAssertLessThan(limited.allTables.count, full.allTables.count)
        XCTAssertEqual(limited.issues.filter { $0.code == "pages-limited" }.map(\.message),
                       ["only pages 4-5 of 8 were read (--pages): the output is partial"])
    }

    func testPagesOutsideTheDocumentFail() throws {
        let beyond = try luku(["ingest", "corpus/kemijarvi-hallintopalvelut-tp2024.pdf", "-o", "-", "--pages", "40-"])
        XCTAssertEqual(beyond.status, 1)
        XCTAssertTrue(beyond.stderr.contains("--pages 40- holds no page: it has 8 pages"), beyond.stderr)
        let malformed = try luku(["ingest", "corpus/kemijarvi-hallintopalvelut-tp2024.pdf", "--pages", "7-3"])
        XCTAssertEqual(malformed.status, 64)
        XCTAssertTrue(malformed.stderr.contains("'7-3' is not a page range"), malformed.stderr)
    }

    func testMissingInputExitsOne() throws {
        let scratch = try ScratchFolder(self)
        let run = try luku(["ingest", "no-such.pdf", "-o", scratch.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("no-such.pdf: no such file"), run.stderr)
    }

    func testExportCSVFromTheCommandLine() throws {
        let run = try luku(["export", "csv", "golden/kemijarvi-hallintopalvelut-tp2024.pdf.json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, TidyCSV.csv([try Fixtures.golden("kemijarvi-hallintopalvelut-tp2024.pdf")]))
        let wide = try luku(["export", "csv", "--wide", "golden/kemijarvi-hallintopalvelut-tp2024.pdf.json"])
        XCTAssertEqual(wide.status, 64)
        XCTAssertTrue(wide.stderr.contains("give a folder with -o DIR"), wide.stderr)
    }

    /// `ingest --csv --db` twice over the same folder: the CSV holds every cell, the second run
    /// skips the unchanged documents.
    func testIngestWritesCSVAndDatabaseAndSkipsUnchanged() throws {
        let scratch = try ScratchFolder(self)
        try scratch.copy(Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.txt"), as: "in/a.txt")
        try scratch.copy(Fixtures.corpus("kemijarvi-hallinto-tukipalvelut-2022-06.txt"), as: "in/b.txt")
        let arguments = ["ingest", "in", "-o", "out", "--csv", "cells.csv", "--db", "luku.sqlite"]
        let first = try luku(arguments, in: scratch.url)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("luku.sqlite: 2 added, 0 replaced, 0 unchanged"), first.stderr)
        let second = try luku(arguments, in: scratch.url)
        XCTAssertTrue(second.stderr.contains("luku.sqlite: 0 added, 0 replaced, 2 unchanged"), second.stderr)
        let csv = try String(contentsOf: scratch.url.appendingPathComponent("cells.csv"), encoding: .utf8)
        let documents = try ["in/a.txt", "in/b.txt"].map { try DocumentLoader.load(scratch.url.appendingPathComponent("out/\($0.dropFirst(3)).json").path) }
        XCTAssertEqual(csv, TidyCSV.csv(documents))
        let database = try DocumentDatabase(path: scratch.url.appendingPathComponent("luku.sqlite").path)
        XCTAssertEqual(try database.query("SELECT file FROM documents ORDER BY file"), [[.text("a.txt")], [.text("b.txt")]])
    }

    func testBashCompletionKnowsTheSubcommands() throws {
        let run = try luku(["--generate-completion-script", "bash"])
        XCTAssertEqual(run.status, 0)
        for word in ["ingest", "export", "inspect", "golden", "--pages", "--db", "--csv"] {
            XCTAssertTrue(run.stdout.contains(word), "completion script lacks \(word)")
        }
    }
}
