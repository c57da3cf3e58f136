import Foundation

/// A zero printed as a unit's amount in two neighbouring tables is the same amount when the two
/// tables' other names of that unit's amounts agree, not zero, in the same column. Zeros alone
/// prove nothing (`CounterpartItemRule`, `SameItemRule`): every unit prints TULOT 0 somewhere.
/// But Kemijärvi konserni- ja elinvoimapalvelut TA 2026 p16 prints the Viestintä- ja
/// markkinointipalvelut määrärahat "MENOT −288 270 | TULOT 0 | NETTOMENO −288 270" under TA 2026
/// and its käyttötalous "TOIMINTAKULUT −288 270 | TOIMINTATUOTOT 0 | TOIMINTAKATE/JÄÄMÄ −288 270":
/// MENOT and NETTOMENO pair the two tables' TA 2026 columns, so TULOT 0 = TOIMINTATUOTOT 0 is the
/// truth's "TA 2026 = TOIMINTAKULUT / TOIMINTATUOTOT / TOIMINTAKATE/JÄÄMÄ" for the third amount.
/// Agreement only, like the rule it extends: a zero that differs gives no check.
enum ZeroCounterpart {
    /// A pair of equal zero cells that is kept when its tables agree elsewhere in the column.
    struct Candidate {
        var holder: Int
        var check: Check
    }

    /// The zero pairs of `holder`'s row against `other`'s, one per column where both print 0.
    static func candidates(holder: (table: Int, row: Int), other: (table: Int, row: Int), tables: [Table]) -> [Candidate] {
        let a = tables[holder.table], b = tables[other.table]
        guard a.id != b.id, SameItemRule.scale(a) == SameItemRule.scale(b) else { return [] }
        var out: [Candidate] = []
        for ca in IdentitySupport.additiveColumns(a) {
            guard let cb = CounterpartItemRule.column(a.columns[ca], in: b),
                  let cellA = IdentitySupport.cell(a, holder.row, ca), cellA.value == 0, cellA.unit != "%",
                  let cellB = IdentitySupport.cell(b, other.row, cb), cellB.value == 0, cellB.unit != "%" else { continue }
            out.append(Candidate(holder: holder.table, check: Check(
                rule: CounterpartItemRule.rule, column: ca, row: holder.row, table: b.id,
                operands: [.init(row: other.row, column: cb)], expected: 0, actual: 0, tolerance: 0)))
        }
        return out
    }

    /// The candidates whose table pair agrees on an amount that is not zero in the same column,
    /// at least twice (two of MENOT / TULOT / NETTOMENO, or of the key figures).
    static func kept(_ candidates: [Candidate], agreeing: [(Int, Check)]) -> [(Int, Check)] {
        candidates.compactMap { z in
            let support = agreeing.filter {
                $0.0 == z.holder && $0.1.table == z.check.table && $0.1.column == z.check.column && $0.1.actual != 0
            }.count
            return support >= 2 ? (z.holder, z.check) : nil
        }
    }
}
