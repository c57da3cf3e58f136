import Foundation

/// The statutory balance-sheet key figures (taseen tunnusluvut, printed under every municipal
/// tase) computed from the balance sheet they describe:
/// - "Kertynyt yli-/alijäämä, 1 000 €" = Edellisten tilikausien yli-/alijäämä + Tilikauden
///   yli-/alijäämä (an exact sum of two balance-sheet lines, rounding allowed for);
/// - "Omavaraisuusaste, %" = 100 × (Oma pääoma + Poistoero ja vapaaehtoiset varaukset) /
///   (Vastattavaa − Saadut ennakot), the Kirjanpitolautakunta's formula.
/// Proved on Kauhava TP 2024 p35 (the key figures printed under VASTATTAVAA, 1 000 €: 13 770 +
/// 4 291 = 18 061; 100 × (54 712 + 927) / (138 421 − 495) = 40,3) and the synthetic statements
/// that print them under the tase or in a table of their own (synth 01, 07, 11, 13, 20).
///
/// The balance-sheet lines are looked for in the key figure's own table, else in the nearest
/// earlier table (up to three back) that has them and the same column headers; columns pair by
/// position. The amounts must be in the same unit (the same table, or the same unit line). The
/// share's formula has variants in the field (an older one leaves Poistoero out), so a share that
/// does not follow gives no check, never a flag; the Kertynyt sum is checked either way.
struct BalanceSheetKeyFigures: DocumentIdentity {
    static let accumulatedRule = "Kertynyt yli-/alijäämä = Ed. tilikausien + Tilikauden yli-/alijäämä"
    static let solvencyRule = "Omavaraisuusaste, % = 100 × (Oma pääoma + Poistoero) / (Vastattavaa − Saadut ennakot)"

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var out: [(Int, Check)] = []
        for (t, table) in tables.enumerated() {
            let keys = table.rows.map { StatementVocabulary.key($0.label) }
            let accumulated = keys.indices.filter { keys[$0].hasPrefix("KERTYNYT YLI-/ALIJÄÄMÄ") && !keys[$0].contains("/AS") }
            let solvency = keys.indices.filter { keys[$0].hasPrefix("OMAVARAISUUSASTE") }
            guard !accumulated.isEmpty || !solvency.isEmpty else { continue }
            guard let (s, lines) = Self.source(for: t, in: tables) else { continue }
            let other = tables[s]
            let link = s == t ? nil : other.id
            func op(_ r: Int, _ c: Int, _ k: Int = 1) -> Check.Cell { .init(row: r, column: c, coefficient: k, table: link) }
            for r in accumulated {
                guard let previous = lines.previous, let current = lines.current else { break }
                for c in table.columns.indices {
                    guard let total = IdentitySupport.cell(table, r, c), let actual = total.value, total.unit != "%",
                          let a = IdentitySupport.cell(other, previous, c), let av = a.value,
                          let b = IdentitySupport.cell(other, current, c), let bv = b.value else { continue }
                    out.append((t, Check(rule: Self.accumulatedRule, column: c, row: r, table: link,
                                         operands: [op(previous, c), op(current, c)], expected: av + bv, actual: actual,
                                         tolerance: RoundingTolerance.sum(total: total, terms: [a, b]))))
                }
            }
            for r in solvency {
                guard let equity = lines.equity, let total = lines.total else { break }
                for c in table.columns.indices {
                    guard let cell = IdentitySupport.cell(table, r, c), let printed = cell.value,
                          let decimals = VarianceRule.decimals(in: cell.text),
                          let e = IdentitySupport.value(other, equity, c), let v = IdentitySupport.value(other, total, c) else { continue }
                    let reserve = lines.reserve.flatMap { IdentitySupport.value(other, $0, c) } ?? 0
                    let advances = lines.advances.compactMap { IdentitySupport.value(other, $0, c) }.reduce(0, +)
                    let denominator = v - advances
                    guard denominator > 0 else { continue }
                    let terms = 2 + lines.advances.count
                    let unit = RoundingTolerance.roundingUnit([IdentitySupport.cell(other, total, c)]).map { $0 * Decimal(terms) }
                    let (expected, tolerance) = RoundingTolerance.percent(numerator: e + reserve, denominator: denominator,
                                                                          decimals: decimals, operandUnit: unit)
                    var operands = [op(equity, c)]
                    if let reserve = lines.reserve { operands.append(op(reserve, c)) }
                    operands.append(op(total, c))
                    operands += lines.advances.map { op($0, c, -1) }
                    let check = Check(rule: Self.solvencyRule, column: c, row: r, table: link, operands: operands,
                                      expected: expected, actual: printed, tolerance: tolerance)
                    if check.outcome != .mismatch { out.append((t, check)) }
                }
            }
        }
        return out
    }

    /// The balance-sheet lines the key figures are computed from.
    struct Lines {
        var previous: Int?, current: Int?, equity: Int?, reserve: Int?, total: Int?
        var advances: [Int] = []
        var isEmpty: Bool { previous == nil && current == nil && (equity == nil || total == nil) }
    }

    /// The table holding the balance-sheet lines for the key figures of table `t`: itself, else
    /// the nearest earlier one with the same column headers and the same unit.
    static func source(for t: Int, in tables: [Table]) -> (Int, Lines)? {
        let own = lines(in: tables[t])
        if !own.isEmpty { return (t, own) }
        let table = tables[t]
        for s in stride(from: t - 1, through: max(0, t - 3), by: -1) {
            let other = tables[s]
            guard other.columns.map(\.header) == table.columns.map(\.header), !table.columns.allSatisfy({ $0.header.isEmpty }),
                  IdentitySupport.key(other.unit) == IdentitySupport.key(table.unit) else { continue }
            let found = lines(in: other)
            if !found.isEmpty { return (s, found) }
        }
        return nil
    }

    static func lines(in table: Table) -> Lines {
        var l = Lines()
        for (r, row) in table.rows.enumerated() where IdentitySupport.hasValues(row) {
            let k = StatementVocabulary.key(row.label)
            if k.hasSuffix("TILIKAUSIEN YLI-/ALIJÄÄMÄ") || k.hasSuffix("TILIKAUSIEN YLIJÄÄMÄ (ALIJÄÄMÄ)") { l.previous = r }
            if k == "TILIKAUDEN YLI-/ALIJÄÄMÄ" || k == "TILIKAUDEN YLIJÄÄMÄ (ALIJÄÄMÄ)" { l.current = r }
            if k == "OMA PÄÄOMA", l.equity == nil { l.equity = r }
            if k == "POISTOERO JA VAPAAEHTOISET VARAUKSET", l.reserve == nil { l.reserve = r }
            if k == "VASTATTAVAA" { l.total = r }
            if k == "SAADUT ENNAKOT" { l.advances.append(r) }
        }
        return l
    }
}
