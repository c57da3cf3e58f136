import Foundation

/// A fixed asset that neither grew nor was sold in the year is last year's book value less the
/// year's planned depreciation of the income statement: "Koneet ja kalusto" 31.12.2024 =
/// 31.12.2023 + "Suunnitelman mukaiset poistot" 2024 (Koha-Suomi Oy TP 2024: tase p4 1 741,52 →
/// 1 306,13, tuloslaskelma p3 −435,39). The identity holds only in a year without investments
/// or disposals, which the statements do not say, so it is reported only where it holds (and the
/// asset changed): it never flags a cell, and a municipality that invests every year gets no check.
///
/// The lines are the balance sheet's rows down to its "Pysyvät vastaavat" total (the fixed
/// assets, each item and group), the depreciation is the one "Suunnitelman mukaiset poistot" row of
/// another table with the later year's column, printed negative (a cost) or unsigned; both tables
/// in the same unit. Years pair as in `CarryOverRule` (a year column with the one of the year before).
struct DepreciationOnlyChangeRule: DocumentIdentity {
    static let rule = "fixed asset = last year's value − the year's planned depreciation"
    static let fixedAssets = "PYSYVÄT VASTAAVAT"
    static let depreciation = "SUUNNITELMAN MUKAISET POISTOT"

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var out: [(Int, Check)] = []
        for (t, sheet) in tables.enumerated() {
            let keys = sheet.rows.map { StatementVocabulary.key($0.label) }
            guard let end = keys.firstIndex(of: Self.fixedAssets) else { continue }
            for (u, income) in tables.enumerated() where u != t && income.id != sheet.id {
                let rows = income.rows.indices.filter {
                    IdentitySupport.hasValues(income.rows[$0]) && StatementVocabulary.key(income.rows[$0].label) == Self.depreciation
                }
                guard rows.count == 1, SameItemRule.scale(income) == SameItemRule.scale(sheet) else { continue }
                let found = Self.checks(sheet: sheet, through: end, income: income, row: rows[0])
                out += found.map { (t, $0) }
                if !found.isEmpty { break }
            }
        }
        return out
    }

    static func checks(sheet: Table, through end: Int, income: Table, row p: Int) -> [Check] {
        var out: [Check] = []
        for now in sheet.columns.indices {
            guard let year = Self.year(sheet.columns[now]),
                  let before = sheet.columns.indices.first(where: { Self.year(sheet.columns[$0]) == year - 1 }),
                  let dc = income.columns.indices.first(where: { Self.year(income.columns[$0]) == year }),
                  let printedDepreciation = IdentitySupport.value(income, p, dc), printedDepreciation != 0 else { continue }
            // A cost printed negative is added; printed unsigned, it is subtracted.
            let coefficient = printedDepreciation < 0 ? 1 : -1
            for r in 0...end {
                guard let closing = IdentitySupport.value(sheet, r, now), let opening = IdentitySupport.value(sheet, r, before),
                      closing != opening else { continue }
                let expected = opening + Decimal(coefficient) * printedDepreciation
                guard expected == closing else { continue }
                out.append(Check(rule: rule, column: now, row: r, table: income.id,
                                 operands: [.init(row: r, column: before, coefficient: 1, table: sheet.id),
                                            .init(row: p, column: dc, coefficient: coefficient)],
                                 expected: expected, actual: closing, tolerance: 0))
            }
        }
        return out
    }

    /// A plain-year or TP column's year (not a budget or change column).
    static func year(_ column: Column) -> Int? {
        column.kind == nil || column.kind == .tp ? column.year : nil
    }
}
