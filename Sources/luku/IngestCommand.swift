import ArgumentParser
import Foundation
import LukuCore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn PDFs and text files (or folders of them) into one JSON each.")

    @Argument(help: "Files or folders (searched recursively for *.pdf, *.txt, *.md).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output folder, or - to write the JSON of a single input to standard output.")
    var output = "out"

    @Option(help: ArgumentHelp("Only these pages: N, N-M or N- (to the end); the output gets a pages-limited note.",
                               valueName: "PAGES"), transform: PageRange.parse)
    var pages: ClosedRange<Int>?

    @Flag(help: "Print one summary line per document.")
    var summary = false

    @Option(help: "Worker threads (the output is identical for any value).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var exports: IngestExports

    var ingest: Ingest {
        var ingest = Ingest(threads: threads)
        ingest.pipeline.pages = pages
        return ingest
    }

    func run() throws {
        let inputs = InputFinder.find(paths)
        guard !inputs.isEmpty else { throw ValidationError("no .pdf, .txt or .md files in \(paths.joined(separator: " "))") }
        if output == "-" { return try writeToStandardOutput(inputs) }
        let showProgress = inputs.count > 1 && !summary && isatty(fileno(stderr)) != 0
        let results = ingest.run(inputs) { done, total, path in
            if showProgress { FileHandle.standardError.write(Data("\r[\(done)/\(total)] \((path as NSString).lastPathComponent)\u{1B}[K".utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        try Ingest.write(results, to: output)
        try exports.write(results)
        var failed = 0
        for r in results {
            let s = DocumentSummary(r.document)
            if s.errors > 0 {
                failed += 1
                for issue in r.document.issues where issue.severity == .error {
                    FileHandle.standardError.write(Data("error: \(issue.message)\n".utf8))
                }
            }
            if summary { print(s.line) }
        }
        print("wrote \(results.count) JSON file\(results.count == 1 ? "" : "s") to \(output)/\(failed > 0 ? "; \(failed) input\(failed == 1 ? "" : "s") failed" : "")")
        if failed > 0 { throw ExitCode(1) }
    }
}
