import ArgumentParser
import Foundation
import LukuCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time `luku ingest` against `pdftotext -layout` (wall and CPU time per page), or measure peak memory (--memory).")

    @Argument(help: "PDFs or text files (folders are searched for *.pdf, *.txt, *.md). Text files are timed for Luku only.")
    var files: [String]

    @Option(help: "Timed runs per file and tool, after one warm-up run; the median counts.")
    var runs = 5

    @Flag(help: "Time the number lexer instead: NumberLexer.scan over the files' text, in MB/s and numbers/s.")
    var lexer = false

    @Flag(help: "Measure peak resident memory instead: one `luku ingest` per file, then one over all the files together (a folder run).")
    var memory = false

    @Option(help: "--threads for Luku's runs.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The luku executable to time (default: this one), e.g. an earlier build to compare with.")
    var luku: String?

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let inputs = try InputFinder.find(files)
        guard !inputs.isEmpty else { throw ValidationError("no .pdf, .txt or .md files in \(files.joined(separator: " "))") }
        if lexer { print(try LexerBenchmark(runs: runs).measure(paths: inputs.map(\.path)).report, terminator: ""); return }
        let benchmark = Benchmark(luku: try luku ?? Self.executable(), runs: runs, threads: threads)
        if memory {
            do {
                print(BenchReport.renderMemory(try benchmark.measureMemory(paths: inputs.map(\.path)), threads: threads), terminator: "")
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(1)
            }
            return
        }
        let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8).split(separator: " ").prefix(3).joined(separator: " ")
        if benchmark.pdftotext == nil {
            FileHandle.standardError.write(Data("pdftotext not found on PATH: timing Luku alone\n".utf8))
        }
        let showProgress = isatty(fileno(stderr)) != 0
        var measurements: [Benchmark.Measurement] = []
        var failed = 0
        for (i, input) in inputs.enumerated() {
            let name = (input.path as NSString).lastPathComponent
            if showProgress { FileHandle.standardError.write(Data("\r[\(i + 1)/\(inputs.count)] \(name)\u{1B}[K".utf8)) }
            do {
                measurements.append(try benchmark.measure(path: input.path))
            } catch {
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                failed += 1
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !measurements.isEmpty {
            print(BenchReport.render(measurements, runs: runs, pdftotextFound: benchmark.pdftotext != nil,
                                     threads: threads, load: load), terminator: "")
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// This program's own path, to time it as a child process.
    static func executable() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        if let path = Bundle.main.executablePath { return path }
        throw ValidationError("cannot find the luku executable to time")
    }
}
