import Foundation

/// A key figure whose label names its ratio, printed under the statement it is computed from:
/// "Toimintatuotot/Toimintakulut, %" = 100 × Toimintatuotot / Toimintakulut and "Vuosikate/Poistot,
/// %" = 100 × Vuosikate / Poistot ja arvonalentumiset (Kauhava TP 2024 p30 and the group's p47).
///
/// Each part of the label names the nearest row whose label is that part or starts with it and a
/// space ("Poistot" → "Poistot ja arvonalentumiset"); a part that names no row gives no check. The
/// statements print costs unsigned (p30) or negative, and the ratio as a magnitude, so the ratio
/// of magnitudes is compared; the rounding of the operands is allowed for
/// (RoundingTolerance.percent).
///
/// Which rows a document divides is its own choice (planned depreciation only, or with
/// impairments; the synthetic statements print "Vuosikate/Poistot, %" 238,1 beside 28 407 588,73
/// / 12 779 164,53 = 222,3, synth-1000-06), so the label proves the formula only where it holds:
/// a ratio that does not follow gives no check and flags nothing. The price: Kauhava p30 2024
/// prints 16,8 % for 7 726 / 46 217 = 16,72 % (a source error the truth's notes name, (1)), and
/// that cell is left unverified rather than flagged.
struct LabelRatioRule: TableIdentity {
    func checks(in table: Table) -> [Check] {
        let keys = table.rows.map { IdentitySupport.key($0.label) }
        var out: [Check] = []
        for r in keys.indices {
            guard let parts = Self.parts(keys[r]),
                  let a = PerResidentRule.row(named: parts.0, near: r, keys: keys),
                  let b = PerResidentRule.row(named: parts.1, near: r, keys: keys), a != b else { continue }
            for c in table.columns.indices {
                guard let cell = IdentitySupport.cell(table, r, c), let printed = cell.value,
                      let decimals = VarianceRule.decimals(in: cell.text),
                      let numerator = IdentitySupport.value(table, a, c),
                      let denominator = IdentitySupport.value(table, b, c), denominator != 0 else { continue }
                let unit = RoundingTolerance.roundingUnit([IdentitySupport.cell(table, a, c), IdentitySupport.cell(table, b, c)])
                let (expected, tolerance) = RoundingTolerance.percent(numerator: numerator.magnitude, denominator: denominator.magnitude,
                                                                      decimals: decimals, operandUnit: unit)
                var check = Check(rule: "\(table.rows[r].label) = \(table.rows[a].label) / \(table.rows[b].label) × 100",
                                  column: c, row: r, operands: [.init(row: a, column: c), .init(row: b, column: c)],
                                  expected: expected, actual: printed, tolerance: tolerance)
                if printed < 0 {
                    // A ratio printed negative (costs printed negative): the sign says nothing.
                    check.alternative = -expected
                    check.convention = nil
                }
                // Reported only where it holds (see the type's comment).
                let holds = check.outcome != .mismatch
                    || Check.compare(-expected, printed, tolerance: tolerance) != .mismatch && printed < 0
                if holds { out.append(check) }
            }
        }
        return IdentitySupport.ordered(out)
    }

    /// "TOIMINTATUOTOT/TOIMINTAKULUT, %" → ("TOIMINTATUOTOT", "TOIMINTAKULUT"); nil for a label
    /// that is not "A/B, %" (or "A/B %").
    static func parts(_ key: String) -> (String, String)? {
        var k = Substring(key)
        if k.hasSuffix(", %") { k = k.dropLast(3) } else if k.hasSuffix(" %") { k = k.dropLast(2) } else { return nil }
        let pieces = k.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2 else { return nil }
        let a = pieces[0].trimmingCharacters(in: .whitespaces), b = pieces[1].trimmingCharacters(in: .whitespaces)
        guard !a.isEmpty, !b.isEmpty, !a.hasSuffix("-") else { return nil }
        return (a, b)
    }
}
