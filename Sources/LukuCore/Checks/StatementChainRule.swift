import Foundation

/// One line of a statutory statement computed from other lines, found by label
/// (StatementVocabulary), never by position on the page.
struct StatementChain: Sendable {
    /// A term: the labels it may be printed under, and how it enters the sum.
    struct Term: Sendable {
        enum Sign: Sendable {
            /// Added as printed.
            case plus
            /// Subtracted as printed ("Rahavarat 1.1." in Rahavarat 31.12. − Rahavarat 1.1.).
            case minus
            /// A cost or outflow: added when the statement prints costs negative, subtracted when
            /// it prints them unsigned (the 1 000 € statements of Kauhava p30 and p33, Lapua p1).
            case cost
        }

        var labels: [String]
        var sign: Sign = .plus
        var optional = false
    }

    var name: String
    var total: [String]
    /// Ways the statement prints the terms; the first whose required terms are all printed is used.
    var alternatives: [[Term]]
    /// Only for a total printed without a sub-heading group (the grouped form is OperatingSumRule's).
    var ungroupedOnly = false

    static func plus(_ labels: String..., optional: Bool = false) -> Term { Term(labels: labels, sign: .plus, optional: optional) }
    static func minus(_ labels: String..., optional: Bool = false) -> Term { Term(labels: labels, sign: .minus, optional: optional) }
    static func cost(_ labels: String..., optional: Bool = false) -> Term { Term(labels: labels, sign: .cost, optional: optional) }
}

/// The statutory chains of the income statement, the cash-flow statement and the balance sheet
/// (IncomeStatementChains, CashFlowChains, BalanceSheetChains): for every row whose label is a
/// chain's total, the chain's terms are the rows with the terms' labels nearest to it in the same
/// table (a statement prints subtotals either above or below their items). Empty term cells
/// count as 0 (statements leave empty lines blank); a column is skipped when the total is not a
/// number or a term cell holds text. A chain that holds in no column is not reported: the labels
/// found are then not the whole statement.
///
/// Costs: a statement prints them either negative (added) or unsigned (subtracted). The reading
/// that holds in every column is used (`uniformReading`); failing that, per column the one that
/// holds, and when neither holds the one the printed costs imply (mostly positive: unsigned).
struct StatementChainRule: TableIdentity {
    var chains: [StatementChain] = IncomeStatementChains.all + CashFlowChains.all + BalanceSheetChains.all

    func checks(in table: Table) -> [Check] {
        let keys = table.rows.map { StatementVocabulary.key($0.label) }
        let columns = IdentitySupport.summingColumns(table)
        var out: [Check] = []
        for chain in chains {
            for total in keys.indices where StatementVocabulary.matches(keys[total], any: chain.total)
                && IdentitySupport.hasValues(table.rows[total]) && !(chain.ungroupedOnly && table.rows[total].group != nil) {
                guard let terms = Self.terms(of: chain, total: total, keys: keys, table: table) else { continue }
                if let checks = Self.uniformReading(chain, total: total, terms: terms, columns: columns, table: table) {
                    out += checks
                    continue
                }
                let checks = columns.compactMap { Self.check(chain, total: total, terms: terms, column: $0, table: table) }
                // The labels found must be the whole statement: a line the vocabulary does not know
                // (a synthetic statement's "Investointien rahavirta" subtotal, a group's extra tax
                // line) fails every column. Only when some column holds with a non-zero total is the
                // chain the statement's, and a column that fails a real mismatch.
                if checks.contains(where: { $0.outcome != .mismatch && $0.actual != 0 }) { out += checks }
            }
        }
        return IdentitySupport.ordered(out)
    }

    /// The rows of the first alternative whose required terms are all printed (nearest row per
    /// term, above on a tie), with their signs; nil when no alternative fits.
    static func terms(of chain: StatementChain, total: Int, keys: [String], table: Table) -> [(row: Int, sign: StatementChain.Term.Sign)]? {
        for alternative in chain.alternatives {
            var rows: [(row: Int, sign: StatementChain.Term.Sign)] = []
            var complete = true
            for term in alternative {
                let candidates = keys.indices.filter { $0 != total && StatementVocabulary.matches(keys[$0], any: term.labels) }
                guard let nearest = candidates.min(by: { (abs($0 - total), $0) < (abs($1 - total), $1) }) else {
                    if !term.optional { complete = false; break }
                    continue
                }
                if rows.contains(where: { $0.row == nearest }) { continue }
                rows.append((nearest, term.sign))
            }
            if complete, !rows.isEmpty { return rows }
        }
        return nil
    }

    /// One reading of the cost lines (each added as printed or subtracted) under which the chain
    /// holds in every column: all added, all subtracted, or, with two or more columns, a mix (a
    /// statement may print one outflow signed and another unsigned: Kauhava p49 prints
    /// Antolainasaamisten lisäykset signed and Pitkäaikaisten lainojen vähennys unsigned; holding in
    /// every column is what tells the mix from a coincidence). Nil when none does.
    static func uniformReading(_ chain: StatementChain, total: Int, terms: [(row: Int, sign: StatementChain.Term.Sign)],
                               columns: [Int], table: Table) -> [Check]? {
        let costs = terms.indices.filter { terms[$0].sign == .cost }
        guard !costs.isEmpty, costs.count <= 4 else { return nil }
        let all = (1 << costs.count) - 1
        let mixed = (1..<all).filter { _ in true }
        for (k, mask) in ([0, all] + mixed).enumerated() {
            let checks = columns.compactMap { c -> Check? in
                let operands = terms.enumerated().map { i, t -> Check.Cell in
                    let bit = costs.firstIndex(of: i).map { mask & (1 << $0) != 0 } ?? false
                    return Check.Cell(row: t.row, column: c, coefficient: t.sign == .minus || bit ? -1 : 1)
                }
                return IdentitySupport.sumCheck(table, rule: chain.name, row: total, column: c, operands: operands, emptyIsZero: true)
            }
            guard !checks.isEmpty, checks.allSatisfy({ $0.outcome != .mismatch }) else { continue }
            if k >= 2 && checks.count < 2 { continue }
            return checks
        }
        return nil
    }

    static func check(_ chain: StatementChain, total: Int, terms: [(row: Int, sign: StatementChain.Term.Sign)],
                      column c: Int, table: Table) -> Check? {
        func operands(unsignedCosts: Bool) -> [Check.Cell] {
            terms.map { t in
                let negative = t.sign == .minus || t.sign == .cost && unsignedCosts
                return Check.Cell(row: t.row, column: c, coefficient: negative ? -1 : 1)
            }
        }
        let rule = chain.name
        guard let signed = IdentitySupport.sumCheck(table, rule: rule, row: total, column: c,
                                                    operands: operands(unsignedCosts: false), emptyIsZero: true)
        else { return nil }
        let costs = terms.filter { $0.sign == .cost }.compactMap { IdentitySupport.value(table, $0.row, c) }.filter { $0 != 0 }
        guard !costs.isEmpty, signed.outcome != .ok,
              let unsigned = IdentitySupport.sumCheck(table, rule: rule, row: total, column: c,
                                                      operands: operands(unsignedCosts: true), emptyIsZero: true)
        else { return signed }
        if unsigned.outcome == .ok { return unsigned }
        if signed.outcome == .rounding { return signed }
        if unsigned.outcome == .rounding { return unsigned }
        return costs.filter { $0 > 0 }.count * 2 > costs.count ? unsigned : signed
    }
}
