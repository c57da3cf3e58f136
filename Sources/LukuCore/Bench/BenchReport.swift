import Foundation

/// The `luku bench` table: per file its pages, pages per second for Luku and pdftotext, and the
/// ratio Luku time / pdftotext time (1.3× means Luku is 30% slower), then a TOTAL row over all
/// files (sum of pages / sum of median times) and the peak resident memory.
public enum BenchReport {
    public static func render(_ measurements: [Benchmark.Measurement], runs: Int, pdftotextFound: Bool,
                              peakResidentBytes: Int) -> String {
        let header = ["file", "pages", "Luku pages/s", "pdftotext pages/s", "ratio"]
        var rows = measurements.map { m in
            [m.file, "\(m.pages)", rate(m.pages, m.luku), m.pdftotext.map { rate(m.pages, $0) } ?? "-",
             m.pdftotext.map { ratio(m.luku, $0) } ?? "-"]
        }
        if !measurements.isEmpty { rows.append(total(measurements)) }

        let widths = header.indices.map { c in ([header] + rows).map { TerminalText.width($0[c]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == 0 ? TerminalText.padRight(cell, to: widths[c]) : TerminalText.padLeft(cell, to: widths[c])
            }.joined(separator: "  ")
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.dropLast().map(line)
        if let last = rows.last {
            out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            out.append(line(last))
        }
        out.append("")
        out.append("median of \(runs) run\(runs == 1 ? "" : "s") after one warm-up; ratio = Luku time / pdftotext time (1.3× = Luku 30% slower)")
        if !pdftotextFound { out.append("pdftotext not found on PATH: Luku's figures only") }
        out.append(String(format: "peak resident memory: %.1f MiB", Double(peakResidentBytes) / 1_048_576))
        return out.joined(separator: "\n") + "\n"
    }

    /// Sums over all files; the pdftotext figures and the ratio cover only files pdftotext ran on.
    static func total(_ measurements: [Benchmark.Measurement]) -> [String] {
        let pages = measurements.reduce(0) { $0 + $1.pages }
        let luku = measurements.reduce(0) { $0 + $1.luku }
        let compared = measurements.filter { $0.pdftotext != nil }
        var cells = ["TOTAL", "\(pages)", rate(pages, luku), "-", "-"]
        if !compared.isEmpty {
            let referenceTime = compared.reduce(0) { $0 + $1.pdftotext! }
            let lukuTime = compared.reduce(0) { $0 + $1.luku }
            cells[3] = rate(compared.reduce(0) { $0 + $1.pages }, referenceTime)
            cells[4] = ratio(lukuTime, referenceTime)
        }
        return cells
    }

    static func rate(_ pages: Int, _ seconds: Double) -> String {
        seconds > 0 ? String(format: "%.1f", Double(pages) / seconds) : "-"
    }

    static func ratio(_ luku: Double, _ reference: Double) -> String {
        reference > 0 ? String(format: "%.2f×", luku / reference) : "-"
    }
}
