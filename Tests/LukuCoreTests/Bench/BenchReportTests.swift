import XCTest
@testable import LukuCore

/// The benchmark's arithmetic and table on made-up times; no test ever asserts a measured time.
final class BenchReportTests: XCTestCase {
    func testMedian() {
        XCTAssertEqual(Benchmark.median([3, 1, 2]), 2)
        XCTAssertEqual(Benchmark.median([4, 1, 3, 2]), 2.5)
        XCTAssertEqual(Benchmark.median([7]), 7)
    }

    func testTableWithTotalRow() {
        let measurements = [
            Benchmark.Measurement(file: "a.pdf", pages: 10, luku: 0.2, pdftotext: 0.1, lukuCPU: 0.3, pdftotextCPU: 0.1,
                                  lukuPeakBytes: 40 * 1_048_576),
            Benchmark.Measurement(file: "b.pdf", pages: 30, luku: 0.6, pdftotext: 0.4, lukuCPU: 0.9, pdftotextCPU: 0.3,
                                  lukuPeakBytes: 50 * 1_048_576),
            Benchmark.Measurement(file: "c.txt", pages: 2, luku: 0.2, pdftotext: nil, lukuCPU: 0.1, lukuPeakBytes: 30 * 1_048_576),
        ]
        let report = BenchReport.render(measurements, runs: 5, pdftotextFound: true, threads: 2, load: "0.50 0.40 0.30")
        XCTAssertEqual(report, """
            file   pages  Luku pages/s  pdftotext pages/s  ratio  Luku CPU ms/page  pdftotext CPU ms/page  CPU ratio  Luku peak MiB
            -----  -----  ------------  -----------------  -----  ----------------  ---------------------  ---------  -------------
            a.pdf     10          50.0              100.0  2.00×             30.00                  10.00      3.00×           40.0
            b.pdf     30          50.0               75.0  1.50×             30.00                  10.00      3.00×           50.0
            c.txt      2          10.0                  -      -             50.00                      -          -           30.0
            -----  -----  ------------  -----------------  -----  ----------------  ---------------------  ---------  -------------
            TOTAL     42          42.0               80.0  1.60×             30.95                  10.00      3.00×           50.0

            median of 5 runs after one warm-up, the two tools alternating, each a process of its own: `luku ingest --threads 2` writing the JSON, `pdftotext -layout FILE /dev/null`
            ratio = Luku time / pdftotext time (1.3× = Luku 30% slower); CPU = user + system time of all threads
            load average before the run: 0.50 0.40 0.30

            """)
    }

    func testWithoutPdftotext() {
        let report = BenchReport.render([Benchmark.Measurement(file: "a.pdf", pages: 4, luku: 0.5, pdftotext: nil, lukuCPU: 0.4)],
                                        runs: 1, pdftotextFound: false, threads: 1, load: nil)
        XCTAssertTrue(report.contains("TOTAL      4           8.0                  -      -            100.00"), report)
        XCTAssertTrue(report.contains("pdftotext not found on PATH: Luku's figures only\n"), report)
    }

    func testMemoryTable() {
        let report = BenchReport.renderMemory([
            Benchmark.MemoryMeasurement(label: "k.pdf", pages: 1024, peakBytes: 100 * 1_048_576, seconds: 2),
            Benchmark.MemoryMeasurement(label: "all 2 in one run", pages: 2048, peakBytes: 101 * 1_048_576, seconds: 4.5),
        ], threads: 2)
        XCTAssertEqual(report, """
            input             pages  peak MiB  KiB/page  seconds
            ----------------  -----  --------  --------  -------
            k.pdf              1024     100.0     100.0     2.00
            all 2 in one run   2048     101.0      50.5     4.50

            one `luku ingest --threads 2` process per line (ru_maxrss of the child); "all … in one run" is one process over every input, as a folder run

            """)
    }

    /// The child-process runner reports the child's own exit status, time and memory.
    func testChildProcessUsage() throws {
        let usage = try ChildProcess.run("/bin/sh", ["-c", "exit 3"])
        XCTAssertEqual(usage.status, 3)
        XCTAssertGreaterThan(usage.peakResidentBytes, 0)
        let killed = try ChildProcess.run("/bin/sh", ["-c", "kill -TERM $$"])
        XCTAssertEqual(killed.status, 128 + SIGTERM)
        XCTAssertThrowsError(try ChildProcess.run("/nonexistent/program", []))
    }
}
