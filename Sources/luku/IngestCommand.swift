import ArgumentParser
import Foundation
import LukuCore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn PDFs and text files (or folders of them) into one JSON each.",
        discussion: """
            Each JSON is written as soon as its document is done, atomically (a temporary file \
            renamed into place), so an interrupted or crashed run keeps every finished document \
            and never leaves a truncated file (--durable: also after a power loss). Ctrl-C (or SIGTERM) stops after the documents in \
            flight; a second Ctrl-C quits at once. Exit status: 0 all read, 1 some input failed, \
            2 the run could not start, 130/143 interrupted.
            """)

    @Argument(help: "Files or folders (searched recursively for *.pdf, *.txt, *.md; outputs mirror a folder's tree).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output folder, or - to write the JSON of a single input to standard output.")
    var output = "out"

    @Option(help: ArgumentHelp("Only these pages: N, N-M or N- (to the end); the output gets a pages-limited note.",
                               valueName: "PAGES"), transform: PageRange.parse)
    var pages: ClosedRange<Int>?

    @Flag(help: "Print one summary line per document.")
    var summary = false

    @Flag(help: "Skip inputs whose JSON in the output folder already records the same sha256.")
    var resume = false

    @Option(help: ArgumentHelp("Take only shard I of N (e.g. 2/8): a fixed share of the inputs, by output name, for runs split over machines.", valueName: "I/N"))
    var shard: String?

    @Option(help: ArgumentHelp("The run's manifest, one JSON line per input (default: <output>/luku-manifest.jsonl).", valueName: "FILE"))
    var manifest: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(help: "Worker threads (the output is identical for any value).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Flush each JSON to disk (fsync) before renaming it into place, so a finished file also survives a power loss or a system crash (without it: any end of the process). Slower: a wait for the disk per file.")
    var durable = false

    @OptionGroup var exports: IngestExports

    var ingest: Ingest {
        var ingest = Ingest(threads: threads, durable: durable)
        ingest.pipeline.pages = pages
        return ingest
    }

    func run() throws {
        StageTimeline.mark("ingest: arguments parsed")
        var shardSpec: Shard?
        if let shard {
            guard let parsed = Shard(shard) else { throw ValidationError("--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/8; got \(shard)") }
            shardSpec = parsed
        }
        var inputs: [InputFinder.Input]
        do { inputs = try InputFinder.find(paths) } catch let error as InputFinder.FindError {
            return try fail(error.description)
        }
        guard !inputs.isEmpty else { throw ValidationError("no .pdf, .txt or .md files in \(paths.joined(separator: " "))") }
        if output == "-" { return try writeToStandardOutput(inputs) }
        if let shardSpec { inputs = shardSpec.select(inputs) }

        let manifestFile: ManifestFile
        do {
            try OutputFolder.prepare(output)
            manifestFile = try ManifestFile(path: manifest ?? (output as NSString).appendingPathComponent(ManifestFile.defaultName(shard: shardSpec)))
        } catch let error as OutputFolder.Unusable {
            return try fail(error.description)
        }

        let sink = try exports.sink().map(ExportFeed.init)
        StageTimeline.mark("output folder ready")

        Interrupt.install()
        CrashNote.install()
        let console = Console(total: inputs.count, showProgress: !quiet && inputs.count > 1 && isatty(fileno(stderr)) != 0)
        let (summary, quiet) = (self.summary, self.quiet)
        let totals = ingest.stream(
            inputs, to: output, resume: resume, keepDocuments: sink != nil, shouldStop: { Interrupt.requested },
            starting: { worker, path in CrashNote.reading(path, worker: worker) },
            finished: { console.finished($0) },
            ordered: { record in
                manifestFile.append(record)
                sink?.add(record)
                for message in record.errors { console.error("error: \(message)") }
                guard summary, !quiet else { return }
                if let s = record.summary { console.out(s.line) } else { console.out("\((record.input as NSString).lastPathComponent): skipped, output up to date") }
            })
        console.end()
        report(totals, inputs: inputs.count, shard: shardSpec)
        if let failure = manifestFile.failure { FileHandle.standardError.write(Data("luku: \(failure)\n".utf8)) }
        let exportFailure = try sink.map { try exports.finish($0) } ?? nil
        if let exportFailure { FileHandle.standardError.write(Data("luku: \(exportFailure)\n".utf8)) }
        let signal = Interrupt.received.load(ordering: .relaxed)
        if signal != 0 { throw ExitCode(128 + signal) }
        if totals.failed + totals.writeFailed > 0 || totals.stopReason != nil || manifestFile.failure != nil || exportFailure != nil {
            throw ExitCode(1)
        }
    }

    /// The closing line(s): what was done, and after a stop, what was not and how to finish.
    private func report(_ t: Ingest.Totals, inputs: Int, shard: Shard?) {
        let files = "\(t.written) JSON file\(t.written == 1 ? "" : "s")"
        var parts = ["wrote \(files) to \(output)/"]
        if let shard { parts[0] += " (shard \(shard): \(inputs) input\(inputs == 1 ? "" : "s"))" }
        if t.failed > 0 { parts.append("\(t.failed) input\(t.failed == 1 ? "" : "s") failed") }
        if t.skipped > 0 { parts.append("\(t.skipped) skipped (output up to date)") }
        if t.writeFailed > 0 { parts.append("\(t.writeFailed) could not be written") }
        let line = parts.joined(separator: "; ")
        if t.stopped {
            let why = t.stopReason ?? "interrupted"
            FileHandle.standardError.write(Data(("\(why): stopped after the documents in flight; \(line); "
                + "\(t.notStarted) not started: rerun with --resume to finish\n").utf8))
        } else if !quiet {
            print(line)
        }
    }

    private func fail(_ message: String) throws {
        FileHandle.standardError.write(Data("luku: \(message)\n".utf8))
        throw ExitCode(2)
    }
}
