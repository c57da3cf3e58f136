import ArgumentParser
import Foundation
import LukuCore

/// `luku split --columns N TEXT...`: every reading of a row of run-together digits as N numbers,
/// best first (DigitRunSplitter.ranked), the chosen one marked `*`.
struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Cut a row of digits whose column boundaries are lost into N numbers: every reading, ranked.",
        discussion: """
            Example: luku split --columns 5 213 930 260 000 374 119 268 670 278 750
            Numbers may be negative (-6 649 150) without quoting or `--`. Exit status 1 when no reading fits.
            """)

    @Option(name: .long, help: "Number of columns.")
    var columns: Int

    @Option(name: .long, help: ArgumentHelp(
        "Expected integer digit count per column from neighbouring rows, comma-separated; empty or ? for unknown (3,,6,6).",
        valueName: "D,D,..."))
    var hint: String?

    @Option(name: .long, help: ArgumentHelp(
        "Integer digit counts of the row's other cells, comma-separated.", valueName: "D,D,..."))
    var row: String?

    @Option(name: .long, help: "Show at most this many readings.")
    var limit = 256

    @Flag(name: .long, help: "Print the reasons for each reading's rank.")
    var why = false

    // `.allUnrecognized` so that `-6` is a number, not an unknown option.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The row's digits as printed.", valueName: "TEXT"))
    var text: [String] = []

    func validate() throws {
        guard columns > 0 else { throw ValidationError("--columns must be at least 1") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !tokens.isEmpty else { throw ValidationError("no TEXT to split") }
        _ = try digits(hint, option: "--hint")
        _ = try digits(row, option: "--row")
    }

    func run() throws {
        let evidence = SplitEvidence(columnDigits: try digits(hint, option: "--hint"),
                                     rowDigits: try digits(row, option: "--row").compactMap { $0 })
        let (readings, capped) = DigitRunSplitter.search(tokens, columns: columns, evidence: evidence, limit: limit)
        guard let chosen = readings.first else {
            print(capped ? "search capped: \(tokens.count) token(s) under \(columns) column(s) is more than the splitter explores "
                           + "(over \(DigitRunSplitter.maxTokens) tokens or its step budget); no reading chosen"
                         : "no reading of \(tokens.count) token(s) fits \(columns) column(s)")
            throw ExitCode.failure
        }
        let width = String(readings.count).count
        for (k, r) in readings.enumerated() {
            let mark = k == 0 ? "*" : " "
            let rank = String(repeating: " ", count: width - String(k + 1).count) + String(k + 1)
            print("\(mark) \(rank)  \(r.cells.joined(separator: " | "))   [\(r.score)]")
            if why { for reason in r.reasons { print("      \(reason)") } }
        }
        let n = chosen.alternatives
        let count = n == Int.max ? "more than \(Int.max - 1)" : "\(n)"
        let shown = readings.count < n ? " (showing the best \(readings.count))" : ""
        print("\(count) reading\(n == 1 ? "" : "s") fit\(n == 1 ? "s" : "") \(columns) column\(columns == 1 ? "" : "s")\(shown); "
              + (chosen.ambiguous ? "ambiguous: the chosen cells get ambiguous-split" : "unambiguous"))
    }

    private var tokens: [String] {
        // A `--` separator is captured with the text under `.allUnrecognized`: it is not a token.
        text.drop { $0 == "--" }.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
    }

    private func digits(_ list: String?, option: String) throws -> [Int?] {
        guard let list else { return [] }
        return try list.split(separator: ",", omittingEmptySubsequences: false).map { item in
            let t = item.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t == "?" { return nil }
            guard let d = Int(t), d >= 0 else { throw ValidationError("\(option): '\(t)' is not a digit count") }
            return d
        }
    }
}
