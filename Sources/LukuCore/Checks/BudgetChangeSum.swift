import Foundation

/// The budget change of a budget follow-up row (DOMAIN.md: TA muutosten jälkeen = Alkuperäinen TA
/// + TA-muutokset): the revised budget is the budget plus its changes, within the printed rounding.
/// `BudgetFollowUpRule` makes this check where the budget column says "Alkuperäinen"; a
/// spreadsheet's follow-up headed "Talousarvio 2022 | Talousarviomuutokset | TA + muutokset"
/// (synth tamminiemi p. 8, louhivirta p. 8) has none, and its rows, read from text whose cells
/// the reading order moved apart (`GroupedFiguresAfterLabels`), need the identity to tell the
/// budget's column from the change's: −11 beside a budget of 12 595 is a change (12 595 − 11 =
/// 12 584), not a budget. Used to choose a reading only; no check is written from it.
enum BudgetChangeSum {
    /// The budget, changes and revised-budget columns of `table`, when its heading names all three.
    static func layout(_ table: Table) -> (budget: Int, changes: Int, revised: Int)? {
        let columns = table.columns
        func first(_ kind: ColumnKind) -> Int? {
            columns.indices.first { columns[$0].kind == kind && columns[$0].unit != "%" }
        }
        guard let budget = first(.ta), let changes = first(.taMuutokset), let revised = first(.taMuutos) else { return nil }
        return (budget, changes, revised)
    }

    /// The checks that hold and fail in `row`, or in every row when `row` is nil; a row with a
    /// blank among the three cells is no evidence.
    static func tally(_ table: Table, row: Int? = nil) -> ReadingByIdentities.Tally {
        var out = ReadingByIdentities.Tally()
        guard let l = layout(table) else { return out }
        for r in row.map({ [$0] }) ?? Array(table.rows.indices) {
            guard let budget = IdentitySupport.cell(table, r, l.budget), let changes = IdentitySupport.cell(table, r, l.changes),
                  let revised = IdentitySupport.cell(table, r, l.revised),
                  let a = budget.value, let b = changes.value, let s = revised.value else { continue }
            let tolerance = RoundingTolerance.sum(total: revised, terms: [budget, changes])
            if (a + b - s).magnitude <= tolerance { out.held += 1 } else { out.failed += 1 }
        }
        return out
    }
}
