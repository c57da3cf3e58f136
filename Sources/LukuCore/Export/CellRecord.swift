import Foundation

/// One non-empty table cell with everything a reader of a flat file needs to place it: the
/// document, the table, the row and the column. The tidy CSV is one `CellRecord` per line; the
/// SQLite `cell_facts` view has the same columns.
///
/// Indexes are 0-based, the same numbers `checks[].row` and `checks[].column` use in the JSON.
public struct CellRecord: Equatable, Sendable {
    public var document: String
    public var sha256: String
    public var table: String
    /// The page the cell is printed on: its row's page on a continued PDF table, else the table's.
    public var page: Int
    public var caption: String?
    /// The unit the value is in: the cell's own (`%` in a euro column), else its column's, else
    /// the scale printed by the table ("1 000 €"). Values are never rescaled by it.
    public var unit: String?
    public var row: Int
    public var label: String
    public var group: String?
    public var level: Int
    public var column: Int
    public var header: String
    public var kind: ColumnKind?
    public var year: Int?
    /// The exact decimal literal, as `value` is written in the JSON; nil for text cells.
    public var value: String?
    public var text: String
    public var flags: [CellFlag]
    public var verified: Verification

    /// Whether the cell takes part in an arithmetic identity that the table's `checks` record:
    /// `.passed` for the total and the operands of an `ok` or `rounding` check (the cells the
    /// verified share counts), `.failed` for the total of a mismatch (a cell with both is `.failed`, because its `check-failed` flag is what a reader
    /// must see); the operands of a failing check alone stay `.unchecked`.
    public enum Verification: String, Sendable {
        case passed = "true"
        case failed = "false"
        case unchecked = ""
    }

    /// Every non-empty cell of `document`, tables in reading order, rows then columns.
    public static func records(of document: Document) -> [CellRecord] {
        document.allTables.flatMap { records(of: $0, in: document.source) }
    }

    public static func records(of table: Table, in source: Source) -> [CellRecord] {
        var passed = Set<[Int]>(), failed = Set<[Int]>()
        for check in table.checks {
            switch check.outcome {
            case .ok, .rounding:
                // A cross-table check's operands lie in another table: only its total is here.
                passed.insert([check.row, check.column])
                if check.table == nil { passed.formUnion(check.operands.map { [$0.row, $0.column] }) }
            case .mismatch:
                failed.insert([check.row, check.column])
            case .sign:
                break
            }
        }
        var out: [CellRecord] = []
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.cells.enumerated() {
                guard let cell else { continue }
                let column = table.columns.indices.contains(c) ? table.columns[c] : Column(header: "")
                let verification: Verification = failed.contains([r, c]) ? .failed
                    : passed.contains([r, c]) ? .passed : .unchecked
                out.append(CellRecord(
                    document: source.file, sha256: source.sha256, table: table.id, page: row.page ?? table.page,
                    caption: table.caption, unit: cell.unit ?? column.unit ?? table.unit,
                    row: r, label: row.label, group: row.group, level: row.level,
                    column: c, header: column.header, kind: column.kind, year: column.year,
                    value: cell.value.flatMap(NumberLiterals.decimal), text: cell.text,
                    flags: Array(Set(cell.flags)).sorted(), verified: verification))
            }
        }
        return out
    }
}
