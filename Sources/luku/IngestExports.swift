import ArgumentParser
import Foundation
import LukuCore

/// The exports `luku ingest` can write besides the JSON files: a tidy CSV of every cell and a
/// SQLite database. Kept out of IngestCommand so the two grow apart from ingest itself; the
/// `ExportSink` takes one document at a time, so it also fits a run that streams its documents.
struct IngestExports: ParsableArguments {
    @Option(help: ArgumentHelp("Also write every cell of every input as one tidy CSV (see `luku export csv --help`).",
                               valueName: "FILE.csv"))
    var csv: String?

    @Option(help: ArgumentHelp("Also store the documents in this SQLite database (created when missing); an input already stored with the same SHA-256 is skipped, a changed one replaced.",
                               valueName: "FILE.sqlite"))
    var db: String?

    func validate() throws {
        // Standard output holds the run's report (or, with -o -, the document's JSON).
        if csv == "-" { throw ValidationError("--csv needs a file name; for CSV on standard output run `luku export csv FILE.json`") }
    }

    /// A sink for the documents as they finish, or nil when neither export was asked for.
    func sink() throws -> ExportSink? {
        guard csv != nil || db != nil else { return nil }
        return try ExportSink(csv: csv, database: db)
    }

    /// Closes the sink a streamed run fed and prints the database's report; returns the first
    /// error the feed met, if any.
    func finish(_ feed: ExportFeed) throws -> String? {
        try feed.sink.close()
        if let db, let report = feed.sink.databaseReport { FileHandle.standardError.write(Data("\(db): \(report)\n".utf8)) }
        return feed.failure
    }

    func write(_ document: Document, inputPath: String) throws {
        guard let sink = try sink() else { return }
        try sink.add(document, inputPath: inputPath)
        try sink.close()
        if let db, let report = sink.databaseReport { FileHandle.standardError.write(Data("\(db): \(report)\n".utf8)) }
    }
}

/// Feeds a streamed run's documents to the export sink, in input order (records arrive one at a
/// time, under `Ingest.stream`'s ordering lock). An input skipped by `--resume` is fed from its
/// existing JSON, so the CSV and the database still hold every input. The first error is kept
/// and reported at the end; the JSON outputs go on regardless.
final class ExportFeed: @unchecked Sendable {
    let sink: ExportSink
    private(set) var failure: String?

    init(_ sink: ExportSink) { self.sink = sink }

    func add(_ record: IngestRecord) {
        guard failure == nil, record.status != .writeFailed else { return }
        do {
            if let document = record.document {
                try sink.add(document, inputPath: record.input)
            } else if record.status == .skipped {
                let text = try String(contentsOfFile: record.output, encoding: .utf8)
                try sink.add(try DocumentJSON.decode(text), inputPath: record.input)
            }
        } catch {
            failure = "export stopped at \(record.input): \(error)"
        }
    }
}
