import Foundation

/// The operating budget (käyttötalous) table:
/// - TOIMINTATUOTOT total = sum of its items, TOIMINTAKULUT total = sum of its items. A total is a
///   row labelled TOIMINTATUOTOT (TOIMINTAKULUT) that holds numbers; its items are the rows above
///   it (after the previous total of the same name) whose `group` is that name and whose label is
///   not the name itself nor a TOIMINTAKATE line.
/// - TOIMINTAKATE (label starting with "TOIMINTAKATE", e.g. "TOIMINTAKATE/JÄÄMÄ") = the nearest
///   TOIMINTATUOTOT total + the nearest TOIMINTAKULUT total above it, plus the statutory lines
///   printed between them ("Valmistus omaan käyttöön", "Osuus … tuloksesta").
/// A column is skipped when any involved cell holds no number (empty or placeholder).
struct OperatingSumRule: TableIdentity {
    static let income = "TOIMINTATUOTOT"
    static let expenses = "TOIMINTAKULUT"
    static let margin = "TOIMINTAKATE"
    static let marginRule = "TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT"
    static let marginWithExtrasRule = "TOIMINTAKATE = TOIMINTATUOTOT + VALMISTUS OMAAN KÄYTTÖÖN + TOIMINTAKULUT (+ OSUUS …)"

    /// Lines the statutory income statement adds into the operating margin besides the two
    /// totals: own work capitalised and, in group statements, the share of joint ventures' result.
    static func isMarginExtra(_ label: String) -> Bool { isMarginExtra(key: IdentitySupport.key(label)) }

    static func isMarginExtra(key: String) -> Bool {
        // "Osuus osakkuusyhteisön voitosta/tappiosta", "Osuus osakkusyhteisöjen voitosta (tappiosta)":
        // spellings vary, so the share line is known by its first and its last words.
        // "Valmistus omaan käyttöö": Lapua TA 2025 p1 prints the label clipped by its cell.
        return key.hasPrefix("VALMISTUS OMAAN KÄYTTÖ")
            || key.hasPrefix("OSUUS ") && ["VOITOSTA", "TAPPIOSTA", "TULOKSESTA"].contains { key.contains($0) }
    }

    static func sumRule(_ name: String) -> String { "\(name) = sum of items" }

    func checks(in table: Table) -> [Check] {
        let columns = IdentitySupport.additiveColumns(table)
        var out: [Check] = []
        for name in [Self.income, Self.expenses] {
            for (total, items) in Self.totals(named: name, in: table) {
                for c in columns {
                    if let check = IdentitySupport.sumCheck(table, rule: Self.sumRule(name), row: total, column: c,
                                                            operands: items.map { .init(row: $0, column: c) }) {
                        out.append(check)
                    }
                }
            }
        }
        for (margin, income, expenses, extras) in Self.margins(in: table) {
            let rule = extras.isEmpty ? Self.marginRule : Self.marginWithExtrasRule
            if let uniform = NetCostReading.checks(table, total: margin, income: income, costs: expenses, extras: extras,
                                                   columns: columns, rule: { rule + $0 }),
               uniform.first?.rule != rule {
                out += uniform
                continue
            }
            for c in columns {
                func terms(_ sign: Int) -> [Check.Cell] {
                    [.init(row: income, column: c), .init(row: expenses, column: c, coefficient: sign)]
                        + extras.map { .init(row: $0, column: c) }
                }
                guard let signed = IdentitySupport.sumCheck(table, rule: rule, row: margin, column: c, operands: terms(1))
                else {
                    if let blank = EmptyMarginOperand.check(table, rule: rule, margin: margin, column: c, operands: terms(1)) {
                        out.append(blank)
                    }
                    continue
                }
                // Key-figure tables print expenses as a magnitude ("Toimintakulut 46 217" over
                // "Toimintakate -38 396"): when the signed sum does not hold, an unsigned expense
                // total is subtracted instead (deviation columns add positive expenses).
                if signed.outcome == .mismatch, let b = IdentitySupport.value(table, expenses, c), b > 0,
                   let unsigned = IdentitySupport.sumCheck(table, rule: rule, row: margin, column: c,
                                                           operands: terms(-1)),
                   unsigned.outcome != .mismatch {
                    out.append(unsigned)
                } else {
                    out.append(signed)
                }
            }
        }
        return IdentitySupport.ordered(out)
    }

    /// A TOIMINTAKATE line, but not a per-resident or percentage key figure
    /// ("Toimintakate €/asukas").
    static func isMargin(_ label: String) -> Bool { isMargin(key: IdentitySupport.key(label)) }

    static func isMargin(key: String) -> Bool {
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
    static func margins(in table: Table) -> [(margin: Int, income: Int, expenses: Int, extras: [Int])] {
        var out: [(Int, Int, Int, [Int])] = []
        var income: Int?
        var expenses: Int?
        var extras: [Int] = []
        for (i, row) in table.rows.enumerated() {
            // One key per row: this loop runs over every row of every table. A footnote mark
            // after the label ("Toimintakulut *)", Lapua minutes p18) is not part of it.
            let key = IdentitySupport.withoutFootnote(IdentitySupport.key(row.label))
            let hasValues = IdentitySupport.hasValues(row)
            if key == Self.income && hasValues { income = i }
            if key == Self.expenses && hasValues { expenses = i }
            if isMarginExtra(key: key), hasValues { extras.append(i) }
            if isMargin(key: key), hasValues {
                if let income, let expenses { out.append((i, income, expenses, extras)) }
                income = nil
                expenses = nil
                extras = []
            }
        }
        return out
    }
}
