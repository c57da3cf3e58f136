import Foundation

/// The budget follow-up prints the year's investment spending twice (design/DOMAIN.md: the
/// talousarvion toteutuminen repeats the same items in its tuloslaskelmaosa, investointiosa and
/// rahoitusosa): the rahoitusosa's "Investointimenot", an outflow printed negative, is minus the
/// investointiosa's total expenditure, printed as a positive appropriation and spending (Kauhava TP
/// 2024: p126 Investointimenot Toteutuma −12 331 778,01 = − p120 YHTEENSÄ "Toteuma inv.menot"
/// 12 331 778,01).
///
/// The rahoitusosa row is the one "Investointimenot" of a table with budget follow-up columns
/// (TA, TA+muutos, TOT); the investointiosa is another table whose last row with values is a
/// "… yhteensä" total and whose expenditure columns (a header naming "meno" or "määräraha") pair
/// with those by kind: Toteutuma with the one expenditure column read as TOT, the original budget
/// with the one "alkuper…" one, the revised with the one "tarkistettu" / "muutosten jälkeen" one.
/// The sign may be printed either way, so the check is minus the total where the signs differ and
/// the total where they agree. A table elsewhere can print a total with the same label, so only
/// agreement is reported and no cell is flagged.
struct InvestmentPartRule: DocumentIdentity {
    static let rule = "Investointimenot = the investment part's total expenditure"
    static let outflow = "INVESTOINTIMENOT"

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var out: [(Int, Check)] = []
        for (t, funding) in tables.enumerated() {
            let rows = funding.rows.indices.filter {
                IdentitySupport.hasValues(funding.rows[$0]) && StatementVocabulary.key(funding.rows[$0].label) == Self.outflow
            }
            let columns = funding.columns.indices.filter { [.ta, .taMuutos, .tot].contains(funding.columns[$0].kind) }
            guard rows.count == 1, !columns.isEmpty else { continue }
            for (u, invest) in tables.enumerated() where u != t && invest.id != funding.id {
                guard let total = invest.rows.indices.last(where: { IdentitySupport.hasValues(invest.rows[$0]) }),
                      IdentitySupport.key(invest.rows[total].label).hasSuffix("YHTEENSÄ"),
                      SameItemRule.scale(invest) == SameItemRule.scale(funding) else { continue }
                var found: [(Int, Check)] = []
                for ca in columns {
                    guard let cb = Self.column(funding.columns[ca].kind, in: invest),
                          let printed = IdentitySupport.value(funding, rows[0], ca), printed != 0,
                          let value = IdentitySupport.value(invest, total, cb) else { continue }
                    let coefficient = printed == -value ? -1 : printed == value ? 1 : 0
                    guard coefficient != 0 else { continue }
                    found.append((t, Check(rule: Self.rule, column: ca, row: rows[0], table: invest.id,
                                           operands: [.init(row: total, column: cb, coefficient: coefficient)],
                                           expected: Decimal(coefficient) * value, actual: printed, tolerance: 0)))
                }
                out += found
                if !found.isEmpty { break }
            }
        }
        return out
    }

    /// The one expenditure column of the investment table that stands for a follow-up column of `kind`.
    static func column(_ kind: ColumnKind?, in table: Table) -> Int? {
        let spending = table.columns.indices.filter {
            let h = IdentitySupport.key(table.columns[$0].header)
            return h.contains("MENO") || h.contains("MÄÄRÄRAHA")
        }
        let matching = spending.filter {
            let h = IdentitySupport.key(table.columns[$0].header)
            switch kind {
            case .tot: return table.columns[$0].kind == .tot
            case .ta: return h.hasPrefix("ALKUPER")
            case .taMuutos: return h.hasPrefix("TARKISTETTU") || h.contains("MUUTOSTEN JÄLKEEN")
            default: return false
            }
        }
        return matching.count == 1 ? matching[0] : nil
    }
}
