import Foundation

/// Where `luku ingest --csv/--db` sends each finished document, one at a time and in input
/// order, so a run that writes documents as they finish can feed it as it goes: the CSV grows by
/// one document's lines, the database by one transaction.
public final class ExportSink {
    private var csv: FileHandle?
    private let database: DocumentDatabase?
    public private(set) var outcomes: [DocumentDatabase.Outcome: Int] = [:]

    /// Opens (truncating) the CSV and writes its header; opens or creates the database.
    public init(csv csvPath: String?, database databasePath: String?) throws {
        if let csvPath {
            let parent = (csvPath as NSString).deletingLastPathComponent
            if !parent.isEmpty { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            guard FileManager.default.createFile(atPath: csvPath, contents: Data(TidyCSV.headerLine().utf8)),
                  let handle = FileHandle(forWritingAtPath: csvPath) else {
                throw CSVExport.ExportError("cannot write \(csvPath)")
            }
            handle.seekToEndOfFile()
            csv = handle
        }
        database = try databasePath.map(DocumentDatabase.init(path:))
    }

    deinit { try? csv?.close() }

    public func add(_ document: Document, inputPath: String) throws {
        if let csv { csv.write(Data(TidyCSV.lines(document).utf8)) }
        if let database { outcomes[try database.store(document, inputPath: inputPath), default: 0] += 1 }
    }

    /// "N added, N replaced, N unchanged", or nil without a database.
    public var databaseReport: String? {
        guard database != nil else { return nil }
        return [DocumentDatabase.Outcome.added, .replaced, .unchanged].map { "\(outcomes[$0] ?? 0) \($0.rawValue)" }
            .joined(separator: ", ")
    }

    public func close() throws {
        try csv?.close()
        csv = nil
    }
}
