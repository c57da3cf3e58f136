import Foundation

/// A board's savings block printed under its budget table (Lapua TA 2025 p3-p4, KH 4.11.2024):
/// "<board> on alittanut raamin" = the Ero raamiin of the Toimintakate row above it, and
/// "Säästötavoitetta jäljellä" = alittanut + Säästötavoite (Hyvla 9 207 − 260 200 = −250 993).
///
/// SIVISTYSLAUTAKUNTA prints its Ero raamiin with the opposite sign (Raami − TA), so its block
/// reads "Säästötavoitetta jäljellä" = Säästötavoite − alittanut (−1 759 900 + 281 425 =
/// −1 478 475): that is the `sign` outcome, which the truth's notes name as a source
/// inconsistency; no cell is flagged for it. The block is read where the layout stage put it, in
/// the board's table (the page prints it under the table's first value column with no header).
struct SavingsTargetRule: TableIdentity {
    static let rule = "savings block: Säästötavoitetta jäljellä = alittanut + Säästötavoite; alittanut = Ero raamiin"

    func checks(in table: Table) -> [Check] {
        let keys = table.rows.map { IdentitySupport.key($0.label) }
        guard let under = keys.firstIndex(where: { $0.hasSuffix("ALITTANUT RAAMIN") }),
              let target = keys.firstIndex(where: { $0 == "SÄÄSTÖTAVOITE" }),
              let column = table.columns.indices.first(where: { IdentitySupport.value(table, under, $0) != nil }) else { return [] }
        var out: [Check] = []
        if let left = keys.firstIndex(where: { $0.hasPrefix("SÄÄSTÖTAVOITETTA JÄLJELLÄ") }),
           var check = IdentitySupport.sumCheck(table, rule: Self.rule, row: left, column: column,
                                                operands: [.init(row: under, column: column), .init(row: target, column: column)]),
           let u = IdentitySupport.value(table, under, column), let t = IdentitySupport.value(table, target, column) {
            check.alternative = t - u
            check.convention = nil
            out.append(check)
        }
        if let kate = keys[..<under].lastIndex(where: { $0 == "TOIMINTAKATE" }),
           let ero = table.columns.indices.last(where: { IdentitySupport.key(table.columns[$0].header).hasPrefix("ERO") }),
           let printed = IdentitySupport.value(table, under, column), let difference = IdentitySupport.value(table, kate, ero) {
            out.append(Check(rule: Self.rule, column: column, row: under, operands: [.init(row: kate, column: ero)],
                             expected: difference, actual: printed))
        }
        return IdentitySupport.ordered(out)
    }
}
