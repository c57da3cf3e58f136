import Foundation

/// One family of arithmetic identities a table can obey (design/DOMAIN.md, "Arithmetic the
/// documents obey"). A rule only reads the table: it returns every check it could test, passed or
/// not, ordered by row then column. `IdentityChecker` flags the cells and writes the issues.
///
/// A rule that cannot tell with confidence which rows or columns an identity is about emits
/// nothing: a missing check is better than a false mismatch.
protocol TableIdentity: Sendable {
    func checks(in table: Table) -> [Check]
}

/// Shared reading helpers for the rules. Labels and group names are compared case-insensitively
/// after trimming and folding inner whitespace; values are always Decimal.
enum IdentitySupport {
    /// The comparison key of a label or group name: trimmed, whitespace folded, upper-cased.
    ///
    /// Runs several times on every row of every table, so it works on Unicode scalars (no
    /// grapheme breaking) and upper-cases ASCII by range; only other letters go to `uppercased()`.
    static func key(_ text: String?) -> String {
        guard let text else { return "" }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var ascii = true
        for u in text.unicodeScalars {
            if u.value == 0x20 || u.value == 0x09 || u.value == 0x0A || u.value == 0x0D || u.value >= 0x80 && u.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if u.value >= 0x61 && u.value <= 0x7A {
                out.append(Unicode.Scalar(u.value - 0x20)!)
            } else {
                if u.value >= 0x80 { ascii = false }
                out.append(u)
            }
        }
        let folded = String(out)
        return ascii ? folded : folded.uppercased()
    }

    static let menot = "MENOT"
    static let tulot = "TULOT"
    static let nettomeno = "NETTOMENO"

    /// The parsed number at `row`, `column`, or nil for an empty cell, a placeholder or an index
    /// outside the table.
    static func value(_ table: Table, _ row: Int, _ column: Int) -> Decimal? {
        guard table.rows.indices.contains(row), table.rows[row].cells.indices.contains(column) else { return nil }
        return table.rows[row].cells[column]?.value
    }

    /// Whether any cell of the row holds a number.
    static func hasValues(_ row: Row) -> Bool {
        row.cells.contains { $0?.value != nil }
    }

    /// Columns whose values add up across rows: not percentages, and not MUUTOS columns, whose
    /// printed sign is not consistent even inside one table (DOMAIN), so sums over them would
    /// fail on sign alone. Each MUUTOS cell is checked on its own by `VarianceRule`.
    static func additiveColumns(_ table: Table) -> [Int] {
        table.columns.indices.filter { c in
            let column = table.columns[c]
            return column.unit != "%" && column.kind != .muutos
        }
    }

    /// Whether a single cell is a percentage even in an additive column.
    static func isPercentCell(_ table: Table, _ row: Int, _ column: Int) -> Bool {
        guard table.rows.indices.contains(row), table.rows[row].cells.indices.contains(column) else { return false }
        return table.rows[row].cells[column]?.unit == "%"
    }

    /// Checks in the promised order: row, then column.
    static func ordered(_ checks: [Check]) -> [Check] {
        checks.enumerated().sorted { a, b in
            (a.element.row, a.element.column, a.offset) < (b.element.row, b.element.column, b.offset)
        }.map(\.element)
    }
}
