import Foundation

/// A "Muutos %" row under an amount row in a key-figure table (Tunnusluvut): in each column, the
/// change of the amount against an earlier column, 100 × (X[c] − X[b]) / X[b], rounded to the
/// printed decimals. Which earlier column is the base is not printed (Kemijärvi TP 2024 compares
/// TP with TP and MTA with MTA; the TA 2026 plan compares TA 2025 and TPE 2025 with TP 2024 and
/// TS 2027 with TA 2026), so per column the base is the one under which every Muutos % row of
/// the table holds, at least two of them: one row could match by chance. A column whose base is
/// not printed (the first year) gets no check. A column no one base explains keeps the rows that
/// follow from the column before it when the table's other columns all do (ChangeRowPreviousColumn).
/// Proved on Kemijärvi hallintopalvelut TP 2024 p4, hallinto-tukipalvelut 2022 p2, konserni- ja
/// elinvoimapalvelut TA 2026 p3 and p7.
struct ChangeRowRule: TableIdentity {
    static func isChangeRow(_ row: Row) -> Bool {
        let key = IdentitySupport.key(row.label)
        return key.hasPrefix("MUUTOS") && key.contains("%")
    }

    func checks(in table: Table) -> [Check] {
        let pairs = table.rows.indices.dropFirst().filter {
            Self.isChangeRow(table.rows[$0]) && !Self.isChangeRow(table.rows[$0 - 1]) && IdentitySupport.hasValues(table.rows[$0 - 1])
        }.map { (change: $0, amount: $0 - 1) }
        guard pairs.count >= 2 else { return [] }
        let h = table.columns.map(\.header)
        var out: [Check] = []
        var bases: [Int: Int] = [:]
        for c in table.columns.indices {
            for b in stride(from: c - 1, through: 0, by: -1) {
                let checks = pairs.compactMap { Self.check(table, change: $0.change, amount: $0.amount, column: c, base: b, headers: h) }
                guard checks.count == pairs.count, checks.allSatisfy({ $0.outcome != .mismatch }),
                      checks.contains(where: { $0.actual != 0 }) else { continue }
                out += checks
                bases[c] = b
                break
            }
        }
        // Columns no single base explains: the rows that follow from the column before (ChangeRowPreviousColumn).
        for c in table.columns.indices where bases[c] == nil {
            out += ChangeRowPreviousColumn.checks(table, pairs: pairs, column: c, bases: bases, headers: h)
        }
        return IdentitySupport.ordered(out)
    }

    static func check(_ table: Table, change: Int, amount: Int, column c: Int, base b: Int, headers h: [String]) -> Check? {
        guard let cell = IdentitySupport.cell(table, change, c), let printed = cell.value,
              let decimals = VarianceRule.decimals(in: cell.text),
              let new = IdentitySupport.value(table, amount, c), let old = IdentitySupport.value(table, amount, b), old != 0
        else { return nil }
        let unit = RoundingTolerance.roundingUnit([IdentitySupport.cell(table, amount, c), IdentitySupport.cell(table, amount, b)])
        let (expected, tolerance) = RoundingTolerance.percent(numerator: new - old, denominator: old, decimals: decimals, operandUnit: unit)
        return Check(rule: "Muutos % = (\(h[c]) − \(h[b])) / \(h[b]) × 100", column: c, row: change,
                     operands: [.init(row: amount, column: c), .init(row: amount, column: b, coefficient: -1)],
                     expected: expected, actual: printed, tolerance: tolerance)
    }
}
