import Foundation

/// The sign conventions a two-sided identity (NETTOMENO from MENOT and TULOT, TOIMINTAKATE from
/// TOIMINTATUOTOT and TOIMINTAKULUT) is printed in. Costs are printed negative (the net is
/// income + costs), or unsigned with the net as a margin (income − costs), or unsigned with the
/// net as a cost (costs − income, a positive NETTOMENO or Toimintakate for a unit that spends):
/// the synthetic Word/HTML/sheet statements of ../shared/synth print all three (e.g. synth 14
/// Liikunta: MENOT 5 119 900, TULOT 716 600, NETTOMENO 4 403 300; synth 07 Työllisyyspalvelut:
/// Toimintakate 6 702 100 = 7 639 000 − 936 900).
///
/// A table uses one convention throughout, so the reading is the first that holds (ok or rounding)
/// in every column that can be computed, at least two of them (the only one in a one-column table);
/// holding everywhere is what tells a convention from a coincidence. The rule text names the
/// reading. When none holds everywhere, nil: the caller falls back to its column-by-column reading.
enum NetCostReading {
    struct Reading {
        var income: Int
        var costs: Int
        var name: String
    }

    /// Signed first, then the unsigned margin, then the unsigned net cost.
    static let readings = [
        Reading(income: 1, costs: 1, name: ""),
        Reading(income: 1, costs: -1, name: " (costs printed unsigned)"),
        Reading(income: -1, costs: 1, name: " (net printed as a cost)"),
    ]

    /// The checks of the first reading that holds in every column; `rule(name)` gives the rule text
    /// for a reading's suffix, `extras` are rows always added as printed.
    static func checks(_ table: Table, total: Int, income: Int, costs: Int, extras: [Int] = [], columns: [Int],
                       rule: (String) -> String) -> [Check]? {
        for reading in readings {
            let checks = columns.compactMap { c -> Check? in
                let operands = [Check.Cell(row: income, column: c, coefficient: reading.income),
                                Check.Cell(row: costs, column: c, coefficient: reading.costs)]
                    + extras.map { Check.Cell(row: $0, column: c, coefficient: reading.income) }
                return IdentitySupport.sumCheck(table, rule: rule(reading.name), row: total, column: c, operands: operands)
            }
            guard checks.count >= min(2, columns.count), !checks.isEmpty,
                  checks.allSatisfy({ $0.outcome != .mismatch }) else { continue }
            // A reading that needs a sign must show it: a column of zeros holds under every reading.
            if reading.name.isEmpty || checks.contains(where: { $0.actual != 0 }) { return checks }
        }
        return nil
    }
}
