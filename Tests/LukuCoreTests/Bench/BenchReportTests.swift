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
            Benchmark.Measurement(file: "a.pdf", pages: 10, luku: 0.2, pdftotext: 0.1),
            Benchmark.Measurement(file: "b.pdf", pages: 30, luku: 0.6, pdftotext: 0.4),
            Benchmark.Measurement(file: "c.txt", pages: 2, luku: 0.2, pdftotext: nil),
        ]
        let report = BenchReport.render(measurements, runs: 5, pdftotextFound: true, peakResidentBytes: 50 * 1_048_576)
        XCTAssertEqual(report, """
            file   pages  Luku pages/s  pdftotext pages/s  ratio
            -----  -----  ------------  -----------------  -----
            a.pdf     10          50.0              100.0  2.00×
            b.pdf     30          50.0               75.0  1.50×
            c.txt      2          10.0                  -      -
            -----  -----  ------------  -----------------  -----
            TOTAL     42          42.0               80.0  1.60×

            median of 5 runs after one warm-up; ratio = Luku time / pdftotext time (1.3× = Luku 30% slower)
            peak resident memory: 50.0 MiB

            """)
    }

    func testWithoutPdftotext() {
        let report = BenchReport.render([Benchmark.Measurement(file: "a.pdf", pages: 4, luku: 0.5, pdftotext: nil)],
                                        runs: 1, pdftotextFound: false, peakResidentBytes: 0)
        XCTAssertTrue(report.contains("TOTAL      4           8.0                  -      -\n"), report)
        XCTAssertTrue(report.contains("pdftotext not found on PATH: Luku's figures only\n"), report)
    }
}
