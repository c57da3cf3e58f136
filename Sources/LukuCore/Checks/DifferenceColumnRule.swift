import Foundation

/// A difference column that neither VarianceRule nor BudgetFollowUpRule lays out: a POIKKEAMA or
/// MUUTOS € column (or one headed "…muutos"/"Poik-keama" without a recognised kind) among more
/// period columns, = one period column − another, the pair found by ColumnPairSearch. Rows that
/// hold only the other way round are a `sign` outcome for MUUTOS (its sign is not consistent,
/// DOMAIN) and for POIKKEAMA when the document does so twice (IdentityChecker).
/// Proved on Kauhava TP 2024 p123 (Muutos € = TP 2024 − TP 2023), p124 (Poikkeama = TP 2024 −
/// Ta 2024, Vuosimuutos = TP 2024 − TP 2023, in 1 000 €), p125 (Muutos € = Toteuma € − TP 2023),
/// and on Lapua TA 2025 p3-p4 (Ero raamiin = TA 2025 − Raami 2025; SIVISTYSLAUTAKUNTA prints
/// Raami − TA, a `sign` outcome the truth's notes name).
struct DifferenceColumnRule: TableIdentity {
    static func isDifference(_ column: Column) -> Bool {
        guard column.unit != "%" else { return false }
        if column.kind == .poikkeama || column.kind == .muutos { return true }
        let key = IdentitySupport.key(column.header).replacingOccurrences(of: "- ", with: "")
        // "Ero raamiin" (Lapua TA 2025 p3-p4: TA 2025 − Raami 2025) is a difference as well.
        return column.kind == nil && !key.contains("%")
            && (key.hasSuffix("MUUTOS") || key.hasPrefix("POIKKEAMA") || key.hasPrefix("POIK") || key == "ERO" || key.hasPrefix("ERO "))
    }

    func checks(in table: Table) -> [Check] {
        guard VarianceRule.layout(of: table) == nil, BudgetFollowUpRule.layout(of: table) == nil else { return [] }
        var out: [Check] = []
        for d in table.columns.indices where Self.isDifference(table.columns[d]) {
            let sources = ColumnPairSearch.sources(left: d, in: table) { Self.isDifference(table.columns[$0]) }
            let h = table.columns.map(\.header)
            let isChange = table.columns[d].kind == .muutos || IdentitySupport.key(h[d]).contains("MUUTOS")
            out += ColumnPairSearch.best(pairsFrom: sources, target: d, rows: table.rows.indices, make: { a, b, r in
                guard var check = IdentitySupport.sumCheck(
                    table, rule: "\(h[d]) = \(h[a]) − \(h[b])", row: r, column: d,
                    operands: [.init(row: r, column: a), .init(row: r, column: b, coefficient: -1)]) else { return nil }
                check.alternative = -check.expected
                check.convention = isChange ? nil : VarianceRule.reversedConvention
                return check
            }, nonTrivial: { $0.actual != 0 && $0.expected != 0 })
        }
        return IdentitySupport.ordered(out)
    }
}
