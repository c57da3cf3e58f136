import Foundation

/// VASTATTAVAA = VASTAAVAA: the two sides of a balance sheet, printed in one table (Kauhava
/// p130-p131 in euros) or in two (Kauhava p35 in 1 000 €, side by side; Koha Suomi Oy 2024 p4).
/// The VASTAAVAA total is looked for in the same table, else in the nearest earlier table that
/// has one and the same number of columns; columns pair by position.
struct BalanceSheetRule: DocumentIdentity {
    static let rule = "VASTATTAVAA = VASTAAVAA"

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var out: [(Int, Check)] = []
        for (t, table) in tables.enumerated() {
            guard let liabilities = Self.row(named: "VASTATTAVAA", in: table) else { continue }
            var source = t
            var assets = Self.row(named: "VASTAAVAA", in: table)
            if assets == nil {
                for s in stride(from: t - 1, through: max(0, t - 3), by: -1) where tables[s].columns.count == table.columns.count {
                    if let a = Self.row(named: "VASTAAVAA", in: tables[s]) { source = s; assets = a; break }
                }
            }
            guard let assets else { continue }
            let other = tables[source]
            for c in IdentitySupport.additiveColumns(table) {
                guard let actual = IdentitySupport.value(table, liabilities, c),
                      let expected = IdentitySupport.value(other, assets, c) else { continue }
                let cells = [IdentitySupport.cell(other, assets, c)]
                let tolerance = RoundingTolerance.sum(total: IdentitySupport.cell(table, liabilities, c), terms: cells)
                out.append((t, Check(rule: Self.rule, column: c, row: liabilities, table: source == t ? nil : other.id,
                                     operands: [.init(row: assets, column: c)], expected: expected, actual: actual,
                                     tolerance: tolerance)))
            }
        }
        return out
    }

    /// The last row whose statement key is `name` and that holds numbers.
    static func row(named name: String, in table: Table) -> Int? {
        table.rows.indices.last { StatementVocabulary.key(table.rows[$0].label) == name && IdentitySupport.hasValues(table.rows[$0]) }
    }
}
