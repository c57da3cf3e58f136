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
        let clips = keys.map(Self.clippedKeys)
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
                let sums = Sums(total: tables[t], keys: keys[t])
                if let found = sums.best(parts: parts, tables: tables, keys: keys, clips: clips),
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

    /// A table's keys clipped by 1 to `clip` characters → row, when one key clips to it: the
    /// total's label clipped by its column finds the part's whole label (Lapua TA 2025 p1
    /// "Valmistus omaan käyttöö" against the boards' "Valmistus omaan käyttöön"), for a clipped
    /// key of at least `clipMinimum` characters.
    static func clippedKeys(_ keys: [String: Int]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (key, r) in keys {
            for cut in 1...clip where key.count - cut >= clipMinimum {
                let short = String(key.dropLast(cut))
                out[short] = out[short] == nil ? r : -1
            }
        }
        return out.filter { $0.value >= 0 }
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
        /// Terms that are not zero.
        var nonzero = 0
        /// Decimals of the least and the most precise readable cell (total and terms).
        var fewest: Int?
        var most = 0

        mutating func read(_ cell: Cell) {
            guard let d = RoundingTolerance.decimals(cell) else { return }
            fewest = min(fewest ?? d, d)
            most = max(most, d)
        }

        /// n units of the last printed digit for n terms; 0 when a cell prints cents.
        var tolerance: Decimal {
            guard let f = fewest, most < 2 else { return 0 }
            return RoundingTolerance.unit(decimals: f) * Decimal(terms.count)
        }
    }

    /// The cells of one total table and the sums of its parts, grown one part at a time.
    struct Sums {
        var total: Table
        var keys: [String: Int]
        var slots: [Slot] = []
        /// Slot index by row × column count + column, -1 for none.
        var at: [Int]
        var columns: [Int]

        init(total: Table, keys: [String: Int]) {
            self.total = total
            self.keys = keys
            columns = IdentitySupport.additiveColumns(total)
            at = Array(repeating: -1, count: total.rows.count * max(total.columns.count, 1))
            for r in keys.values.sorted() {
                for c in columns {
                    guard let cell = IdentitySupport.cell(total, r, c), let v = cell.value, cell.unit != "%" else { continue }
                    at[r * total.columns.count + c] = slots.count
                    var slot = Slot(row: r, column: c, printed: v)
                    slot.read(cell)
                    slots.append(slot)
                }
            }
        }

        /// Adds a part's cells to the sums; whether it added a number that is not zero.
        mutating func add(_ part: Table, keys partKeys: [String: Int], clips: [String: Int]) -> Bool {
            let partColumns = Set(IdentitySupport.additiveColumns(part))
            let pairing: [(Int, Int)] = columns.compactMap { c in
                CounterpartItemRule.column(total.columns[c], in: part).flatMap { partColumns.contains($0) ? (c, $0) : nil }
            }
            guard !pairing.isEmpty else { return false }
            var added = false
            for (key, r) in keys {
                guard let pr = partKeys[key] ?? clips[key] else { continue }
                for (c, pc) in pairing {
                    let s = at[r * total.columns.count + c]
                    guard s >= 0, let cell = IdentitySupport.cell(part, pr, pc), let v = cell.value, cell.unit != "%" else { continue }
                    slots[s].terms.append(Check.Cell(row: pr, column: pc, table: part.id))
                    slots[s].sum += v
                    slots[s].read(cell)
                    if v != 0 { added = true; slots[s].nonzero += 1 }
                }
            }
            return added
        }

        /// The prefix of `parts` (at least two that add numbers) whose sums make most cells
        /// hold, with its checks. Each prefix is scored as it grows; the checks are built once.
        func best(parts: [Int], tables: [Table], keys: [[String: Int]], clips: [[String: Int]]) -> (score: Int, checks: [Check])? {
            guard !slots.isEmpty else { return nil }
            var sums = self
            var contributing = 0
            var best: (score: Int, count: Int)? = nil
            for (k, p) in parts.enumerated() {
                if sums.add(tables[p], keys: keys[p], clips: clips[p]) { contributing += 1 }
                guard contributing >= 2 else { continue }
                let score = sums.judge(build: false).score
                if score > (best?.score ?? 0) { best = (score, k + 1) }
            }
            guard let best else { return nil }
            var chosen = self
            for p in parts.prefix(best.count) { _ = chosen.add(tables[p], keys: keys[p], clips: clips[p]) }
            return chosen.judge(build: true)
        }

        /// How many cells hold in the columns that are taken (see the type's comment), and with
        /// `build` their checks.
        func judge(build: Bool) -> (score: Int, checks: [Check]) {
            // Per slot: holds as the sum, holds as minus the sum.
            var plus = Array(repeating: false, count: slots.count), minus = plus
            var votes = Array(repeating: 0, count: total.rows.count)
            for (i, s) in slots.enumerated() where !s.terms.isEmpty {
                let tolerance = s.tolerance
                plus[i] = (s.sum - s.printed).magnitude <= tolerance
                minus[i] = (s.sum + s.printed).magnitude <= tolerance
                // The sign of each row: minus when more of its non-zero cells hold that way.
                if s.printed != 0 { votes[s.row] += plus[i] ? 1 : minus[i] ? -1 : 0 }
            }
            var score = 0
            var checks: [Check] = []
            for column in columns {
                let cells = slots.indices.filter { slots[$0].column == column && !slots[$0].terms.isEmpty }
                let holds = { (i: Int) in votes[slots[i].row] < 0 ? minus[i] : plus[i] }
                let held = cells.filter { slots[$0].printed != 0 && holds($0) }.count
                let failed = cells.filter { !holds($0) }.count
                // A column where no cell adds two parts is two tables printing one column: that
                // is AgreeingColumnsRule's, which reports agreement only.
                guard held >= minimumRows, failed * 4 <= cells.count, cells.contains(where: { slots[$0].nonzero >= 2 }) else { continue }
                score += held
                guard build else { continue }
                for i in cells {
                    let s = slots[i]
                    let negative = votes[s.row] < 0
                    let first = s.terms[0].table
                    let operands = s.terms.map {
                        Check.Cell(row: $0.row, column: $0.column, coefficient: negative ? -1 : 1, table: $0.table == first ? nil : $0.table)
                    }
                    checks.append(Check(rule: rule, column: s.column, row: s.row, table: first, operands: operands,
                                        expected: negative ? -s.sum : s.sum, actual: s.printed, tolerance: s.tolerance))
                }
            }
            return (score, checks.sorted { ($0.row, $0.column) < ($1.row, $1.column) })
        }
    }
}
