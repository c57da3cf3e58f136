import ArgumentParser
import Foundation
import LukuCore

/// The exports `luku ingest` can write besides the JSON files: a tidy CSV of every cell and a
/// SQLite database. Kept out of IngestCommand so the two grow apart from ingest itself.
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

    func write(_ results: [Ingest.Result]) throws {
        if let csv { try CSVExport.writeTidy(results.map(\.document), to: csv) }
        if let db {
            let database = try DocumentDatabase(path: db)
            var counts: [DocumentDatabase.Outcome: Int] = [:]
            for r in results { counts[try database.store(r.document, inputPath: r.input.path), default: 0] += 1 }
            let parts = [DocumentDatabase.Outcome.added, .replaced, .unchanged].map { "\(counts[$0] ?? 0) \($0.rawValue)" }
            FileHandle.standardError.write(Data("\(db): \(parts.joined(separator: ", "))\n".utf8))
        }
    }
}
