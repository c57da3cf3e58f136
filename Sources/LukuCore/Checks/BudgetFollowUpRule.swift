import Foundation

/// The budget follow-up table (talousarvion toteutuminen), columns found by their printed headers
/// (DOMAIN's header table): Alkuperäinen TA | TA-muutokset | TA muutosten jälkeen | Toteutuma |
/// Poikkeama, in any order, other columns allowed. In every row:
/// - TA muutosten jälkeen = Alkuperäinen TA + TA-muutokset (an empty change cell counts as 0);
/// - Poikkeama = Toteutuma − TA muutosten jälkeen. A Poikkeama printed as budget − actual is a
///   `sign` outcome when the document does so more than once (Kauhava p126 prints it for the
///   outflow rows Investointimenot, Tulorahoituksen korjauserät and Pitkäaikaisten lainojen
///   vähennys), otherwise a mismatch.
/// Proved on Kauhava TP 2024 p73, p78, p80, p101 (euros), p116 and p126 (cents).
struct BudgetFollowUpRule: TableIdentity {
    struct Layout: Equatable {
        var original: Int
        var changes: Int
        var revised: Int
        var actual: Int?
        var variance: Int?
    }

    func checks(in table: Table) -> [Check] {
        guard let layout = Self.layout(of: table) else { return [] }
        let h = table.columns.map(\.header)
        let revisedRule = "\(h[layout.revised]) = \(h[layout.original]) + \(h[layout.changes])"
        var out: [Check] = []
        for r in table.rows.indices {
            if IdentitySupport.value(table, r, layout.original) != nil,
               let check = IdentitySupport.sumCheck(
                table, rule: revisedRule, row: r, column: layout.revised,
                operands: [.init(row: r, column: layout.original), .init(row: r, column: layout.changes)], emptyIsZero: true) {
                out.append(check)
            }
            if let actual = layout.actual, let variance = layout.variance,
               var check = IdentitySupport.sumCheck(
                table, rule: "\(h[variance]) = \(h[actual]) − \(h[layout.revised])", row: r, column: variance,
                operands: [.init(row: r, column: actual), .init(row: r, column: layout.revised, coefficient: -1)]) {
                check.alternative = -check.expected
                check.convention = VarianceRule.reversedConvention
                out.append(check)
            }
        }
        return IdentitySupport.ordered(out)
    }

    static func layout(of table: Table) -> Layout? {
        let keys = table.columns.map { IdentitySupport.key($0.header) }
        func first(_ test: (Int) -> Bool) -> Int? { keys.indices.first(where: test) }
        guard let original = first({ keys[$0].contains("ALKUPER") }),
              let revised = first({ keys[$0].contains("JÄLKEEN") || keys[$0].contains("MUUTOSTEN JÄL") || table.columns[$0].kind == .taMuutos }),
              let changes = first({ $0 != original && $0 != revised && keys[$0].contains("MUUTOK") }),
              table.columns[revised].unit != "%"
        else { return nil }
        let actual = first { $0 > revised && [.tot, .tp].contains(table.columns[$0].kind) && table.columns[$0].unit != "%" }
        let variance = first { $0 > revised && table.columns[$0].kind == .poikkeama && table.columns[$0].unit != "%" }
        return Layout(original: original, changes: changes, revised: revised, actual: actual, variance: variance)
    }
}
