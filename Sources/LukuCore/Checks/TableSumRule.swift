import Foundation

/// A total table equal to the sum of the tables it summarises, row by row and column by column.
///
/// A budget or a follow-up report prints the total of an organisation (the toimiala, the whole
/// city) and next to it one table per unit with the same rows and columns (DOMAIN: "a total group
/// = sum of the groups above it", one level up). Proved on Kemijärvi konserni- ja
/// elinvoimapalvelut TA 2026 (p4 toimiala käyttötalous = p8 Hallintopalvelut + p16 Viestintä- ja
/// markkinointipalvelut + p25-26 Elinkeino- ja työllisyyspalvelut; the PDF and its text) and
/// Lapua TA 2025 (p1 kokonaistalous = the eight board tables of pp2-4, costs printed unsigned in
/// the total and negative in the boards).
///
/// Parts: the first `window` tables after the total (or, read backwards, before it) within `reach`, in
/// the same scale, that share at least `minimumRows` row labels with it (a label printed once in
/// its table, footnote marks dropped). The parts are the first k of them, k ≥ 2, for the k that
/// makes most cells hold; the sums grow one part at a time, so the search is linear in the cells.
/// A total column pairs with a part's column by header, else by year and kind
/// (`CounterpartItemRule.column`); a part that prints nothing in a row and column adds nothing
/// (Kemijärvi p16 and p25 print only TA 2026 and KS 2026). A total row printed with the other sign
/// in most of its cells (Lapua p1 "Toimintakulut" unsigned) is compared with minus the sum.
///
/// Outcomes: a column is taken when at least `minimumRows` of its non-zero cells hold, at most
/// a quarter of its cells fail and some cell adds two parts that are not zero; then every cell of it gets its check, and a failing one is a
/// `mismatch` (the others prove the pairing: Kemijärvi p4 TA 2026 "Palvelujen ostot" and "Aineet,
/// tarvikkeet ja tavarat" differ because p8 and p25 print wrong items, notes (4) and (5) of the
/// truth). Rounding: each part's line may itself be a total of rounded items, so n parts allow n
/// units of the last printed digit (Lapua TP 2023 Toimintakate, eight boards: ±6).
struct TableSumRule: DocumentIdentity {
    static let rule = "sum of the tables it summarises"
    static let window = 12
    static let minimumRows = 3
    /// How far, in tables, parts are looked for (text tables of goals sit between the unit
    /// tables: Kemijärvi p4 to p25-26 is 31 tables).
    static let reach = 48

    func checks(in tables: [Table]) -> [(Int, Check)] {
        let keys = tables.map(Self.rowKeys)
        let scales = tables.map(SameItemRule.scale)
        var out: [(Int, Check)] = []
        for t in tables.indices where keys[t].count >= Self.minimumRows {
            var best: (score: Int, checks: [Check])? = nil
            for forward in [true, false] {
                var parts: [Int] = []
                var u = t
                while parts.count < Self.window, abs(u - t) < Self.reach {
                    u += forward ? 1 : -1
                    guard tables.indices.contains(u) else { break }
                    if tables[u].id != tables[t].id, scales[u] == scales[t],
                       keys[u].keys.filter({ keys[t][$0] != nil }).count >= Self.minimumRows {
                        parts.append(u)
                    }
                }
                guard parts.count >= 2 else { continue }
                if let found = Self.bestPrefix(total: t, parts: parts, tables: tables, keys: keys),
                   found.score > (best?.score ?? 0) {
                    best = found
                }
            }
            for check in best?.checks ?? [] { out.append((t, check)) }
        }
        return out
    }

    /// Label key → row, for the labels a table prints once on a row with values.
    static func rowKeys(_ table: Table) -> [String: Int] {
        var seen: [String: Int] = [:]
        for (r, row) in table.rows.enumerated() where IdentitySupport.hasValues(row) {
            let key = IdentitySupport.withoutFootnote(IdentitySupport.key(row.label))
            guard key.count > 3 else { continue }
            seen[key] = seen[key] == nil ? r : -1
        }
        return seen.filter { $0.value >= 0 }
    }

    /// The one row of a part whose label ends a total's label clipped by its column: the key
    /// plus at most `clip` characters, for a key of at least `clipMinimum` (Lapua TA 2025 p1
    /// "Valmistus omaan käyttöö" against the boards' "Valmistus omaan käyttöön").
    static func clipped(_ key: String, in keys: [String: Int]) -> Int? {
        guard key.count >= clipMinimum else { return nil }
        let found = keys.filter { $0.key.hasPrefix(key) && $0.key.count <= key.count + clip }
        return found.count == 1 ? found.first?.value : nil
    }

    static let clip = 2
    static let clipMinimum = 12

    /// One cell of the total: its row and column, and the parts' terms found so far.
    struct Slot {
        var row: Int
        var column: Int
        var printed: Decimal
        var terms: [Check.Cell] = []
        var sum: Decimal = 0
        var cells: [Cell?] = []
        /// Terms that are not zero.
        var nonzero = 0
    }

    /// The prefix of `parts` (at least two) whose sums make most cells hold, with its checks.
    static func bestPrefix(total t: Int, parts: [Int], tables: [Table], keys: [[String: Int]]) -> (score: Int, checks: [Check])? {
        let total = tables[t]
        let columns = IdentitySupport.additiveColumns(total)
        var slots: [Slot] = []
        var slotIndex: [String: Int] = [:]  // "row,column"
        for r in keys[t].values.sorted() {
            for c in columns {
                guard let cell = IdentitySupport.cell(total, r, c), let v = cell.value, cell.unit != "%" else { continue }
                slotIndex["\(r),\(c)"] = slots.count
                slots.append(Slot(row: r, column: c, printed: v, cells: [cell]))
            }
        }
        guard !slots.isEmpty else { return nil }
        var best: (score: Int, checks: [Check])? = nil
        var contributing = 0
        for (k, p) in parts.enumerated() {
            let part = tables[p]
            var added = false
            let partColumns = Set(IdentitySupport.additiveColumns(part))
            let pairing: [Int: Int] = Dictionary(uniqueKeysWithValues: columns.compactMap { c in
                CounterpartItemRule.column(total.columns[c], in: part).flatMap { partColumns.contains($0) ? (c, $0) : nil }
            })
            for (key, r) in keys[t] {
                guard let pr = keys[p][key] ?? clipped(key, in: keys[p]) else { continue }
                for c in columns {
                    guard let pc = pairing[c], let s = slotIndex["\(r),\(c)"],
                          let cell = IdentitySupport.cell(part, pr, pc), let v = cell.value, cell.unit != "%" else { continue }
                    slots[s].terms.append(Check.Cell(row: pr, column: pc, table: part.id))
                    slots[s].sum += v
                    slots[s].cells.append(cell)
                    if v != 0 { added = true; slots[s].nonzero += 1 }
                }
            }
            if added { contributing += 1 }
            guard k >= 1, contributing >= 2 else { continue }
            let found = judge(slots, total: total)
            if found.score > (best?.score ?? 0) { best = found }
        }
        return best
    }

    /// The checks of the columns that hold (see the type's comment), and how many cells hold.
    static func judge(_ slots: [Slot], total: Table) -> (score: Int, checks: [Check]) {
        func tolerance(_ s: Slot) -> Decimal {
            guard let u = RoundingTolerance.roundingUnit(s.cells) else { return 0 }
            return u * Decimal(s.terms.count)
        }
        func holds(_ s: Slot, _ sign: Decimal) -> Bool {
            (sign * s.sum - s.printed).magnitude <= tolerance(s)
        }
        // The sign of each row: minus when more of its non-zero cells hold that way.
        var votes: [Int: Int] = [:]
        for s in slots where !s.terms.isEmpty && s.printed != 0 {
            if holds(s, 1) { votes[s.row, default: 0] += 1 } else if holds(s, -1) { votes[s.row, default: 0] -= 1 }
        }
        var byColumn: [Int: [Slot]] = [:]
        for s in slots where !s.terms.isEmpty { byColumn[s.column, default: []].append(s) }
        var score = 0
        var checks: [Check] = []
        for column in byColumn.keys.sorted() {
            let cells = byColumn[column]!
            let sign: (Slot) -> Decimal = { (votes[$0.row] ?? 0) < 0 ? -1 : 1 }
            let held = cells.filter { $0.printed != 0 && holds($0, sign($0)) }.count
            let failed = cells.filter { !holds($0, sign($0)) }.count
            // A column where no cell adds two parts is two tables printing one column: that is
            // AgreeingColumnsRule's, which reports agreement only.
            guard held >= minimumRows, failed * 4 <= cells.count, cells.contains(where: { $0.nonzero >= 2 }) else { continue }
            score += held
            for s in cells {
                let negative = sign(s) < 0
                let first = s.terms[0].table
                let operands = s.terms.map {
                    Check.Cell(row: $0.row, column: $0.column, coefficient: negative ? -1 : 1, table: $0.table == first ? nil : $0.table)
                }
                checks.append(Check(rule: rule, column: s.column, row: s.row, table: first, operands: operands,
                                    expected: sign(s) * s.sum, actual: s.printed, tolerance: tolerance(s)))
            }
        }
        return (score, checks.sorted { ($0.row, $0.column) < ($1.row, $1.column) })
    }
}
