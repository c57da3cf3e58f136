import Foundation

/// A percentage column = 100 × one value column / another, rounded to the printed decimals:
/// Tot-% and Käyttö-% (actual / budget), Toteuma %, Muutos % (change / old), Poikkeama %. The pair
/// is found by ColumnPairSearch; the rounding of the operands is allowed for
/// (RoundingTolerance.percent). A share of opposite-signed amounts printed as a magnitude is a
/// `sign` outcome. Rows with a zero denominator are skipped (Kauhava p125 prints
/// "0,0 %" there). Tables whose layout VarianceRule knows are left to it.
/// Proved on Kauhava TP 2024 p120 (Menot/Tulot Tot-%), p123 (Tot. %, Käyttö%, Muutos %), p124
/// (Tot. %), p125 (Toteuma %, Muutos %).
struct RatioColumnRule: TableIdentity {
    func checks(in table: Table) -> [Check] {
        guard VarianceRule.layout(of: table) == nil else { return [] }
        var out: [Check] = []
        let h = table.columns.map(\.header)
        for p in table.columns.indices where table.columns[p].unit == "%" {
            let sources = ColumnPairSearch.sources(left: p, in: table) { _ in false }
            let isChange = table.columns[p].kind == .muutos
            let isVariance = table.columns[p].kind == .poikkeama
            // The pair search tries every pair on every row; a row whose print is far outside
            // any rounding is a mismatch without its tolerance (four more exact divisions), and
            // the best pair's checks are then built whole (issue 8: most of this rule's cost).
            func check(_ a: Int, _ b: Int, _ r: Int, exact: Bool) -> Check? {
                guard let cell = IdentitySupport.cell(table, r, p), let printed = cell.value,
                      let decimals = VarianceRule.decimals(in: cell.text),
                      let numerator = IdentitySupport.value(table, r, a),
                      let denominator = IdentitySupport.value(table, r, b), denominator != 0,
                      IdentitySupport.cell(table, r, a)?.unit != "%", IdentitySupport.cell(table, r, b)?.unit != "%"
                else { return nil }
                let unit = RoundingTolerance.roundingUnit([IdentitySupport.cell(table, r, a), IdentitySupport.cell(table, r, b)])
                let (expected, tolerance) = exact
                    ? RoundingTolerance.percent(numerator: numerator, denominator: denominator, decimals: decimals, operandUnit: unit)
                    : RoundingTolerance.percentOrFar(numerator: numerator, denominator: denominator, decimals: decimals,
                                                     operandUnit: unit, printed: printed)
                var check = Check(rule: "\(h[p]) = \(h[a]) / \(h[b]) × 100", column: p, row: r,
                                  operands: [.init(row: r, column: a), .init(row: r, column: b)],
                                  expected: expected, actual: printed, tolerance: tolerance)
                if isChange || isVariance {
                    check.alternative = -expected
                    check.convention = isChange ? nil : VarianceRule.reversedConvention
                } else if (numerator < 0) != (denominator < 0) {
                    // A share of opposite-signed amounts has no meaningful sign: the share used is
                    // printed as a magnitude (Lapua sivla p18, Varhaiskasvatus: Tot. +1 581 of
                    // TA -20 000 printed 7,9 %), which the field does without a second example.
                    check.alternative = -expected
                    check.convention = nil
                }
                return check
            }
            out += ColumnPairSearch.best(pairsFrom: sources, target: p, rows: table.rows.indices,
                                         make: { check($0, $1, $2, exact: false) }, nonTrivial: { $0.actual != 0 },
                                         exact: { check($0, $1, $2, exact: true) })
        }
        return IdentitySupport.ordered(out)
    }
}
