import Foundation

/// A total group ("Toimiala yhteensä", "YHTEENSÄ", any group whose name ends in "yhteensä") =
/// the sum of the groups above it, row by row, for MENOT, TULOT and NETTOMENO.
///
/// Conservative by design: the rule is skipped for a table with more than one total group
/// (nested or sequential totals cannot be told apart), for a label whose rows are not exactly one
/// per group, when a group-less MENOT/TULOT/NETTOMENO row sits above the total, and for a column
/// where any involved cell holds no number, except a unit printed as words in all its rows there
/// (`MovedGroupPlaceholder`: "siirretty"), which adds 0.
struct GroupTotalRule: TableIdentity {
    static let labels = [IdentitySupport.menot, IdentitySupport.tulot, IdentitySupport.nettomeno]

    static func rule(_ groupName: String) -> String { "\(groupName) = sum of groups" }

    static func isTotalGroup(_ name: String?) -> Bool {
        guard let name else { return false }
        return totalGroups.key(name) { makeIsTotalGroup($0) ? "1" : "" } == "1"
    }

    /// Answers already given, by the name's bytes (KeyMemo.swift): every row of every table asks
    /// for its group's name, and trimming and lower-casing one costs about 50 000 instructions
    /// (40 M on the state budget, 19 pages); a group's rows share one name.
    static let totalGroups = KeyMemo()

    /// `isTotalGroup` of a name, read.
    static func makeIsTotalGroup(_ name: String) -> Bool {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().hasSuffix("yhteensä")
    }

    func checks(in table: Table) -> [Check] {
        let totalKeys = Set(table.rows.compactMap { row in
            Self.isTotalGroup(row.group) ? IdentitySupport.key(row.group) : nil
        })
        guard totalKeys.count == 1, let totalKey = totalKeys.first,
              let first = table.rows.firstIndex(where: { IdentitySupport.key($0.group) == totalKey }),
              let printedName = table.rows[first].group?.trimmingCharacters(in: .whitespacesAndNewlines)
        else { return [] }

        let above = table.rows[..<first]
        // Each row's keys once: the loops below ask for them per label and per group, and each
        // ask is a memo lookup (13 M instructions on Kemijärvi konserni TA 2026).
        let groupKeys = table.rows.map { IdentitySupport.key($0.group) }
        let labelKeys = table.rows.map { IdentitySupport.key($0.label) }
        let labelSet = Set(Self.labels)
        guard !above.indices.contains(where: { table.rows[$0].group == nil && labelSet.contains(labelKeys[$0]) })
        else { return [] }
        var groupOrder: [String] = []
        for i in above.indices where table.rows[i].group != nil {
            let key = groupKeys[i]
            if !groupOrder.contains(key) { groupOrder.append(key) }
        }
        guard !groupOrder.isEmpty else { return [] }

        let columns = IdentitySupport.additiveColumns(table)
        // Per group, the columns in which it was moved elsewhere (words in all its rows): it adds 0 there.
        let moved: [String: Set<Int>] = Dictionary(uniqueKeysWithValues: groupOrder.map { group in
            let rows = above.indices.filter { groupKeys[$0] == group && labelSet.contains(labelKeys[$0]) }
            return (group, Set(columns.filter { MovedGroupPlaceholder.isMoved(table, rows: rows, column: $0) }))
        })
        var out: [Check] = []
        for label in Self.labels {
            let totalRows = table.rows.indices.filter { groupKeys[$0] == totalKey && labelKeys[$0] == label }
            guard totalRows.count == 1, let total = totalRows.first else { continue }
            var parts: [(row: Int, group: String)] = []
            for group in groupOrder {
                let rows = above.indices.filter {
                    table.rows[$0].group != nil && groupKeys[$0] == group && labelKeys[$0] == label
                }
                guard rows.count == 1 else { parts = []; break }
                parts.append((rows[0], group))
            }
            guard parts.count == groupOrder.count else { continue }
            for c in columns {
                let terms = parts.filter { moved[$0.group]?.contains(c) != true }
                guard !terms.isEmpty else { continue }
                if let check = IdentitySupport.sumCheck(table, rule: Self.rule(printedName), row: total, column: c,
                                                        operands: terms.map { .init(row: $0.row, column: c) }) {
                    out.append(check)
                }
            }
        }
        return IdentitySupport.ordered(out)
    }
}
