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
        return memo.key(text, makeKey)
    }

    /// Keys already built (KeyMemo.swift: the rules ask for the same labels' keys many times).
    static let memo = KeyMemo()

    /// `key` of a text, built (`LabelKeyBytes`: as UTF-8 bytes, the Latin-1 letters upper-cased
    /// by range; other letters by `uppercased()`).
    static func makeKey(_ text: String) -> String {
        LabelKeyBytes.key(text)
    }

    /// A label key without a trailing footnote mark: "TOIMINTAKULUT *)" → "TOIMINTAKULUT".
    static func withoutFootnote(_ key: String) -> String {
        // Every mark ends in "*" or ")": a key whose last byte is neither keeps its text, without
        // the Character-wise suffix tests (~1 000 instructions a key, issue 8). A last Character
        // equal to "*" or ")" is that one scalar, so it ends the bytes too.
        guard let last = key.utf8.last, last == UInt8(ascii: "*") || last == UInt8(ascii: ")") else { return key }
        var k = Substring(key)
        for mark in [" *)", " *", "*)", "*"] where k.hasSuffix(mark) && k.count > mark.count {
            k = k.dropLast(mark.count)
            break
        }
        return String(k)
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

    /// The cell at `row`, `column`, or nil for an empty cell or an index outside the table.
    static func cell(_ table: Table, _ row: Int, _ column: Int) -> Cell? {
        guard table.rows.indices.contains(row), table.rows[row].cells.indices.contains(column) else { return nil }
        return table.rows[row].cells[column]
    }

    /// The check `total = Σ coefficient · operand` at (`row`, `column`), with the rounding
    /// tolerance of its printed cells. Nil when the total is not a number (or is a percentage),
    /// or when an operand holds no number; with `emptyIsZero` an operand cell left empty (nothing
    /// printed, not a placeholder) counts as 0, as statements print no zero for an empty line.
    static func sumCheck(_ table: Table, rule: String, row: Int, column: Int, operands: [Check.Cell],
                         emptyIsZero: Bool = false) -> Check? {
        guard !isPercentCell(table, row, column), let actual = value(table, row, column) else { return nil }
        var expected = Decimal(0)
        var cells: [Cell?] = []
        for o in operands {
            let c = cell(table, o.row, o.column)
            if let v = c?.value {
                expected += o.coefficient < 0 ? -v : v
            } else if !(emptyIsZero && c == nil && table.rows.indices.contains(o.row)) {
                return nil
            }
            if c?.unit == "%" { return nil }
            cells.append(c)
        }
        let tolerance = RoundingTolerance.sum(total: cell(table, row, column), terms: cells)
        return Check(rule: rule, column: column, row: row, operands: operands,
                     expected: expected, actual: actual, tolerance: tolerance)
    }

    /// Whether any cell of the row holds a number.
    static func hasValues(_ row: Row) -> Bool {
        row.cells.contains { $0?.value != nil }
    }

    /// Columns whose values add up across rows: not percentages, and not MUUTOS columns, whose
    /// printed sign is not consistent even inside one table (DOMAIN), so sums over them would
    /// fail on sign alone. Each MUUTOS cell is checked on its own by `VarianceRule`.
    ///
    /// A column whose header was not read and whose every number prints one decimal, beside a
    /// column of whole numbers, is a share printed without "%" (Lapua minutes p18: "79,5" under a
    /// lost "Tot-%"; amounts print whole euros, shares one decimal, DOMAIN): it is left out too.
    static func additiveColumns(_ table: Table) -> [Int] {
        let additive = table.columns.indices.filter { table.columns[$0].unit != "%" && table.columns[$0].kind != .muutos }
        let shares = unnamedShareColumns(table, among: additive)
        return shares.isEmpty ? additive : additive.filter { !shares.contains($0) }
    }

    /// Columns whose header was not read and whose every number prints one decimal, beside a
    /// column of whole numbers: shares printed without "%" (Lapua minutes p18, the opetustoiminta
    /// table whose "TA 2024 Tot. 09/2024 Tot-%" header stands at the foot of p17).
    static func unnamedShareColumns(_ table: Table, among columns: [Int]? = nil) -> [Int] {
        func places(_ c: Int) -> Set<Int> {
            Set(table.rows.compactMap { RoundingTolerance.decimals($0.cells.indices.contains(c) ? $0.cells[c] : nil) })
        }
        let candidates = columns ?? table.columns.indices.filter { table.columns[$0].unit != "%" && table.columns[$0].kind != .muutos }
        // The decimals of every cell are read only when some column could be such a share: most
        // tables name every column, and this runs for several rules on every table (issue 8).
        let unnamed = candidates.filter { table.columns[$0].header.isEmpty && table.columns[$0].kind == nil }
        guard !unnamed.isEmpty else { return [] }
        let shares = unnamed.filter { places($0) == [1] }
        guard !shares.isEmpty, table.columns.indices.contains(where: { places($0) == [0] }) else { return [] }
        return shares
    }

    /// Additive columns without the POIKKEAMA ones, for sums down a statement: a deviation column
    /// adds up only when every row prints its deviation in the same direction, which budget
    /// follow-ups do not (Kauhava p126: budget − actual for outflows, actual − budget for the
    /// rest); each deviation cell is checked on its own row instead (BudgetFollowUpRule).
    /// A deviation column printed in one direction in every row sums like the others
    /// (UniformDeviationColumn).
    static func summingColumns(_ table: Table) -> [Int] {
        let additive = additiveColumns(table)
        let uniform = Set(UniformDeviationColumn.columns(table, additive: additive))
        let summing = additive.filter { table.columns[$0].kind != .poikkeama || uniform.contains($0) }
        let changes = UniformDeviationColumn.changeColumns(table, additive: additive)
        return changes.isEmpty ? summing : (summing + changes).sorted()
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
