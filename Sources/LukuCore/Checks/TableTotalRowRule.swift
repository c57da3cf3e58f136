import Foundation

/// The first or the last row of a table is the total of all the others (Kauhava p123: "Kauhavan
/// kaupunki" over its eight boards). Nothing in the label says so, so the structure must prove
/// itself as in OutlineSubtotalRule: the sum holds in at least half of the columns, two of them
/// (the only one, in a one-column table) with a non-zero total and at least two non-zero terms.
/// Columns without a header are left out. Tables of fewer than three rows, and
/// tables whose rows are indented (OutlineSubtotalRule reads those), are skipped.
struct TableTotalRowRule: TableIdentity {
    static let rule = "total row = sum of the other rows"

    func checks(in table: Table) -> [Check] {
        let rows = table.rows.indices.filter { IdentitySupport.hasValues(table.rows[$0]) }
        guard rows.count >= 3, Set(table.rows.map(\.level)).count == 1 else { return [] }
        // A column without a header may hold shares printed without "%" (Lapua sivla p18 beside
        // its Toimintakate): nothing says it adds up.
        let columns = IdentitySupport.summingColumns(table).filter { !table.columns[$0].header.isEmpty }
        for total in [rows.first!, rows.last!] {
            let others = rows.filter { $0 != total }
            let checks = columns.compactMap { c -> Check? in
                IdentitySupport.sumCheck(table, rule: Self.rule, row: total, column: c,
                                         operands: others.map { .init(row: $0, column: c) }, emptyIsZero: true)
            }
            let holding = checks.filter { $0.outcome != .mismatch }
            let proofs = holding.filter { OutlineSubtotalRule.proves($0, in: table) }.count
            if proofs >= min(2, checks.count), holding.count * 2 >= checks.count {
                return checks
            }
        }
        return []
    }
}
