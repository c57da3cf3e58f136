import Foundation
import XCTest
@testable import LukuCore

/// `LUKU_TIMELINE=1` (issue 8): `luku ingest` prints its stage marks to standard error and
/// writes the very JSON it writes without them.
final class StageTimelineTests: XCTestCase {
    /// The konserni budget (27 pages, two page workers) with and without the variable, and with
    /// `--durable`: the same JSON bytes; with the variable, the stages in pipeline order, each line
    /// with its three clocks; no `fsync` by default, and with `--durable` one, the output's (the
    /// output folder's probe is never flushed).
    func testMarksGoToStandardErrorAndTheJSONIsTheSame() throws {
        let scratch = try ScratchFolder(self)
        try scratch.copy(Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf"), as: "in/konserni.pdf")
        let plain = try LukuProcess.run(["ingest", "in/konserni.pdf", "-o", "plain", "--threads", "2"], in: scratch)
        let timedRun = { (folder: String, extra: [String]) -> LukuProcess.Outcome in
            let (process, out, err) = try LukuProcess.start(["ingest", "in/konserni.pdf", "-o", folder, "--threads", "2"] + extra,
                                                           in: scratch, environment: ["LUKU_TIMELINE": "1"])
            return LukuProcess.finish(process, out, err)
        }
        let timed = try timedRun("timed", []), durable = try timedRun("durable", ["--durable"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(timed.status, 0, timed.stderr)
        XCTAssertEqual(durable.status, 0, durable.stderr)
        XCTAssertFalse(plain.stderr.contains("timeline"), plain.stderr)
        let json = { (folder: String) in try Data(contentsOf: scratch.url.appendingPathComponent("\(folder)/konserni.pdf.json")) }
        XCTAssertEqual(try json("timed"), try json("plain"))
        XCTAssertEqual(try json("durable"), try json("plain"))

        let marks = { (run: LukuProcess.Outcome) in run.stderr.split(separator: "\n").filter { $0.hasPrefix("timeline ") } }
        let lines = marks(timed)
        let stages = ["ingest: arguments parsed", "output folder ready", "run: konserni.pdf", "pages read and laid out",
                      "lines joined", "segmented", "checked", "hash joined", "bytes written: konserni.pdf.json", "written"]
        var at = 0
        for stage in stages {
            guard let found = lines[at...].firstIndex(where: { $0.contains(" " + stage) }) else {
                return XCTFail("no mark \(stage) after line \(at): \(timed.stderr)")
            }
            at = found
        }
        XCTAssertEqual(lines.filter { $0.contains("fsync:") }.count, 0, timed.stderr)
        let flushed = marks(durable).filter { $0.contains("fsync:") }
        XCTAssertEqual(flushed.count, 1, durable.stderr)
        XCTAssertTrue(flushed.first?.hasSuffix("fsync: konserni.pdf.json") ?? false, durable.stderr)
        for line in lines {
            let numbers = line.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "+()"))) }
            XCTAssertGreaterThanOrEqual(numbers.count, 5, String(line))
            XCTAssertTrue(numbers.allSatisfy { $0 >= 0 }, String(line))
        }
    }
}
