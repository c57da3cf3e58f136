import Foundation

/// The operating budget (käyttötalous) table:
/// - TOIMINTATUOTOT total = sum of its items, TOIMINTAKULUT total = sum of its items. A total is a
///   row labelled TOIMINTATUOTOT (TOIMINTAKULUT) that holds numbers; its items are the rows above
///   it (after the previous total of the same name) whose `group` is that name and whose label is
///   not the name itself nor a TOIMINTAKATE line.
/// - TOIMINTAKATE (label starting with "TOIMINTAKATE", e.g. "TOIMINTAKATE/JÄÄMÄ") = the nearest
///   TOIMINTATUOTOT total + the nearest TOIMINTAKULUT total above it.
/// A column is skipped when any involved cell holds no number (empty or placeholder).
struct OperatingSumRule: TableIdentity {
    static let income = "TOIMINTATUOTOT"
    static let expenses = "TOIMINTAKULUT"
    static let margin = "TOIMINTAKATE"
    static let marginRule = "TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT"

    static func sumRule(_ name: String) -> String { "\(name) = sum of items" }

    func checks(in table: Table) -> [Check] {
        let columns = IdentitySupport.additiveColumns(table)
        var out: [Check] = []
        for name in [Self.income, Self.expenses] {
            for (total, items) in Self.totals(named: name, in: table) {
                for c in columns {
                    guard !IdentitySupport.isPercentCell(table, total, c),
                          let actual = IdentitySupport.value(table, total, c) else { continue }
                    let values = items.map { IdentitySupport.value(table, $0, c) }
                    guard !values.contains(where: { $0 == nil }) else { continue }
                    let expected = values.reduce(Decimal(0)) { $0 + $1! }
                    out.append(Check(rule: Self.sumRule(name), column: c, row: total,
                                     expected: expected, actual: actual))
                }
            }
        }
        for (margin, income, expenses) in Self.margins(in: table) {
            for c in columns {
                guard !IdentitySupport.isPercentCell(table, margin, c),
                      let actual = IdentitySupport.value(table, margin, c),
                      let a = IdentitySupport.value(table, income, c),
                      let b = IdentitySupport.value(table, expenses, c) else { continue }
                out.append(Check(rule: Self.marginRule, column: c, row: margin, expected: a + b, actual: actual))
            }
        }
        return IdentitySupport.ordered(out)
    }

    /// A TOIMINTAKATE line, but not a per-resident or percentage key figure
    /// ("Toimintakate €/asukas").
    static func isMargin(_ label: String) -> Bool {
        let key = IdentitySupport.key(label)
        return key.hasPrefix(margin) && !key.contains("ASUKAS") && !key.contains("%")
    }

    static func isTotal(_ row: Row, named name: String) -> Bool {
        IdentitySupport.key(row.label) == name && IdentitySupport.hasValues(row)
    }

    /// Each total row named `name` with its item rows; totals without items are left out.
    static func totals(named name: String, in table: Table) -> [(total: Int, items: [Int])] {
        var out: [(Int, [Int])] = []
        var start = 0
        for (i, row) in table.rows.enumerated() where isTotal(row, named: name) {
            let items = (start..<i).filter { j in
                let item = table.rows[j]
                return IdentitySupport.key(item.group) == name && IdentitySupport.key(item.label) != name
                    && !isMargin(item.label)
            }
            start = i + 1
            if !items.isEmpty { out.append((i, items)) }
        }
        return out
    }

    /// Each TOIMINTAKATE row with the income and expense totals above it (after the previous
    /// TOIMINTAKATE row); rows missing either total are left out.
    static func margins(in table: Table) -> [(margin: Int, income: Int, expenses: Int)] {
        var out: [(Int, Int, Int)] = []
        var income: Int?
        var expenses: Int?
        for (i, row) in table.rows.enumerated() {
            if isTotal(row, named: Self.income) { income = i }
            if isTotal(row, named: Self.expenses) { expenses = i }
            if isMargin(row.label), IdentitySupport.hasValues(row) {
                if let income, let expenses { out.append((i, income, expenses)) }
                income = nil
                expenses = nil
            }
        }
        return out
    }
}
