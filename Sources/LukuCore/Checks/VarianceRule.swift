import Foundation

/// The appropriation table's difference columns, laid out [A, B, diff €, diff %] (the % column is
/// optional):
/// - POIKKEAMA € = actual − budget (TP − TA, Toteutuma − TA); POIKKEAMA % = POIKKEAMA € / budget × 100.
/// - MUUTOS € = new − old; its printed sign is not consistent (DOMAIN), so a MUUTOS that holds
///   only with the other sign is a `sign` outcome; `expected` keeps the arithmetic sign and
///   `actual` the printed one. MUUTOS % = MUUTOS € / old × 100, likewise.
/// - A POIKKEAMA printed as budget − actual is a `sign` outcome when another check of the document
///   holds only under that convention too (IdentityChecker), else a mismatch.
/// Percentages are rounded half away from zero to the printed number of decimals, within the
/// range the rounding of their operands allows (RoundingTolerance).
///
/// Nothing is emitted unless the layout is exactly that: two period columns (for POIKKEAMA one
/// actual-like and one budget-like kind; for MUUTOS two years, old before new) followed by the €
/// column and optionally the % column of the same kind.
struct VarianceRule: TableIdentity {
    static let actualKinds: Set<ColumnKind> = [.tp, .tot, .tpe, .kaytto]
    static let budgetKinds: Set<ColumnKind> = [.ta, .taMuutos, .mta, .ks, .taMuutokset]
    /// The sign convention a POIKKEAMA printed as budget − actual follows.
    static let reversedConvention = "POIKKEAMA = budget − actual"

    /// The identified columns: `base` is the column the % is relative to and the one subtracted.
    struct Layout: Equatable {
        var kind: ColumnKind
        var base: Int
        var other: Int
        var amount: Int
        var percent: Int?
    }

    func checks(in table: Table) -> [Check] {
        guard let layout = Self.layout(of: table) else { return [] }
        let h = table.columns.map(\.header)
        let magnitude = layout.kind == .muutos
        let amountRule = magnitude
            ? "|\(h[layout.amount])| = |\(h[layout.other]) − \(h[layout.base])|"
            : "\(h[layout.amount]) = \(h[layout.other]) − \(h[layout.base])"
        let percentRule = layout.percent.map { p in
            magnitude
                ? "|\(h[p])| = |\(h[layout.amount]) / \(h[layout.base]) × 100|"
                : "\(h[p]) = \(h[layout.amount]) / \(h[layout.base]) × 100"
        }
        var out: [Check] = []
        for r in table.rows.indices {
            guard let base = IdentitySupport.value(table, r, layout.base),
                  var check = IdentitySupport.sumCheck(
                    table, rule: amountRule, row: r, column: layout.amount,
                    operands: [.init(row: r, column: layout.other), .init(row: r, column: layout.base, coefficient: -1)])
            else { continue }
            let difference = check.expected
            let amount = check.actual
            // The other convention: MUUTOS signs are not consistent in the field (accepted without a
            // second example); a POIKKEAMA printed as budget − actual needs one elsewhere.
            check.alternative = -difference
            check.convention = magnitude ? nil : Self.reversedConvention
            out.append(check)

            guard let p = layout.percent, let percentRule, base != 0,
                  let cell = table.rows[r].cells[p], let printed = cell.value,
                  let decimals = Self.decimals(in: cell.text) else { continue }
            // When only the sign of the printed amount differs, the % is computed from the
            // arithmetic difference, so the € sign difference does not show up twice.
            let sameMagnitude = difference.magnitude == amount.magnitude
            let numerator = magnitude && sameMagnitude ? difference : amount
            let unit = RoundingTolerance.roundingUnit([IdentitySupport.cell(table, r, layout.amount),
                                                      IdentitySupport.cell(table, r, layout.base)])
            let (expected, tolerance) = RoundingTolerance.percent(numerator: numerator, denominator: base,
                                                                  decimals: decimals, operandUnit: unit)
            var percent = Check(rule: percentRule, column: p, row: r,
                                operands: [.init(row: r, column: layout.amount), .init(row: r, column: layout.base)],
                                expected: expected, actual: printed, tolerance: tolerance)
            percent.alternative = -expected
            percent.convention = magnitude ? nil : Self.reversedConvention
            out.append(percent)
        }
        return IdentitySupport.ordered(out)
    }

    static func layout(of table: Table) -> Layout? {
        let columns = table.columns
        guard columns.count == 3 || columns.count == 4 else { return nil }
        let amount = columns[2]
        guard let kind = amount.kind, kind == .poikkeama || kind == .muutos, amount.unit == "€" else { return nil }
        var percent: Int?
        if columns.count == 4 {
            guard columns[3].kind == kind, columns[3].unit == "%" else { return nil }
            percent = 3
        }
        guard let a = columns[0].kind, let b = columns[1].kind else { return nil }
        if kind == .poikkeama {
            if budgetKinds.contains(a), actualKinds.contains(b) {
                return Layout(kind: kind, base: 0, other: 1, amount: 2, percent: percent)
            }
            if actualKinds.contains(a), budgetKinds.contains(b) {
                return Layout(kind: kind, base: 1, other: 0, amount: 2, percent: percent)
            }
            return nil
        }
        guard a != .poikkeama, a != .muutos, b != .poikkeama, b != .muutos,
              let oldYear = columns[0].year, let newYear = columns[1].year, oldYear < newYear else { return nil }
        return Layout(kind: kind, base: 0, other: 1, amount: 2, percent: percent)
    }

    /// Digits printed after the decimal comma (or point): "-5,2" → 1, "33,5 %" → 1, "14" → 0.
    /// Nil when the text is not a plain number with at most one separator.
    static func decimals(in text: String) -> Int? {
        let digitsAndSeparators = text.filter { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
        let parts = digitsAndSeparators.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        switch parts.count {
        case 1: return 0
        case 2: return parts[1].isEmpty ? nil : parts[1].count
        default: return nil
        }
    }

    /// `x` rounded half away from zero to `decimals` places.
    static func rounded(_ x: Decimal, decimals: Int) -> Decimal {
        var magnitude = x.magnitude
        var result = Decimal()
        NSDecimalRound(&result, &magnitude, decimals, .plain)
        return x < 0 ? -result : result
    }
}
