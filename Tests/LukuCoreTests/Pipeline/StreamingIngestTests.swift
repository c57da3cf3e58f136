import Foundation
import XCTest
@testable import LukuCore

/// A folder run keeps every finished document whatever happens: an interrupt, a kill, a full
/// disk. Outputs are whole or absent, and `--resume` finishes the rest.
final class StreamingIngestTests: XCTestCase {
    /// `count` copies of the largest corpus PDF under `in/` (each a separate input).
    private func folder(_ scratch: ScratchFolder, count: Int) throws {
        for i in 0..<count {
            try scratch.copy(Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf"), as: "in/kopio-\(String(format: "%02d", i)).pdf")
        }
    }

    private func outputs(_ folder: String) -> [String] {
        ((FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []).filter { $0.hasSuffix(".pdf.json") }.sorted()
    }

    /// Every output parses as a whole Luku document; no temporary file is left at an output name.
    private func assertWhole(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for name in outputs(folder) {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            XCTAssertNoThrow(try DocumentJSON.decode(text), "\(name) is not a whole document", file: file, line: line)
        }
    }

    private func waitForOutput(_ folder: String, process: Process, timeout: Double = 120) {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, outputs(folder).isEmpty, Date() < deadline { usleep(10_000) }
    }

    func testInterruptStopsAfterTheDocumentsInFlightAndResumeFinishes() throws {
        let scratch = try ScratchFolder(self)
        let total = 12
        try folder(scratch, count: total)
        let (process, out, err) = try LukuProcess.start(["ingest", "in", "-o", "out", "--threads", "1"], in: scratch)
        waitForOutput(scratch.path + "/out", process: process)
        kill(process.processIdentifier, SIGINT)
        let run = LukuProcess.finish(process, out, err)
        XCTAssertEqual(run.status, 130, "exit status after SIGINT: \(run.stderr)")
        let written = outputs(scratch.path + "/out")
        XCTAssertGreaterThanOrEqual(written.count, 1)
        XCTAssertLessThan(written.count, total, "the run stopped early")
        XCTAssertTrue(run.stderr.contains("interrupted: stopped after the documents in flight; wrote \(written.count) JSON file"), run.stderr)
        XCTAssertTrue(run.stderr.contains("\(total - written.count) not started: rerun with --resume"), run.stderr)
        try assertWhole(scratch.path + "/out")
        // The manifest lists exactly what was done.
        let manifest = try String(contentsOfFile: scratch.path + "/out/luku-manifest.jsonl", encoding: .utf8)
        XCTAssertEqual(manifest.split(separator: "\n").count, written.count)

        let resumed = try LukuProcess.run(["ingest", "in", "-o", "out", "--resume"], in: scratch)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("wrote \(total - written.count) JSON files to out/; \(written.count) skipped (output up to date)"), resumed.stdout)
        XCTAssertEqual(outputs(scratch.path + "/out").count, total)
        try assertWhole(scratch.path + "/out")
        let lines = try String(contentsOfFile: scratch.path + "/out/luku-manifest.jsonl", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, total)
        XCTAssertEqual(lines.filter { $0.contains("\"status\": \"skipped\"") }.count, written.count)
    }

    func testKillLeavesOnlyWholeFilesAndResumeFinishes() throws {
        let scratch = try ScratchFolder(self)
        let total = 8
        try folder(scratch, count: total)
        let (process, out, err) = try LukuProcess.start(["ingest", "in", "-o", "out"], in: scratch)
        waitForOutput(scratch.path + "/out", process: process)
        kill(process.processIdentifier, SIGKILL)
        let run = LukuProcess.finish(process, out, err)
        XCTAssertTrue(run.signalled)
        let kept = outputs(scratch.path + "/out")
        XCTAssertGreaterThanOrEqual(kept.count, 1, "finished documents survive a kill")
        try assertWhole(scratch.path + "/out")
        let resumed = try LukuProcess.run(["ingest", "in", "-o", "out", "--resume"], in: scratch)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("\(kept.count) skipped"), resumed.stdout)
        XCTAssertEqual(outputs(scratch.path + "/out").count, total)
        try assertWhole(scratch.path + "/out")
    }

    /// A fault in a worker (none is known; SIGSEGV stands in for one) names the inputs in flight
    /// before the runtime's own report, and the finished documents stay.
    func testACrashNamesTheInputsInFlight() throws {
        let scratch = try ScratchFolder(self)
        try folder(scratch, count: 6)
        let (process, out, err) = try LukuProcess.start(["ingest", "in", "-o", "out", "--threads", "1"], in: scratch,
                                                        environment: ["SWIFT_BACKTRACE": "enable=no"])
        waitForOutput(scratch.path + "/out", process: process)
        kill(process.processIdentifier, SIGSEGV)
        let run = LukuProcess.finish(process, out, err)
        XCTAssertTrue(run.signalled)
        XCTAssertEqual(run.status, SIGSEGV)
        let kept = outputs(scratch.path + "/out")
        XCTAssertGreaterThanOrEqual(kept.count, 1)
        // The one in flight is the next after those written (one worker, input order); between
        // two inputs none is, and the list is empty. The worker lets go of an input only after its
        // output is renamed into place, so a signal in that instant names the last one written.
        let next = String(format: "in/kopio-%02d.pdf", kept.count)
        let justWritten = String(format: "in/kopio-%02d.pdf", max(kept.count - 1, 0))
        XCTAssertTrue(run.stderr.contains("luku: crashed while reading: \(next)\n(set it aside and rerun with --resume)")
                      || run.stderr.contains("luku: crashed while reading: \(justWritten)\n(set it aside and rerun with --resume)")
                      || run.stderr.contains("luku: crashed while reading:\n(set it aside"),
                      "status \(run.status), \(kept.count) kept, stderr: \(run.stderr.debugDescription), stdout: \(run.stdout)")
        try assertWhole(scratch.path + "/out")
    }

    /// A full disk: the write that fails leaves the old file in place, the run stops taking new
    /// inputs, and says why.
    func testFullDiskStopsTheRunAndKeepsEarlierFiles() throws {
        let scratch = try ScratchFolder(self)
        for name in ["a", "b", "c", "d", "e"] {
            try scratch.write("in/\(name).txt", "8. Määrärahat\nTP TA\n2023 2024\nMENOT -996 -14 800\n")
        }
        let out = try ScratchFolder(self)
        try out.write("c.txt.json", "an earlier good file\n")
        let inputs = try InputFinder.find([scratch.path + "/in"])
        var ingest = Ingest(threads: 1)
        let writes = Countdown(2)
        ingest.write = { document, path in
            guard writes.take() else { throw AtomicFile.WriteError(path: path, code: ENOSPC) }
            try AtomicFile.write(document: document, to: path)
        }
        let log = RecordLog()
        let totals = ingest.stream(inputs, to: out.path) { log.add($0) }
        XCTAssertEqual(log.records.map(\.status.rawValue), ["ok", "ok", "write-failed"])
        XCTAssertTrue(log.records[2].errors.first?.contains("No space left on device") == true, "\(log.records[2].errors)")
        XCTAssertEqual(totals.stopReason, "the disk is full")
        XCTAssertEqual(totals.notStarted, 2)
        XCTAssertEqual(try String(contentsOfFile: out.path + "/c.txt.json", encoding: .utf8), "an earlier good file\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.path + "/b.txt.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path + "/d.txt.json"))
    }

    func testShardsSplitTheInputsWithoutOverlap() throws {
        let inputs = (0..<200).map { InputFinder.Input(path: "k/\($0).pdf", outputName: "\($0).pdf.json") }
        let shards = (1...4).map { Shard("\($0)/4")!.select(inputs).map(\.outputName) }
        XCTAssertEqual(shards.flatMap { $0 }.sorted(), inputs.map(\.outputName).sorted(), "every input in exactly one shard")
        for s in shards { XCTAssertTrue((30...70).contains(s.count), "about a quarter each: \(shards.map(\.count))") }
        // The same input lands in the same shard however the list grows.
        let grown = (0..<400).map { InputFinder.Input(path: "k/\($0).pdf", outputName: "\($0).pdf.json") }
        XCTAssertEqual(Shard("2/4")!.select(grown).prefix(shards[1].count).map(\.outputName), shards[1])
        XCTAssertNil(Shard("0/4"))
        XCTAssertNil(Shard("5/4"))
        XCTAssertNil(Shard("1/0"))
        XCTAssertNil(Shard("x"))
    }

    /// Two shard processes into one output folder: every input once, a manifest each.
    func testShardProcessesShareAnOutputFolder() throws {
        let scratch = try ScratchFolder(self)
        for k in 0..<8 { try scratch.write("in/\(k).txt", "8. Määrärahat\nTP TA\n2023 2024\nMENOT -99\(k) -14 800\n") }
        var written: [[String]] = []
        for shard in ["1/2", "2/2"] {
            let run = try LukuProcess.run(["ingest", "in", "-o", "out", "--shard", shard, "--quiet"], in: scratch)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stdout, "")
            let name = "out/luku-manifest.shard-\(shard.replacingOccurrences(of: "/", with: "-of-")).jsonl"
            let lines = try String(contentsOfFile: scratch.path + "/" + name, encoding: .utf8).split(separator: "\n")
            written.append(try lines.map { line in
                let record = try JSONParser.parse(String(line))
                XCTAssertEqual(record["status"]?.stringValue, "ok")
                XCTAssertEqual(record["pages"]?.intValue, 1)
                XCTAssertEqual(record["sha256"]?.stringValue?.count, 64)
                XCTAssertNotNil(record["seconds"])
                return record["output"]?.stringValue ?? ""
            })
        }
        XCTAssertFalse(written[0].isEmpty)
        XCTAssertFalse(written[1].isEmpty)
        XCTAssertEqual(Set(written[0]).intersection(written[1]), [])
        XCTAssertEqual((written[0] + written[1]).sorted(), (0..<8).map { "out/\($0).txt.json" })
        XCTAssertEqual(outputs(scratch.path + "/out").count, 0, "txt inputs: no .pdf.json")
        let bad = try LukuProcess.run(["ingest", "in", "--shard", "3/2"], in: scratch)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--shard takes I/N"), bad.stderr)
    }

    func testAtomicWriteReplacesWholeAndLeavesNoTemporaryFile() throws {
        let scratch = try ScratchFolder(self)
        let path = scratch.path + "/x.json"
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "second\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["x.json"])
        // Without the fsync (OutputFolder's probe): the same whole file, no temporary left.
        try AtomicFile.write("third\n", to: path, durable: false)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "third\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["x.json"])
        XCTAssertThrowsError(try AtomicFile.write("x", to: scratch.path + "/puuttuu/x.json")) { error in
            XCTAssertTrue("\(error)".contains("No such file or directory"), "\(error)")
        }
    }
}

/// Allows `n` takes, then refuses.
final class Countdown: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int
    init(_ n: Int) { left = n }
    func take() -> Bool { lock.lock(); defer { lock.unlock() }; left -= 1; return left >= 0 }
}
