import Foundation

/// A käyttösuunnitelma column that repeats the budget: KS 2026 = TA 2026 in every row.
///
/// A board's operating plan (KS, käyttösuunnitelma) distributes the council's budget (TA) of the
/// same year; where the board adopts it unchanged the table prints the same figures twice.
/// Kemijärvi konserni- ja elinvoimapalvelut TA 2026 does so in all five tables with both columns:
/// the käyttötalous tables p4, p8, p16, p25 and the cost-centre tables p8 and p26 (the truth lists
/// "KS 2026 = TA 2026 in every row" for each).
///
/// A plan may also differ from the budget (a board moves money between cost centres), and then no
/// row is wrong, so the rule reports only a column that is a copy: every row that prints both
/// agrees and at least two of them are not zero. One differing row and the rule says nothing.
struct PlanCopyColumnRule: TableIdentity {
    func checks(in table: Table) -> [Check] {
        var out: [Check] = []
        for plan in table.columns.indices where table.columns[plan].kind == .ks && table.columns[plan].unit != "%" {
            guard let year = table.columns[plan].year,
                  let budget = table.columns.indices.first(where: {
                      table.columns[$0].kind == .ta && table.columns[$0].year == year && table.columns[$0].unit != "%"
                  }) else { continue }
            var rows: [(Int, Decimal)] = []
            var differs = false
            var nonZero = 0
            for r in table.rows.indices {
                guard let p = IdentitySupport.value(table, r, plan), let b = IdentitySupport.value(table, r, budget) else { continue }
                if p != b { differs = true; break }
                rows.append((r, b))
                if p != 0 { nonZero += 1 }
            }
            guard !differs, nonZero >= 2 else { continue }
            let rule = "\(table.columns[plan].header) = \(table.columns[budget].header)"
            for (r, v) in rows {
                out.append(Check(rule: rule, column: plan, row: r, operands: [.init(row: r, column: budget)],
                                 expected: v, actual: v))
            }
        }
        return IdentitySupport.ordered(out)
    }
}
