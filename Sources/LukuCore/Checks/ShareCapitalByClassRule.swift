import Foundation

/// The share capital by share class that a company's notes print ("Osakepääoma osakelajeittain":
/// Osakkeet ja osakesarjat | Kpl | Euroa) adds up to the balance sheet's "Osakepääoma" at the end
/// of the year the statements close (Koha-Suomi Oy TP 2024 p6: Osake 1 930 450 kpl, 229 908,22 €,
/// the tase p4 Osakepääoma 31.12.2024).
///
/// The share table is one with a count column ("Kpl") and a euro column ("Euroa", "EUR", "€");
/// its total is its one row with values, or its one "… yhteensä" row. The balance sheet's item is
/// the one "Osakepääoma" row of another table, in its latest year column (the date the notes are
/// given at). Only agreement is reported and no cell is flagged: a share table of another company
/// (a subsidiary's, in a group's notes) would give a difference that proves nothing.
struct ShareCapitalByClassRule: DocumentIdentity {
    static let rule = "share capital by class = Osakepääoma of the balance sheet"
    static let euroHeaders: Set<String> = ["EUROA", "EUR", "€", "EUROA €"]

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var out: [(Int, Check)] = []
        for (t, shares) in tables.enumerated() {
            let headers = shares.columns.map { IdentitySupport.key($0.header) }
            guard headers.contains("KPL"), let euros = headers.firstIndex(where: { Self.euroHeaders.contains($0) }),
                  let total = Self.total(shares), let printed = IdentitySupport.value(shares, total, euros), printed != 0
            else { continue }
            for (u, sheet) in tables.enumerated() where u != t && sheet.id != shares.id {
                let rows = sheet.rows.indices.filter {
                    IdentitySupport.hasValues(sheet.rows[$0]) && SameItemRule.wordKey(sheet.rows[$0].label) == "OSAKEPÄÄOMA"
                }
                let years = sheet.columns.indices.filter { sheet.columns[$0].year != nil && (sheet.columns[$0].kind == nil || sheet.columns[$0].kind == .tp) }
                guard rows.count == 1, SameItemRule.scale(sheet) == SameItemRule.scale(shares),
                      let latest = years.max(by: { sheet.columns[$0].year! < sheet.columns[$1].year! }),
                      years.filter({ sheet.columns[$0].year == sheet.columns[latest].year }).count == 1,
                      let value = IdentitySupport.value(sheet, rows[0], latest), value == printed else { continue }
                out.append((t, Check(rule: Self.rule, column: euros, row: total, table: sheet.id,
                                     operands: [.init(row: rows[0], column: latest)],
                                     expected: value, actual: printed, tolerance: 0)))
                break
            }
        }
        return out
    }

    /// The row holding the table's total: its one row with values, or its one "… yhteensä" row.
    static func total(_ table: Table) -> Int? {
        let filled = table.rows.indices.filter { IdentitySupport.hasValues(table.rows[$0]) }
        if filled.count == 1 { return filled[0] }
        let totals = filled.filter { IdentitySupport.key(table.rows[$0].label).hasSuffix("YHTEENSÄ") }
        return totals.count == 1 ? totals[0] : nil
    }
}
