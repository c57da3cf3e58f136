import Foundation

/// A SQLite database of ingested documents (`luku ingest FOLDER --db FILE`). A document is keyed
/// by its input's absolute path: storing it again with the same input SHA-256 and the same output
/// (the SHA-256 of its JSON) changes nothing; anything else replaces it whole (children go by ON
/// DELETE CASCADE), so a `--pages` run or a newer Luku never leaves a stale document behind. Each document is
/// written in its own transaction, so an interrupted run never leaves half a document.
public final class DocumentDatabase {
    public enum Outcome: String, Sendable {
        case added, replaced, unchanged
    }

    let connection: SQLiteConnection

    public init(path: String) throws {
        connection = try SQLiteConnection(path: path)
        try connection.execute("PRAGMA foreign_keys = ON")
        let version = try connection.query("PRAGMA user_version").first?.first?.integer ?? 0
        if version == 0 {
            let existing = try connection.query("SELECT count(*) FROM sqlite_master").first?.first?.integer ?? 0
            guard existing == 0 else {
                throw SQLiteError(message: "\(path) is a SQLite database Luku did not create; give a new file")
            }
            try connection.execute("BEGIN; \(DatabaseSchema.sql); PRAGMA user_version = \(DatabaseSchema.version); COMMIT;")
        } else if version != Int64(DatabaseSchema.version) {
            throw SQLiteError(message: "\(path) has Luku database version \(version), this Luku writes \(DatabaseSchema.version): give a new file")
        }
    }

    /// The key a document is stored under: the input's absolute, standardised path.
    public static func key(_ inputPath: String) -> String {
        URL(fileURLWithPath: inputPath).standardizedFileURL.path
    }

    /// Stores `document`, read from `inputPath`, unless the same bytes are already stored there.
    @discardableResult
    public func store(_ document: Document, inputPath: String) throws -> Outcome {
        let path = Self.key(inputPath)
        let output = SHA256.hex(Array(DocumentJSON.encode(document).utf8))
        let old = try connection.query("SELECT id, sha256, output_sha256 FROM documents WHERE path = ?", [.text(path)]).first
        if let old, old[1].text == document.source.sha256, old[2].text == output { return .unchanged }
        try connection.execute("BEGIN")
        do {
            if let old { try connection.run("DELETE FROM documents WHERE id = ?", [old[0]]) }
            try DatabaseRows(connection).insert(document, path: path, outputSHA256: output)
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
        return old == nil ? .added : .replaced
    }

    /// Runs a query, for tests and tools: every row as values.
    public func query(_ sql: String, _ values: [SQLValue] = []) throws -> [[SQLValue]] {
        try connection.query(sql, values)
    }
}
