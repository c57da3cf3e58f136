import Foundation

/// NETTOMENO = MENOT + TULOT in every group (rows sharing `group`) and every additive column where
/// all three cells hold numbers, and in MUUTOS € columns up to sign (`changeChecks`). The check
/// sits on the NETTOMENO cell.
///
/// A group normally holds one MENOT, one TULOT and one NETTOMENO row. When a group holds several
/// (a sub-unit the segmenter did not split off), they are paired in order, but only if they form
/// clean MENOT → TULOT → NETTOMENO runs; anything else is skipped. A group printed with unsigned
/// costs in every column is read so (NetCostReading); otherwise each column is read signed.
struct NettomenoRule: TableIdentity {
    static let rule = "MENOT + TULOT = NETTOMENO"

    func checks(in table: Table) -> [Check] {
        let columns = IdentitySupport.additiveColumns(table)
        var out: [Check] = []
        for rows in Self.groups(of: table) {
            for triple in Self.triples(in: rows, of: table) {
                let uniform = NetCostReading.checks(table, total: triple.nettomeno, income: triple.tulot,
                                                    costs: triple.menot, columns: columns,
                                                    rule: { $0.isEmpty ? Self.rule : "NETTOMENO = MENOT − TULOT\($0)" })
                if let uniform, uniform.first?.rule != Self.rule {
                    out += uniform
                    continue
                }
                // A net line printed "Netto"/"Nettomenot" only where one reading holds in every column.
                if uniform == nil, !NetLineLabel.isNettomeno(table.rows[triple.nettomeno].label) { continue }
                for c in columns {
                    let operands = [Check.Cell(row: triple.menot, column: c), Check.Cell(row: triple.tulot, column: c)]
                    if let check = IdentitySupport.sumCheck(table, rule: Self.rule, row: triple.nettomeno, column: c,
                                                            operands: operands) {
                        out.append(check)
                    }
                }
                out += Self.changeChecks(table, triple)
            }
        }
        return IdentitySupport.ordered(out)
    }

    /// NETTOMENO = MENOT + TULOT in a MUUTOS € column too: the changes of the three lines add up
    /// like the lines. A MUUTOS is printed with no consistent sign (DOMAIN), so a check that holds
    /// only with some term's sign turned is a `sign` note, not a mismatch (Kemijärvi hallinto- ja
    /// tukipalvelut 2022 p3: -880 950 + 85 950 = -795 000; konserni TA 2026 p7 prints TULOT
    /// 423 140 for a change of -423 140, the truth's note (1)).
    static func changeChecks(_ table: Table, _ triple: Triple) -> [Check] {
        var out: [Check] = []
        for c in table.columns.indices where table.columns[c].kind == .muutos && table.columns[c].unit != "%"
            && !table.columns[c].header.contains("%") {
            guard [triple.menot, triple.tulot, triple.nettomeno].allSatisfy({ !IdentitySupport.isPercentCell(table, $0, c) }),
                  let m = IdentitySupport.value(table, triple.menot, c), let t = IdentitySupport.value(table, triple.tulot, c),
                  var check = IdentitySupport.sumCheck(table, rule: rule, row: triple.nettomeno, column: c,
                                                       operands: [.init(row: triple.menot, column: c), .init(row: triple.tulot, column: c)])
            else { continue }
            if check.outcome == .mismatch {
                check.alternative = [-m + t, m - t, -m - t].first {
                    Check.compare($0, check.actual, tolerance: check.tolerance) != .mismatch
                }
                check.convention = nil
            }
            out.append(check)
        }
        return out
    }

    /// Row indexes per group, groups in order of first appearance (rows without a group form one).
    static func groups(of table: Table) -> [[Int]] {
        var order: [LabelKey] = []
        var rows: [LabelKey: [Int]] = [:]  // `LabelKey`: the groups `String` keys make, hashed by bytes
        for (i, row) in table.rows.enumerated() {
            let key = LabelKey(IdentitySupport.key(row.group))
            if rows[key] == nil { order.append(key) }
            rows[key, default: []].append(i)
        }
        return order.map { rows[$0]! }
    }

    struct Triple: Equatable {
        var menot: Int
        var tulot: Int
        var nettomeno: Int
    }

    static func triples(in rows: [Int], of table: Table) -> [Triple] {
        let keys = rows.map { IdentitySupport.key(table.rows[$0].label) }  // once per row, not per label
        func labelled(_ labels: Set<String>) -> [Int] {
            rows.indices.filter { labels.contains(keys[$0]) }.map { rows[$0] }
        }
        let m = labelled([IdentitySupport.menot])
        let t = labelled([IdentitySupport.tulot])
        let n = labelled(NetLineLabel.keys)
        guard !m.isEmpty, m.count == t.count, t.count == n.count else { return [] }
        let triples = m.indices.map { Triple(menot: m[$0], tulot: t[$0], nettomeno: n[$0]) }
        if triples.count == 1 { return triples }
        for (i, x) in triples.enumerated() {
            guard x.menot < x.tulot, x.tulot < x.nettomeno else { return [] }
            if i + 1 < triples.count, x.nettomeno > triples[i + 1].menot { return [] }
        }
        return triples
    }
}
