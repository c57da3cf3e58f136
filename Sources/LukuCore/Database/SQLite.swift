import CSQLite
import Foundation

/// The only door to the system SQLite (libsqlite3): open a file, run statements with bound
/// values, read rows back. Everything else in `Database/` speaks `SQLValue`, never C.
///
/// Prepared statements are cached by their SQL text, because a document's cells are thousands
/// of inserts through the same few statements. One connection belongs to one thread.
public final class SQLiteConnection {
    private let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]

    public init(path: String) throws {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw SQLiteError(message: "cannot open \(path): \(message)")
        }
        handle = db
    }

    deinit {
        for s in statements.values { sqlite3_finalize(s) }
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without bound values (schema, pragmas, transactions).
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw SQLiteError(message: message)
        }
    }

    /// Runs one statement with `values` bound to its `?` parameters, in order.
    public func run(_ sql: String, _ values: [SQLValue] = []) throws {
        _ = try query(sql, values)
    }

    /// Runs one statement and returns every result row.
    public func query(_ sql: String, _ values: [SQLValue] = []) throws -> [[SQLValue]] {
        let statement = try prepared(sql)
        defer { sqlite3_reset(statement); sqlite3_clear_bindings(statement) }
        for (i, value) in values.enumerated() { try bind(value, at: Int32(i + 1), in: statement) }
        var rows: [[SQLValue]] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { return rows }
            guard rc == SQLITE_ROW else { throw SQLiteError(message: "\(lastError) in: \(sql)") }
            rows.append((0..<sqlite3_column_count(statement)).map { column(statement, $0) })
        }
    }

    /// The rowid of the last row inserted through this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    private var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let s = statements[sql] { return s }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteError(message: "\(lastError) in: \(sql)")
        }
        statements[sql] = statement
        return statement
    }

    private func bind(_ value: SQLValue, at index: Int32, in statement: OpaquePointer) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(statement, index)
        case .integer(let i): rc = sqlite3_bind_int64(statement, index, i)
        case .real(let d): rc = sqlite3_bind_double(statement, index, d)
        case .text(let s): rc = luku_sqlite3_bind_text(statement, index, s, -1)
        }
        guard rc == SQLITE_OK else { throw SQLiteError(message: lastError) }
    }

    private func column(_ statement: OpaquePointer, _ index: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, index))
        case SQLITE_NULL: return .null
        default:
            guard let text = sqlite3_column_text(statement, index) else { return .null }
            return .text(String(cString: text))
        }
    }
}

/// A value SQLite stores: the four storage classes Luku uses (no blobs).
public enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(_ s: String?) { self = s.map(SQLValue.text) ?? .null }
    public init(_ i: Int?) { self = i.map { .integer(Int64($0)) } ?? .null }
    public init(_ d: Double?) { self = d.map(SQLValue.real) ?? .null }

    public var text: String? { if case .text(let s) = self { return s }; return nil }
    public var integer: Int64? { if case .integer(let i) = self { return i }; return nil }
}

public struct SQLiteError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "sqlite: \(message)" }
}
