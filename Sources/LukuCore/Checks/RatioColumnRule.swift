import Foundation

/// A percentage column = 100 × one value column / another, rounded to the printed decimals:
/// Tot-% and Käyttö-% (actual / budget), Toteuma %, Muutos % (change / old), Poikkeama %. The pair
/// is found by ColumnPairSearch; the rounding of the operands is allowed for
/// (RoundingTolerance.percent). A share of opposite-signed amounts printed as a magnitude is a
/// `sign` outcome. Rows with a zero denominator are skipped (Kauhava p125 prints
/// "0,0 %" there). Tables whose layout VarianceRule knows are left to it.
/// Proved on Kauhava TP 2024 p120 (Menot/Tulot Tot-%), p123 (Tot. %, Käyttö%, Muutos %), p124
/// (Tot. %), p125 (Toteuma %, Muutos %). A one-decimal column without a header beside whole-number
/// columns is tried too (Lapua minutes p18 opetustoiminta: "79,5" under a header left on p17).
struct RatioColumnRule: TableIdentity {
    func checks(in table: Table) -> [Check] {
        guard VarianceRule.layout(of: table) == nil else { return [] }
        var out: [Check] = []
        let h = table.columns.indices.map { table.columns[$0].header.isEmpty ? "column \($0 + 1)" : table.columns[$0].header }
        // A share column whose header was lost (IdentitySupport.unnamedShareColumns) is tried like
        // a named one; the pair search still demands that the ratio hold in most rows.
        let unnamedShares = Set(IdentitySupport.unnamedShareColumns(table))
        for p in table.columns.indices where table.columns[p].unit == "%" || unnamedShares.contains(p) {
            let sources = ColumnPairSearch.sources(left: p, in: table) { unnamedShares.contains($0) }
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
            let found = ColumnPairSearch.best(pairsFrom: sources, target: p, rows: table.rows.indices,
                                              make: { check($0, $1, $2, exact: false) }, nonTrivial: { $0.actual != 0 },
                                              exact: { check($0, $1, $2, exact: true) })
            out += found
            if let first = found.first, first.operands.count == 2 {
                out += Self.zeroBaseChecks(table, column: p, numerator: first.operands[0].column,
                                           denominator: first.operands[1].column, headers: h)
            }
        }
        return IdentitySupport.ordered(out)
    }

    /// Rows of a proven ratio column whose base is 0 and that print 0: the spreadsheet's share of
    /// nothing, printed "0,0 %" (Kauhava TP 2024 p125: Kertaluonteiset poistot, Satunnaiset
    /// tuotot ja kulut and Rahastojen muutos under Toteuma % and Muutos %). A row printing anything else over a zero base (Lapua minutes p18: "100")
    /// has no defined share and gets no check.
    static func zeroBaseChecks(_ table: Table, column p: Int, numerator a: Int, denominator b: Int, headers h: [String]) -> [Check] {
        table.rows.indices.compactMap { r in
            guard let cell = IdentitySupport.cell(table, r, p), cell.value == 0,
                  IdentitySupport.value(table, r, a) != nil, IdentitySupport.value(table, r, b) == 0 else { return nil }
            return Check(rule: "\(h[p]) = \(h[a]) / \(h[b]) × 100, 0 where \(h[b]) is 0", column: p, row: r,
                         operands: [.init(row: r, column: a), .init(row: r, column: b)], expected: 0, actual: 0)
        }
    }
}
