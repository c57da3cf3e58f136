import Foundation

/// A key figure per resident printed under its amount in the same table: "Vuosikate, €/asukas"
/// = 1000 × Vuosikate (1 000 €) / Asukasmäärä, "Kertynyt yli-/alijäämä, €/asukas" = 1000 ×
/// "Kertynyt yli-/alijäämä, 1000 €" / Asukasmäärä, likewise "Lainakanta 31.12., €/as." and
/// "Lainat ja vastuut, €/as" (Kauhava TP 2024 p30, p35, p47 and the group's p52).
///
/// The amount is the row whose label starts with the text before ", €/as…"; the residents the
/// row labelled "(Kunnan) asukasmäärä". The amount is in thousands when its label or the table's
/// unit says "1 000 €". The printed figure is the quotient rounded to its printed decimals; the
/// rounding of the amount (half a unit of its last digit) is allowed for. A figure printed with
/// decimals that are all zero ("2 329,0", p52) was rounded to whole euros and is compared so.
///
/// Which amount a document divides is its own choice, and the unit line may be lost or say
/// "1 000 euroa": the synthetic statements print per-resident figures that follow from no printed
/// row (synth-1000-16 "Vuosikate, €/asukas" 58 beside Vuosikate 2 727 without a unit). So the
/// label proves the formula only where it holds: a figure that does not follow gives no check,
/// never a flag.
struct PerResidentRule: TableIdentity {
    static let rule = "€/asukas = amount × scale / Asukasmäärä"

    func checks(in table: Table) -> [Check] {
        let keys = table.rows.map { IdentitySupport.key($0.label) }
        guard let residents = keys.firstIndex(where: { Self.mayNameResidents($0) && $0.contains("ASUKASMÄÄRÄ") && !$0.contains("€") })
        else { return [] }
        var out: [Check] = []
        for r in keys.indices {
            // Foundation's search costs ~20 000 instructions a label (issue 8); a key without the
            // scalar "€" cannot hold ", €/AS" (€ has no decomposition), so only those are searched.
            guard keys[r].unicodeScalars.contains("€"), let cut = keys[r].range(of: ", €/AS") else { continue }
            let base = String(keys[r][..<cut.lowerBound])
            guard !base.isEmpty, let amount = Self.row(named: base, near: r, keys: keys) else { continue }
            let unit = IdentitySupport.key(table.unit)
            let scales: [Decimal] = Self.inThousands(keys[amount]) || Self.inThousands(unit) ? [1000]
                : (unit.isEmpty ? [1000, 1] : [1])
            for c in table.columns.indices {
                guard let cell = IdentitySupport.cell(table, r, c), let printed = cell.value,
                      let decimals = VarianceRule.decimals(in: cell.text),
                      let amountCell = IdentitySupport.cell(table, amount, c), let a = amountCell.value, amountCell.unit != "%",
                      let n = IdentitySupport.value(table, residents, c), n > 0 else { continue }
                // Reported only where it holds (see the type's comment), with the unit's scale, or
                // for a table that prints no unit the scale that makes it hold.
                let holding = scales.lazy.map {
                    Self.check(row: r, column: c, printed: printed, decimals: decimals,
                               amount: (amount, a, RoundingTolerance.decimals(amountCell) ?? 0),
                               residents: (residents, n), scale: $0)
                }.first { $0.outcome != .mismatch }
                if let holding { out.append(holding) }
            }
        }
        return IdentitySupport.ordered(out)
    }

    static func check(row: Int, column: Int, printed: Decimal, decimals: Int,
                      amount: (row: Int, value: Decimal, decimals: Int), residents: (row: Int, value: Decimal),
                      scale: Decimal) -> Check {
        func figure(_ a: Decimal, _ d: Int) -> Decimal { VarianceRule.rounded(a * scale / residents.value, decimals: d) }
        var expected = figure(amount.value, decimals)
        let h = RoundingTolerance.unit(decimals: amount.decimals) / 2
        var tolerance = max((figure(amount.value + h, decimals) - expected).magnitude,
                            (figure(amount.value - h, decimals) - expected).magnitude)
        if decimals > 0, printed == VarianceRule.rounded(printed, decimals: 0), expected != printed {
            let whole = figure(amount.value, 0)
            if whole == printed {
                tolerance = max(tolerance, (expected - printed).magnitude)
            } else {
                expected = whole
            }
        }
        return Check(rule: rule, column: column, row: row,
                     operands: [.init(row: amount.row, column: column), .init(row: residents.row, column: column)],
                     expected: expected, actual: printed, tolerance: tolerance)
    }

    /// The nearest other row whose label is `base` or starts with it followed by "," or " " (not a
    /// key figure itself: no "%" and no "€/as").
    static func row(named base: String, near r: Int, keys: [String]) -> Int? {
        keys.indices.filter { i in
            i != r && !keys[i].contains("%") && !keys[i].contains("€/AS")
                && (keys[i] == base || keys[i].hasPrefix(base + ",") || keys[i].hasPrefix(base + " "))
        }.min { (abs($0 - r), $0) < (abs($1 - r), $1) }
    }

    /// Whether a key can hold "ASUKASMÄÄRÄ" (issue 8: Foundation's search over every row key of
    /// every table was 14 M instructions on the state budget). That search matches canonically
    /// equivalent text, and its "ASUKASM" can only come from those ASCII bytes, with the Kelvin
    /// sign for K (every other scalar decomposing to one of A, S, U, K, M carries a mark, which
    /// would stand between two of the letters): a key with neither cannot hold it.
    static func mayNameResidents(_ key: String) -> Bool {
        KeyBytes.contains(key, residentsPrefix) || KeyBytes.contains(key, KeyBytes.kelvinSign)
    }

    private static let residentsPrefix = Array("ASUKASM".utf8)

    static func inThousands(_ key: String) -> Bool {
        ["1000 €", "1 000 €", "1000€", "1 000€", "1000 EUROA", "1 000 EUROA"].contains { key.contains($0) }
    }
}
