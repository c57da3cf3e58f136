import Foundation

/// A käyttötalous margin whose income or expense line leaves one cell blank: the blank is the
/// zero the row prints in its other columns, and TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT is
/// checked with it as 0 (the statutory statements' chains already read a blank line item as 0:
/// `IdentitySupport.sumCheck(emptyIsZero:)`).
///
/// Lapua TA 2025 p2 (TARKASTUSLAUTAKUNTA): Toimintatuotot prints 0 under TP 2023, TA 2024 and
/// TA 2025 and nothing under Raami 2025, where Toimintakulut -36 700 = Toimintakate -36 700 (truth
/// identity "empty cell = 0"). A blank can also be a figure the extraction lost, so the check is
/// kept only when it holds: a blank never raises a mismatch, and a margin that does not hold
/// with the blank as 0 stays unchecked, as before.
enum EmptyMarginOperand {
    static func check(_ table: Table, rule: String, margin: Int, column: Int, operands: [Check.Cell]) -> Check? {
        let blanks = operands.filter { IdentitySupport.cell(table, $0.row, $0.column) == nil }
        guard !blanks.isEmpty, blanks.count < operands.count,
              blanks.allSatisfy({ b in
                  table.rows.indices.contains(b.row) && IdentitySupport.hasValues(table.rows[b.row])
              }),
              let check = IdentitySupport.sumCheck(table, rule: rule, row: margin, column: column, operands: operands,
                                                   emptyIsZero: true),
              check.outcome != .mismatch else { return nil }
        return check
    }
}
