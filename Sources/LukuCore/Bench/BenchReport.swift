import Foundation

/// The `luku bench` table: per file its pages; pages per second (wall time) for Luku and
/// pdftotext and the ratio Luku time / pdftotext time (1.3× means Luku is 30% slower); CPU
/// milliseconds per page for both and their ratio; Luku's peak resident memory. Then a TOTAL
/// row over all files (sums of pages and of median times).
public enum BenchReport {
    public static func render(_ measurements: [Benchmark.Measurement], runs: Int, pdftotextFound: Bool,
                              threads: Int, load: String?) -> String {
        let header = ["file", "pages", "Luku pages/s", "pdftotext pages/s", "ratio",
                      "Luku CPU ms/page", "pdftotext CPU ms/page", "CPU ratio", "Luku peak MiB"]
        var rows = measurements.map { m in
            [m.file, "\(m.pages)", rate(m.pages, m.luku), m.pdftotext.map { rate(m.pages, $0) } ?? "-",
             m.pdftotext.map { ratio(m.luku, $0) } ?? "-",
             perPage(m.lukuCPU, m.pages), m.pdftotextCPU.map { perPage($0, m.pages) } ?? "-",
             m.pdftotextCPU.map { ratio(m.lukuCPU, $0) } ?? "-", mebibytes(m.lukuPeakBytes)]
        }
        if !measurements.isEmpty { rows.append(total(measurements)) }
        var out = table(header: header, rows: rows, totalRow: !measurements.isEmpty)
        out.append("")
        out.append("median of \(runs) run\(runs == 1 ? "" : "s") after one warm-up, the two tools alternating, each a process of its own: "
                   + "`luku ingest --threads \(threads)` writing the JSON, `pdftotext -layout FILE /dev/null`")
        out.append("ratio = Luku time / pdftotext time (1.3× = Luku 30% slower); CPU = user + system time of all threads")
        if let load { out.append("load average before the run: \(load)") }
        if !pdftotextFound { out.append("pdftotext not found on PATH: Luku's figures only") }
        return out.joined(separator: "\n") + "\n"
    }

    /// The `luku bench --memory` table: peak resident memory per file and of one run over all.
    public static func renderMemory(_ measurements: [Benchmark.MemoryMeasurement], threads: Int) -> String {
        let header = ["input", "pages", "peak MiB", "KiB/page", "seconds"]
        let rows = measurements.map { m in
            [m.label, "\(m.pages)", mebibytes(m.peakBytes),
             m.pages > 0 ? String(format: "%.1f", Double(m.peakBytes) / 1024 / Double(m.pages)) : "-",
             String(format: "%.2f", m.seconds)]
        }
        var out = table(header: header, rows: rows, totalRow: false)
        out.append("")
        out.append("one `luku ingest --threads \(threads)` process per line (ru_maxrss of the child); "
                   + "\"all … in one run\" is one process over every input, as a folder run")
        return out.joined(separator: "\n") + "\n"
    }

    private static func table(header: [String], rows: [[String]], totalRow: Bool) -> [String] {
        let widths = header.indices.map { c in ([header] + rows).map { TerminalText.width($0[c]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == 0 ? TerminalText.padRight(cell, to: widths[c]) : TerminalText.padLeft(cell, to: widths[c])
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        var out = [line(header), rule]
        out += (totalRow ? Array(rows.dropLast()) : rows).map(line)
        if totalRow, let last = rows.last {
            out.append(rule)
            out.append(line(last))
        }
        return out
    }

    /// Sums over all files; the pdftotext figures and the ratios cover only files pdftotext ran on.
    static func total(_ measurements: [Benchmark.Measurement]) -> [String] {
        let pages = measurements.reduce(0) { $0 + $1.pages }
        let luku = measurements.reduce(0) { $0 + $1.luku }
        let lukuCPU = measurements.reduce(0) { $0 + $1.lukuCPU }
        let compared = measurements.filter { $0.pdftotext != nil }
        var cells = ["TOTAL", "\(pages)", rate(pages, luku), "-", "-", perPage(lukuCPU, pages), "-", "-",
                     mebibytes(measurements.map(\.lukuPeakBytes).max() ?? 0)]
        if !compared.isEmpty {
            let comparedPages = compared.reduce(0) { $0 + $1.pages }
            let referenceTime = compared.reduce(0) { $0 + ($1.pdftotext ?? 0) }
            let referenceCPU = compared.reduce(0) { $0 + ($1.pdftotextCPU ?? 0) }
            cells[3] = rate(comparedPages, referenceTime)
            cells[4] = ratio(compared.reduce(0) { $0 + $1.luku }, referenceTime)
            cells[6] = perPage(referenceCPU, comparedPages)
            cells[7] = ratio(compared.reduce(0) { $0 + $1.lukuCPU }, referenceCPU)
        }
        return cells
    }

    static func rate(_ pages: Int, _ seconds: Double) -> String {
        seconds > 0 ? String(format: "%.1f", Double(pages) / seconds) : "-"
    }

    static func ratio(_ luku: Double, _ reference: Double) -> String {
        reference > 0 ? String(format: "%.2f×", luku / reference) : "-"
    }

    static func perPage(_ seconds: Double, _ pages: Int) -> String {
        pages > 0 ? String(format: "%.2f", seconds * 1000 / Double(pages)) : "-"
    }

    static func mebibytes(_ bytes: Int) -> String {
        bytes > 0 ? String(format: "%.1f", Double(bytes) / 1_048_576) : "-"
    }
}
