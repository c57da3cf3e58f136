import Foundation

/// The first or the last row of a table is the total of all the others (Kauhava p123: "Kauhavan
/// kaupunki" over its eight boards). Nothing in the label says so, so the structure must prove
/// itself as in OutlineSubtotalRule: the sum holds in at least half of the columns, one of them
/// with a non-zero total and at least two non-zero terms. Tables of fewer than three rows, and
/// tables whose rows are indented (OutlineSubtotalRule reads those), are skipped.
struct TableTotalRowRule: TableIdentity {
    static let rule = "total row = sum of the other rows"

    func checks(in table: Table) -> [Check] {
        let rows = table.rows.indices.filter { IdentitySupport.hasValues(table.rows[$0]) }
        guard rows.count >= 3, Set(table.rows.map(\.level)).count == 1 else { return [] }
        let columns = IdentitySupport.summingColumns(table)
        for total in [rows.first!, rows.last!] {
            let others = rows.filter { $0 != total }
            let checks = columns.compactMap { c -> Check? in
                IdentitySupport.sumCheck(table, rule: Self.rule, row: total, column: c,
                                         operands: others.map { .init(row: $0, column: c) }, emptyIsZero: true)
            }
            let holding = checks.filter { $0.outcome != .mismatch }
            if holding.contains(where: { OutlineSubtotalRule.proves($0, in: table) }), holding.count * 2 >= checks.count {
                return checks
            }
        }
        return []
    }
}
