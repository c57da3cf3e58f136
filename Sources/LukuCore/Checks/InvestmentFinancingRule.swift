import Foundation

/// The cash-flow statement's key figure "Investointien tulorahoitus, %" (the kuntajaosto's
/// formula): 100 × Vuosikate / (Investointimenot − Rahoitusosuudet investointimenoihin), the
/// share of the investments' own cost that the year's cash surplus financed.
///
/// Proved on Kauhava TP 2024 p33 (1 000 €: 9 552 / (12 332 − 462) = 80,5 %; 2023 60,2 %) and the
/// synthetic statements synth-1000-00 (Word, euros with cents: 59 160 576,44 / (42 619 376,89 −
/// 4 071 823,54) = 153,5), synth-1000-01 and -04 (HTML, 1 000 €, investments printed negative)
/// and synth-1000-18 (Word, euros). The statement prints investments unsigned (Kauhava) or
/// negative (the synthetic ones), so magnitudes are used: own cost = |Investointimenot| −
/// |Rahoitusosuudet|. The three rows are the nearest ones with those names in the same table.
///
/// The figure is checked in every column where its three operands print numbers, but only in a
/// table where it holds in at least one column: a document that defines it otherwise (with the
/// sales of fixed assets, say) then gets no check rather than flags on correct cells.
/// Rounding: the ratio's range when each operand moves within half a unit (the own cost is a
/// difference, so its half units add up: `RoundingTolerance.percent` with twice the unit).
struct InvestmentFinancingRule: TableIdentity {
    static let figure = "INVESTOINTIEN TULORAHOITUS"
    static let surplus = "VUOSIKATE"
    static let investments = "INVESTOINTIMENOT"
    static let contributions = "RAHOITUSOSUUDET INVESTOINT"  // -EIHIN, -IMENOIHIN

    func checks(in table: Table) -> [Check] {
        let keys = table.rows.map { StatementVocabulary.key($0.label) }
        var out: [Check] = []
        for r in keys.indices where keys[r].hasPrefix(Self.figure) {
            guard let a = Self.nearest(r, keys) { $0 == Self.surplus },
                  let b = Self.nearest(r, keys, { $0 == Self.investments }),
                  let c = Self.nearest(r, keys, { $0.hasPrefix(Self.contributions) }) else { continue }
            var found: [Check] = []
            for column in table.columns.indices {
                guard let cell = IdentitySupport.cell(table, r, column), let printed = cell.value,
                      let decimals = VarianceRule.decimals(in: cell.text),
                      let vuosikate = IdentitySupport.value(table, a, column),
                      let menot = IdentitySupport.value(table, b, column),
                      let osuudet = IdentitySupport.value(table, c, column) else { continue }
                let ownCost = menot.magnitude - osuudet.magnitude
                guard ownCost != 0 else { continue }
                let unit = RoundingTolerance.roundingUnit([a, b, c].map { IdentitySupport.cell(table, $0, column) })
                let (expected, tolerance) = RoundingTolerance.percent(numerator: vuosikate, denominator: ownCost,
                                                                      decimals: decimals, operandUnit: unit.map { $0 * 2 })
                found.append(Check(rule: "Investointien tulorahoitus = Vuosikate / (Investointimenot − Rahoitusosuudet) × 100",
                                   column: column, row: r,
                                   operands: [.init(row: a, column: column), .init(row: b, column: column),
                                              .init(row: c, column: column, coefficient: -1)],
                                   expected: expected, actual: printed, tolerance: tolerance))
            }
            if found.contains(where: { $0.outcome != .mismatch }) { out += found }
        }
        return IdentitySupport.ordered(out)
    }

    /// The row nearest to `r` whose key satisfies `test` (the earlier one on a tie).
    static func nearest(_ r: Int, _ keys: [String], _ test: (String) -> Bool) -> Int? {
        keys.indices.filter { $0 != r && test(keys[$0]) }.min { (abs($0 - r), $0) < (abs($1 - r), $1) }
    }
}
