import Foundation

/// A column printed again in another table under another header, found by its values.
///
/// A financial statement prints its income statement twice in euros: the budget follow-up
/// (Kauhava TP 2024 p116, "Toteutuma", "Talousarvio muutosten jälkeen") and the statement itself
/// (p127 "2024", "2023"; p125 "Talousarvio €", "Toteuma €", "TP 2023"). The headers share no word
/// and no year, so `SameItemRule` cannot pair the columns; the values can: p127's 2024 equals
/// p116's Toteutuma in all 38 rows both print, p125's Talousarvio € equals p116's Talousarvio
/// muutosten jälkeen in all 32. The same holds for a vastuualue's käyttötalous against the
/// toimiala's (Kemijärvi konserni TA 2026 p4 against p8: TP 2024, TA+MUUTOS 2025, TPE 2025) and
/// for a monthly report's TA column against the month before (Lapua minutes p20 against p18).
///
/// Two tables within `window` tables of each other pair when they share at least `minimumRows`
/// labels (label and group, unique in each table); a column of one pairs with a column of the
/// other when every shared row that prints both agrees exactly and at least `minimumRows` of
/// them are not zero. Every row that prints both (zeros too, once the pair is proved) then gets a
/// check in the later table. Equality in that
/// many rows is no coincidence, but it says nothing when rows differ (another year, another
/// unit), so like `SameItemRule` this rule reports only agreement and never flags a cell.
struct AgreeingColumnsRule: DocumentIdentity {
    static let rule = "same column as in another table"
    static let window = 12
    static let minimumRows = 4

    func checks(in tables: [Table]) -> [(Int, Check)] {
        // Keyed by `LabelKey`: the entries and order of `String` keys, without normalising each
        // Finnish label for every lookup and comparison (LabelKey.swift).
        let keys: [[LabelKey: Int]] = tables.map { table in
            var seen: [LabelKey: Int] = [:]
            for (r, row) in table.rows.enumerated() where IdentitySupport.hasValues(row) {
                let key = LabelKey(IdentitySupport.key(row.label) + "|" + IdentitySupport.key(row.group))
                guard key.characterCount > 4 else { continue }
                seen[key] = seen[key] == nil ? r : -1
            }
            return seen.filter { $0.value >= 0 }
        }
        var out: [(Int, Check)] = []
        for j in tables.indices {
            for i in max(0, j - Self.window)..<j where tables[i].id != tables[j].id {
                let rows = keys[j].compactMap { key, later in keys[i][key].map { (key: key, later: later, earlier: $0) } }
                    .sorted { $0.key < $1.key }.map { (later: $0.later, earlier: $0.earlier) }
                guard rows.count >= Self.minimumRows,
                      SameItemRule.scale(tables[i]) == SameItemRule.scale(tables[j]) else { continue }
                out += Self.checks(later: j, earlier: i, rows: rows, tables: tables)
            }
        }
        return out.sorted { ($0.0, $0.1.row, $0.1.column) < ($1.0, $1.1.row, $1.1.column) }
    }

    static func checks(later j: Int, earlier i: Int, rows: [(later: Int, earlier: Int)], tables: [Table]) -> [(Int, Check)] {
        let a = tables[j], b = tables[i]
        var out: [(Int, Check)] = []
        for ca in IdentitySupport.additiveColumns(a) {
            for cb in IdentitySupport.additiveColumns(b) {
                var agreeing: [(Int, Int, Decimal)] = []
                var differs = false
                for (ra, rb) in rows {
                    guard let va = IdentitySupport.value(a, ra, ca), let vb = IdentitySupport.value(b, rb, cb),
                          !IdentitySupport.isPercentCell(a, ra, ca), !IdentitySupport.isPercentCell(b, rb, cb) else { continue }
                    if va != vb { differs = true; break }
                    agreeing.append((ra, rb, va))
                }
                // Zeros agree with any zero column: the pairing is proved by the rows that are not.
                guard !differs, agreeing.filter({ $0.2 != 0 }).count >= minimumRows else { continue }
                for (ra, rb, v) in agreeing {
                    out.append((j, Check(rule: rule, column: ca, row: ra, table: b.id,
                                         operands: [.init(row: rb, column: cb)], expected: v, actual: v, tolerance: 0)))
                }
            }
        }
        return out
    }
}
