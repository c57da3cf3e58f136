import Foundation

/// A POIKKEAMA column printed in one direction in every row adds up down the rows.
///
/// `IdentitySupport.summingColumns` leaves deviation columns out of sums down a statement
/// because budget follow-ups may print some rows as budget − actual and the rest as actual −
/// budget (Kauhava TP 2024 p126: the outflow rows Investointimenot, Tulorahoituksen korjauserät
/// and Pitkäaikaisten lainojen vähennys). Most follow-ups do not: Kauhava p73, p78, p101 (euros)
/// and p116 (cents) print Poikkeama = Toteutuma − TA muutosten jälkeen, and p124 Poikkeama =
/// TP 2024 − Ta 2024, in every row, so TOIMINTATUOTOT's deviation is the sum of its items'
/// deviations like its other columns (the truth lists these sums "all columns").
///
/// The direction is read from the numbers, not assumed: the column is kept when one ordered pair
/// of the table's other amount columns (a, b) gives deviation = a − b exactly in every row that
/// prints all three, in at least two rows with a deviation other than zero. One row the other way
/// (p126) keeps the column out, as before.
enum UniformDeviationColumn {
    /// The POIKKEAMA columns of `table` among `additive` whose every row is the same difference.
    static func columns(_ table: Table, additive: [Int]) -> [Int] {
        let deviations = additive.filter { table.columns[$0].kind == .poikkeama }
        guard !deviations.isEmpty else { return [] }
        let amounts = additive.filter { table.columns[$0].kind != .poikkeama }
        return deviations.filter { d in
            amounts.contains { a in amounts.contains { b in a != b && uniform(table, d, a, b) } }
        }
    }

    /// The MUUTOS amount columns of `table` (not percentages) whose every row is the same
    /// difference of two of `additive`: a change printed new − old in every row adds up like an
    /// amount (Kauhava TP 2024 p124 "Vuosimuutos" = TP 2024 − TP 2023 in 1 000 €: Verotulot 423 =
    /// 725 + 336 − 639 within rounding). A MUUTOS column whose sign turns in some row (DOMAIN:
    /// not consistent even inside one document; Kemijärvi konserni p7 määrärahat TULOT) stays out.
    static func changeColumns(_ table: Table, additive: [Int]) -> [Int] {
        let changes = table.columns.indices.filter { table.columns[$0].kind == .muutos && table.columns[$0].unit != "%" }
        guard !changes.isEmpty else { return [] }
        let amounts = additive.filter { table.columns[$0].kind != .poikkeama }
        return changes.filter { d in
            amounts.contains { a in amounts.contains { b in a != b && uniform(table, d, a, b, rounding: true) } }
        }
    }

    /// Whether deviation = a − b in every row that prints all three, with at least two such rows
    /// whose deviation is not zero; with `rounding`, within what the printed precision allows
    /// (RoundingTolerance.sum: one unit for a difference of two rounded amounts).
    static func uniform(_ table: Table, _ d: Int, _ a: Int, _ b: Int, rounding: Bool = false) -> Bool {
        var seen = 0
        for r in table.rows.indices {
            guard let dv = IdentitySupport.value(table, r, d), let av = IdentitySupport.value(table, r, a),
                  let bv = IdentitySupport.value(table, r, b) else { continue }
            if rounding {
                let tolerance = RoundingTolerance.sum(total: IdentitySupport.cell(table, r, d),
                                                      terms: [IdentitySupport.cell(table, r, a), IdentitySupport.cell(table, r, b)])
                guard (dv - (av - bv)).magnitude <= tolerance else { return false }
                // A change within the rounding of zero says nothing of its direction.
                if dv.magnitude > tolerance { seen += 1 }
                continue
            } else {
                guard dv == av - bv else { return false }
            }
            if dv != 0 { seen += 1 }
        }
        return seen >= 2
    }
}
