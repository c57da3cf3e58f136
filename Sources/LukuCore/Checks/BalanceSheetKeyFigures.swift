import Foundation

/// The statutory balance-sheet key figures (taseen tunnusluvut, printed under every municipal
/// tase) computed from the balance sheet they describe:
/// - "Kertynyt yli-/alijäämä, 1 000 €" = Edellisten tilikausien yli-/alijäämä + Tilikauden
///   yli-/alijäämä (an exact sum of two balance-sheet lines, rounding allowed for);
/// - "Omavaraisuusaste, %" = 100 × (Oma pääoma + Poistoero ja vapaaehtoiset varaukset) /
///   (Vastattavaa − Saadut ennakot), the Kirjanpitolautakunta's formula;
/// - "Suhteellinen velkaantuneisuus, %" = 100 × (Vieras pääoma − Saadut ennakot) / käyttötulot
///   (Toimintatuotot + Verotulot + Valtionosuudet of the income statement before it);
/// - "Lainasaamiset, 1000 €" = the loans among the investments (Muut lainasaamiset +
///   Joukkovelkakirjalainasaamiset of the vastaavaa side).
/// Proved on Kauhava TP 2024 p35 (the key figures printed under VASTATTAVAA, 1 000 €: 13 770 +
/// 4 291 = 18 061; 100 × (54 712 + 927) / (138 421 − 495) = 40,3; 100 × (81 710 − 495) /
/// (7 726 + 33 595 + 15 121) = 143,9 with the p30 tuloslaskelma; Lainasaamiset 2 595) and the
/// synthetic statements that print them under the tase or in a table of their own (Kertynyt:
/// synth 01, 06, 13, 23, the last two over a tase in euros; Omavaraisuusaste: synth 01, 06, 23).
///
/// The balance-sheet lines are looked for in the key figure's own table, else in the nearest
/// earlier table (up to three back) that has them and the same column headers; columns pair by
/// position. The amounts are in the same unit (the same table, or the same unit line), or the
/// figure's label says 1 000 € over a balance sheet that names no thousands (see below). The
/// shares' formulas and the loans' lines have variants in the field (an older share leaves
/// Poistoero out; some count long-term receivables as loans), so a share or a loan figure that
/// does not follow gives no check, never a flag; the Kertynyt sum is checked either way. The
/// income statement and the vastaavaa side are looked for up to `reach` tables back, with the
/// same column headers and unit.
struct BalanceSheetKeyFigures: DocumentIdentity {
    static let accumulatedRule = "Kertynyt yli-/alijäämä = Ed. tilikausien + Tilikauden yli-/alijäämä"
    static let solvencyRule = "Omavaraisuusaste, % = 100 × (Oma pääoma + Poistoero) / (Vastattavaa − Saadut ennakot)"
    static let indebtednessRule = "Suhteellinen velkaantuneisuus, % = 100 × (Vieras pääoma − Saadut ennakot) / käyttötulot"
    static let lendingRule = "Lainasaamiset = Muut lainasaamiset + Joukkovelkakirjalainasaamiset"
    static let reach = 8

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var out: [(Int, Check)] = []
        for (t, table) in tables.enumerated() {
            let keys = table.rows.map { StatementVocabulary.key($0.label) }
            let accumulated = keys.indices.filter { keys[$0].hasPrefix("KERTYNYT YLI-/ALIJÄÄMÄ") && !keys[$0].contains("/AS") }
            let solvency = keys.indices.filter { keys[$0].hasPrefix("OMAVARAISUUSASTE") }
            let indebtedness = keys.indices.filter { keys[$0].hasPrefix("SUHTEELLINEN VELKAANTUNEISUUS") }
            let lending = keys.indices.filter { keys[$0].hasPrefix("LAINASAAMISET,") && !keys[$0].contains("/AS") }
            out += Self.lendingChecks(tables, t, rows: lending)
            out += Self.indebtednessChecks(tables, t, rows: indebtedness)
            guard !accumulated.isEmpty || !solvency.isEmpty else { continue }
            guard let (s, lines) = Self.source(for: t, in: tables) else { continue }
            let other = tables[s]
            let link = s == t ? nil : other.id
            func op(_ r: Int, _ c: Int, _ k: Int = 1) -> Check.Cell { .init(row: r, column: c, coefficient: k, table: link) }
            for r in accumulated {
                guard let previous = lines.previous, let current = lines.current else { break }
                // A figure labelled in 1 000 € over a balance sheet that names no thousands
                // (synth-1000-06 and -23: euros with cents, no unit line) is the euros / 1000; as
                // the unit line may be lost, that reading is reported only where it holds.
                let scaled = Self.inThousands(keys[r]) && !CashBalanceRule.thousands(other.unit)
                for c in table.columns.indices {
                    guard let total = IdentitySupport.cell(table, r, c), let actual = total.value, total.unit != "%",
                          let a = IdentitySupport.cell(other, previous, c), let av = a.value,
                          let b = IdentitySupport.cell(other, current, c), let bv = b.value else { continue }
                    let operands = [op(previous, c), op(current, c)]
                    let exact = Check(rule: Self.accumulatedRule, column: c, row: r, table: link, operands: operands,
                                      expected: av + bv, actual: actual, tolerance: RoundingTolerance.sum(total: total, terms: [a, b]))
                    guard scaled else { out.append((t, exact)); continue }
                    let thousands = Check(rule: Self.accumulatedRule + " (euros / 1000)", column: c, row: r, table: link,
                                          operands: operands, expected: VarianceRule.rounded((av + bv) / 1000, decimals: 0),
                                          actual: actual, tolerance: 1)
                    if let holding = [exact, thousands].first(where: { $0.outcome != .mismatch }) { out.append((t, holding)) }
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

    /// The nearest table up to `reach` back (or `t` itself) with `t`'s column headers and unit
    /// where `found` finds its rows.
    static func nearest<T>(_ tables: [Table], _ t: Int, _ found: (Table) -> T?) -> (Int, T)? {
        let table = tables[t]
        if let own = found(table) { return (t, own) }
        guard !table.columns.allSatisfy({ $0.header.isEmpty }) else { return nil }
        for s in stride(from: t - 1, through: max(0, t - reach), by: -1) {
            let other = tables[s]
            guard other.columns.map(\.header) == table.columns.map(\.header),
                  IdentitySupport.key(other.unit) == IdentitySupport.key(table.unit), let f = found(other) else { continue }
            return (s, f)
        }
        return nil
    }

    /// The rows of `keys` (statement keys) in `table` that hold values, or nil when one is missing.
    static func rows(_ table: Table, _ wanted: [String]) -> [Int]? {
        var out: [Int] = []
        for w in wanted {
            guard let r = table.rows.indices.first(where: {
                StatementVocabulary.key(table.rows[$0].label) == w && IdentitySupport.hasValues(table.rows[$0])
            }) else { return nil }
            out.append(r)
        }
        return out
    }

    /// Lainasaamiset = the loans among the investments, where it holds.
    static func lendingChecks(_ tables: [Table], _ t: Int, rows: [Int]) -> [(Int, Check)] {
        guard !rows.isEmpty, let (s, loans) = nearest(tables, t, { table -> [Int]? in
            let found = table.rows.indices.filter {
                let k = StatementVocabulary.key(table.rows[$0].label)
                return (k == "MUUT LAINASAAMISET" || k == "JOUKKOVELKAKIRJALAINASAAMISET") && IdentitySupport.hasValues(table.rows[$0])
            }
            return found.isEmpty ? nil : found
        }) else { return [] }
        let table = tables[t], other = tables[s]
        let link = s == t ? nil : other.id
        var out: [(Int, Check)] = []
        for r in rows {
            for c in table.columns.indices {
                guard let total = IdentitySupport.cell(table, r, c), let actual = total.value, total.unit != "%" else { continue }
                let cells = loans.map { IdentitySupport.cell(other, $0, c) }
                guard cells.allSatisfy({ $0?.value != nil }) else { continue }
                let check = Check(rule: lendingRule, column: c, row: r, table: link,
                                  operands: loans.map { .init(row: $0, column: c, table: link) },
                                  expected: cells.compactMap { $0?.value }.reduce(0, +), actual: actual,
                                  tolerance: RoundingTolerance.sum(total: total, terms: cells))
                if check.outcome != .mismatch { out.append((t, check)) }
            }
        }
        return out
    }

    /// Suhteellinen velkaantuneisuus from the balance sheet and the income statement, where it holds.
    static func indebtednessChecks(_ tables: [Table], _ t: Int, rows: [Int]) -> [(Int, Check)] {
        guard !rows.isEmpty,
              let (s, debt) = nearest(tables, t, { table -> (Int, [Int])? in
                  guard let d = Self.rows(table, ["VIERAS PÄÄOMA"]) else { return nil }
                  return (d[0], Self.lines(in: table).advances)
              }),
              let (i, income) = nearest(tables, t, { Self.rows($0, ["TOIMINTATUOTOT", "VEROTULOT", "VALTIONOSUUDET"]) })
        else { return [] }
        let table = tables[t], sheet = tables[s], statement = tables[i]
        var out: [(Int, Check)] = []
        for r in rows {
            for c in table.columns.indices {
                guard let cell = IdentitySupport.cell(table, r, c), let printed = cell.value,
                      let decimals = VarianceRule.decimals(in: cell.text),
                      let v = IdentitySupport.value(sheet, debt.0, c) else { continue }
                let revenue = income.compactMap { IdentitySupport.value(statement, $0, c) }
                guard revenue.count == income.count else { continue }
                let denominator = revenue.reduce(0, +)
                let advances = debt.1.compactMap { IdentitySupport.value(sheet, $0, c) }.reduce(0, +)
                guard denominator > 0 else { continue }
                let unit = RoundingTolerance.roundingUnit([IdentitySupport.cell(sheet, debt.0, c)]).map { $0 * 3 }
                let (expected, tolerance) = RoundingTolerance.percent(numerator: v - advances, denominator: denominator,
                                                                      decimals: decimals, operandUnit: unit)
                // Operands in another table than the check's `table` name their own (luku.document/4).
                let link: String? = i != t ? statement.id : (s != t ? sheet.id : nil)
                let sheetLink = link == nil ? nil : sheet.id, statementLink = link == nil ? nil : statement.id
                var operands = [Check.Cell(row: debt.0, column: c, table: sheetLink)]
                operands += debt.1.map { .init(row: $0, column: c, coefficient: -1, table: sheetLink) }
                operands += income.map { .init(row: $0, column: c, table: statementLink) }
                let check = Check(rule: indebtednessRule, column: c, row: r, table: link,
                                  operands: operands, expected: expected, actual: printed, tolerance: tolerance)
                if check.outcome != .mismatch { out.append((t, check)) }
            }
        }
        return out
    }

    /// Whether a key figure's label names thousands ("Kertynyt yli-/alijäämä, 1 000 €").
    static func inThousands(_ key: String) -> Bool {
        let k = key.replacingOccurrences(of: " ", with: "")
        return k.contains("1000€") || k.contains("1000EUR") || k.contains("T€")
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
