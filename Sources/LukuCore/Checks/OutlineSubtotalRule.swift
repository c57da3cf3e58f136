import Foundation

/// A row whose indented rows add up to it: the subtotal of an outline, printed either before its
/// items (Kauhava p35, "I Aineettomat hyödykkeet" over its two items) or after them (Kauhava
/// p130-p131, "Aineelliset hyödykkeet" under its six items), in the same column.
///
/// The items of a row at level L are the rows next to it, in one direction, up to the first row at
/// level ≤ L; of those, the ones at the shallowest level (the direct children). Indentation is read
/// from the page and can be wrong, so the structure must prove itself: the check is emitted only
/// when the sum holds (ok or rounding) in at least half of the columns, one of them with a
/// non-zero total of at least two non-zero terms (a group of one item: in every column); then
/// every column is reported, and a column where it fails is a real mismatch (Kauhava p51, the
/// group's Aineettomat hyödykkeet 2024: 315 + 968 printed 1 308). When both directions qualify,
/// the one that holds in more columns wins (after, on a tie: the statutory forms print the group
/// head first). Budget deviation columns are left to the per-row rules (`IdentitySupport.summingColumns`).
struct OutlineSubtotalRule: TableIdentity {
    static let rule = "subtotal = sum of its indented items"

    func checks(in table: Table) -> [Check] {
        let columns = IdentitySupport.summingColumns(table)
        var out: [Check] = []
        for r in table.rows.indices where IdentitySupport.hasValues(table.rows[r]) {
            var best: [Check] = []
            var bestHolding = 0
            for children in [Self.children(of: r, step: 1, in: table), Self.children(of: r, step: -1, in: table)] {
                guard !children.isEmpty else { continue }
                let checks = columns.compactMap { c -> Check? in
                    guard children.contains(where: { IdentitySupport.value(table, $0, c) != nil }) else { return nil }
                    return IdentitySupport.sumCheck(table, rule: Self.rule, row: r, column: c,
                                                    operands: children.map { .init(row: $0, column: c) }, emptyIsZero: true)
                }
                let holding = checks.filter { $0.outcome != .mismatch }
                // A group whose other items are 0 ("Poistoero 926 559,18 + Vapaaehtoiset
                // varaukset 0,00", Kauhava p131) proves no more than a group of one: it must then
                // hold in every column.
                let structured = holding.contains(where: { Self.proves($0, in: table) })
                    && (children.count > 1 ? holding.count * 2 >= checks.count : holding.count == checks.count)
                let equal = holding.count == checks.count && holding.contains { $0.actual != 0 }
                guard structured || equal, holding.count > bestHolding else { continue }
                best = checks
                bestHolding = holding.count
            }
            out += best
        }
        return IdentitySupport.ordered(out)
    }

    /// Whether a holding check shows the structure rather than a coincidence: a non-zero total
    /// made of at least two non-zero terms (one, for a group of one item).
    static func proves(_ check: Check, in table: Table) -> Bool {
        let terms = check.operands.compactMap { IdentitySupport.value(table, $0.row, $0.column) }.filter { $0 != 0 }
        return check.actual != 0 && terms.count >= min(2, check.operands.count)
    }

    /// The direct children of `row` looking in direction `step` (1: below, −1: above), in row order.
    static func children(of row: Int, step: Int, in table: Table) -> [Int] {
        let level = table.rows[row].level
        var items: [Int] = []
        var i = row + step
        while table.rows.indices.contains(i), table.rows[i].level > level {
            items.append(i)
            i += step
        }
        guard let top = items.map({ table.rows[$0].level }).min() else { return [] }
        return items.filter { table.rows[$0].level == top && IdentitySupport.hasValues(table.rows[$0]) }.sorted()
    }
}
