import Foundation

/// The same amount printed under another name in a neighbouring table of the same unit.
///
/// A municipal budget section prints one amount up to four times, named by the table it is in
/// (design/DOMAIN.md): the määrärahat table's MENOT / TULOT / NETTOMENO are the käyttötalous
/// table's TOIMINTAKULUT / TOIMINTATUOTOT / TOIMINTAKATE/JÄÄMÄ and the cost-centre table's total
/// group ("Toimiala yhteensä", "Hallintopalvelut yhteensä", "Vastuualue yhteensä", "YHTEENSÄ");
/// the Tunnusluvut table's "Henkilöstömenot €" and "Palvelujen ostot €" are the käyttötalous
/// table's "Henkilöstökulut" and "Palvelujen ostot". Proved on Kemijärvi hallinto- ja
/// tukipalvelut 2022 (pp. 2-4: tunnusluvut, määrärahat, käyttösuunnitelma, yksiköt), hallinto-
/// palvelut TP 2024 (pp. 4-5, the same four) and konserni- ja elinvoimapalvelut TA 2026 (pp. 3-4,
/// 7-8, 15-16, 25-26: each vastuualue's four tables), in the PDFs and their texts.
/// `SameItemRule` pairs only equal labels in equal groups, so it misses all of these.
///
/// Pairing: a row pairs with the counterpart rows of the tables at most `window` tables away
/// (the four tables of one section sit together; a label such as MENOT recurs in every section
/// of a long report, so the search stays local). A MENOT / TULOT / NETTOMENO row counts only when
/// it is a total: no group (määrärahat) or a group named "… yhteensä". Columns pair by header,
/// else by year and kind, where a budget column (TA, TA+muutos, MTA) of one table pairs with the
/// one budget column of the same year in the other (a määrärahat "TA+muutos 2026" is the
/// käyttötalous "TA 2026"; KS, the board's own plan, is never a budget's counterpart). Amounts are
/// compared in the same scale only.
///
/// Zeros are compared only where the two tables agree on two other amounts of the column
/// (`ZeroCounterpart`). Like `SameItemRule`, only agreement is reported and no cell is flagged: a table two pages
/// away may be another unit's (Kemijärvi konserni p. 25 prints a Tunnusluvut "Palvelujen ostot €"
/// -1 413 710 against the käyttötalous -1 413 000, a real source error, but the same words could
/// pair two different units' tables), so a difference proves nothing about either number.
struct CounterpartItemRule: DocumentIdentity {
    static let rule = "same amount as in a neighbouring table"
    static let window = 4

    /// Names of one amount: each inner list is one amount's names, as keys.
    static let names: [[String]] = [
        ["MENOT", "TOIMINTAKULUT"],
        ["TULOT", "TOIMINTATUOTOT"],
        ["NETTOMENO", "TOIMINTAKATE/JÄÄMÄ"],
        ["HENKILÖSTÖMENOT €", "HENKILÖSTÖKULUT"],
        ["PALVELUJEN OSTOT €", "PALVELUJEN OSTOT"],
        // A company's notes: the board's proposal prints the free equity as distributable
        // (Koha-Suomi Oy TP 2024 p6 = p5 "Vapaa oma pääoma yhteensä").
        ["JAKOKELPOINEN VAPAA OMA PÄÄOMA", "VAPAA OMA PÄÄOMA YHTEENSÄ"],
    ].map { $0.map { IdentitySupport.key($0) } }

    /// Unit totals that are named MENOT / TULOT / NETTOMENO only by their group.
    static let groupedTotals: Set<String> = ["MENOT", "TULOT", "NETTOMENO"]

    func checks(in tables: [Table]) -> [(Int, Check)] {
        // (amount, name) per table: the one row of that name that is eligible, or none.
        var rows: [[Int: [Int: Int]]] = Array(repeating: [:], count: tables.count)
        for (t, table) in tables.enumerated() {
            var seen: [Int: [Int: Int]] = [:]
            for (r, row) in table.rows.enumerated() where IdentitySupport.hasValues(row) {
                let key = IdentitySupport.withoutFootnote(IdentitySupport.key(row.label))
                for (a, amount) in Self.names.enumerated() {
                    guard let n = amount.firstIndex(of: key), Self.eligible(key, group: row.group) else { continue }
                    seen[a, default: [:]][n] = seen[a]?[n] == nil ? r : -1
                }
            }
            rows[t] = seen.mapValues { $0.filter { $0.value >= 0 } }
        }
        var out: [(Int, Check)] = []
        var zeros: [ZeroCounterpart.Candidate] = []
        for t in tables.indices {
            for (a, byName) in rows[t].sorted(by: { $0.key < $1.key }) {
                for (n, r) in byName.sorted(by: { $0.key < $1.key }) {
                    // The check sits with the first name of an amount (the summary's MENOT, the
                    // Tunnusluvut's "Henkilöstömenot €"); a MENOT with no group also pairs with
                    // the cost centres' total MENOT.
                    guard n == 0 else { continue }
                    for u in max(0, t - Self.window)...min(tables.count - 1, t + Self.window) where u != t {
                        for (m, s) in (rows[u][a] ?? [:]).sorted(by: { $0.key < $1.key }) {
                            let sameName = m == n
                            if sameName && !(tables[t].rows[r].group == nil && tables[u].rows[s].group != nil) { continue }
                            out += Self.agreeing(holder: (t, r), other: (u, s), tables: tables)
                            zeros += ZeroCounterpart.candidates(holder: (t, r), other: (u, s), tables: tables)
                        }
                    }
                }
            }
        }
        // A zero pair counts where the same two tables agree on other amounts (ZeroCounterpart).
        let sure = out
        out += ZeroCounterpart.kept(zeros, agreeing: sure)
        return out
    }

    /// A MENOT / TULOT / NETTOMENO row is a total when it has no group or a "… yhteensä" group.
    static func eligible(_ key: String, group: String?) -> Bool {
        guard groupedTotals.contains(key) else { return true }
        guard let group else { return true }
        return IdentitySupport.key(group).hasSuffix("YHTEENSÄ")
    }

    static func agreeing(holder: (table: Int, row: Int), other: (table: Int, row: Int), tables: [Table]) -> [(Int, Check)] {
        let a = tables[holder.table], b = tables[other.table]
        guard a.id != b.id, SameItemRule.scale(a) == SameItemRule.scale(b) else { return [] }
        var out: [(Int, Check)] = []
        for ca in IdentitySupport.additiveColumns(a) {
            guard let cb = column(a.columns[ca], in: b),
                  let cellA = IdentitySupport.cell(a, holder.row, ca), let printed = cellA.value, printed != 0,
                  let cellB = IdentitySupport.cell(b, other.row, cb), let value = cellB.value, value == printed,
                  cellA.unit != "%", cellB.unit != "%" else { continue }
            out.append((holder.table, Check(rule: rule, column: ca, row: holder.row, table: b.id,
                                            operands: [.init(row: other.row, column: cb)],
                                            expected: value, actual: printed, tolerance: 0)))
        }
        return out
    }

    static let budget: Set<ColumnKind> = [.ta, .taMuutos, .mta]

    /// The column of `table` with the same header; else the one column of the same year and kind;
    /// else, for a budget column, the one budget column of the same year.
    static func column(_ column: Column, in table: Table) -> Int? {
        let header = IdentitySupport.key(column.header)
        if !header.isEmpty, let same = table.columns.firstIndex(where: { IdentitySupport.key($0.header) == header }) {
            return same
        }
        guard let year = column.year, let kind = column.kind else { return nil }
        let sameKind = table.columns.indices.filter { table.columns[$0].year == year && table.columns[$0].kind == kind }
        if sameKind.count == 1 { return sameKind[0] }
        guard sameKind.isEmpty, budget.contains(kind) else { return nil }
        let budgets = table.columns.indices.filter {
            table.columns[$0].year == year && table.columns[$0].kind.map { budget.contains($0) } == true
        }
        return budgets.count == 1 ? budgets[0] : nil
    }
}
