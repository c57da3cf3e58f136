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
/// (`CounterpartItemRule.column`; a part printed without headers takes its neighbour's,
/// `BorrowedHeaders`); a part that prints nothing in a row and column adds nothing
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

    func checks(in printed: [Table]) -> [(Int, Check)] {
        let keys = printed.map(Self.rowKeys)
        // A part printed without its header pairs by its neighbour's (BorrowedHeaders).
        let tables = BorrowedHeaders.tables(printed, keys: keys)
        let clips = keys.map(Self.clippedKeys)
        let scales = tables.map(SameItemRule.scale)
        let ids = Self.keyIDs(keys)
        // Read once per table: it looks at every cell of a table whose columns lack headers.
        let additive = tables.indices.map { keys[$0].count >= Self.minimumRows ? IdentitySupport.additiveColumns(tables[$0]) : [] }
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
                       Self.shared(ids[u], ids[t]) >= Self.minimumRows {
                        parts.append(u)
                    }
                }
                guard parts.count >= 2 else { continue }
                let sums = Sums(total: tables[t], keys: keys[t], columns: additive[t])
                if let found = sums.best(parts: parts, tables: tables, keys: keys, clips: clips, additive: additive),
                   found.score > (best?.score ?? 0) {
                    best = found
                }
            }
            for check in best?.checks ?? [] { out.append((t, check)) }
        }
        return out
    }

    /// Each table's keys as sorted numbers (one number per distinct key in the document), so
    /// that the labels two tables share are counted without hashing strings again.
    static func keyIDs(_ keys: [[LabelKey: Int]]) -> [[Int]] {
        var number: [LabelKey: Int] = [:]
        var out: [[Int]] = []
        for k in keys {
            var ids: [Int] = []
            for key in k.keys {
                if let n = number[key] { ids.append(n) } else { number[key] = number.count; ids.append(number.count - 1) }
            }
            out.append(ids.sorted())
        }
        return out
    }

    /// How many numbers two sorted lists share.
    static func shared(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// Label key → row, for the labels a table prints once on a row with values. Keyed by
    /// `LabelKey`: the entries of `String` keys, without normalising each label per lookup.
    static func rowKeys(_ table: Table) -> [LabelKey: Int] {
        var seen: [LabelKey: Int] = [:]
        for (r, row) in table.rows.enumerated() where IdentitySupport.hasValues(row) {
            let key = LabelKey(IdentitySupport.withoutFootnote(IdentitySupport.key(row.label)))
            guard key.characterCount > 3 else { continue }
            seen[key] = seen[key] == nil ? r : -1
        }
        return seen.filter { $0.value >= 0 }
    }

    /// A table's keys clipped by 1 to `clip` characters → row, when one key clips to it: the
    /// total's label clipped by its column finds the part's whole label (Lapua TA 2025 p1
    /// "Valmistus omaan käyttöö" against the boards' "Valmistus omaan käyttöön"), for a clipped
    /// key of at least `clipMinimum` characters.
    static func clippedKeys(_ keys: [LabelKey: Int]) -> [LabelKey: Int] {
        var out: [LabelKey: Int] = [:]
        for (key, r) in keys {
            let count = key.characterCount
            for cut in 1...clip where count - cut >= clipMinimum {
                let short = LabelKey(String(key.string.dropLast(cut)))
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
        /// The terms' values; their Decimal sum is taken once, for the checks that are kept.
        var values: [Decimal] = []
        /// The sum and the printed total in hundredths, while every number fits (Decimal
        /// arithmetic was most of the rule's cost: 4 % of Kauhava's instructions).
        var sumHundredths: Int64? = 0
        var printedHundredths: Int64?
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

        var sum: Decimal { values.reduce(0, +) }

        /// (holds as the sum, holds as minus the sum).
        var holds: (plus: Bool, minus: Bool) {
            if let a = sumHundredths, let b = printedHundredths {
                // `tolerance` in hundredths: fewest decimals 0 → 100 per term, 1 → 10.
                let unit: Int64 = fewest.map { most < 2 ? ($0 == 0 ? 100 : 10) : 0 } ?? 0
                let t = unit * Int64(terms.count)
                return ((a - b).magnitude <= t, (a + b).magnitude <= t)
            }
            let tolerance = self.tolerance, sum = self.sum
            return ((sum - printed).magnitude <= tolerance, (sum + printed).magnitude <= tolerance)
        }

        /// A value in hundredths, when it has at most two decimals and stays below `limit`
        /// (so that a sum of up to `window` + 1 of them cannot overflow).
        static func hundredths(_ d: Decimal) -> Int64? {
            guard let p = DecimalParts.of(d), p.exponent >= -2, p.exponent <= 16, p.mantissa < UInt64(limit) else { return nil }
            var v = Int64(p.mantissa)
            for _ in 0..<(p.exponent + 2) {
                v *= 10
                if v >= limit { return nil }
            }
            return p.negative ? -v : v
        }

        static let limit: Int64 = 1_000_000_000_000_000  // 10^15 hundredths
    }

    /// The cells of one total table and the sums of its parts, grown one part at a time.
    struct Sums {
        var total: Table
        var keys: [LabelKey: Int]
        var slots: [Slot] = []
        /// Slot index by row × column count + column, -1 for none.
        var at: [Int]
        var columns: [Int]
        /// Slot indexes per column of `columns`.
        var byColumn: [[Int]] = []
        /// Per slot: holds as the sum, holds as minus the sum (updated as parts are added).
        var plus: [Bool] = []
        var minus: [Bool] = []

        init(total: Table, keys: [LabelKey: Int], columns: [Int]) {
            self.total = total
            self.keys = keys
            self.columns = columns
            at = Array(repeating: -1, count: total.rows.count * max(total.columns.count, 1))
            for r in keys.values.sorted() {
                for c in columns {
                    guard let cell = IdentitySupport.cell(total, r, c), let v = cell.value, cell.unit != "%" else { continue }
                    at[r * total.columns.count + c] = slots.count
                    var slot = Slot(row: r, column: c, printed: v)
                    slot.printedHundredths = Slot.hundredths(v)
                    slot.read(cell)
                    slots.append(slot)
                }
            }
            byColumn = columns.map { c in slots.indices.filter { slots[$0].column == c } }
            plus = Array(repeating: false, count: slots.count)
            minus = plus
        }

        /// Adds a part's cells to the sums; whether it added a number that is not zero.
        mutating func add(_ part: Table, keys partKeys: [LabelKey: Int], clips: [LabelKey: Int], additive: [Int]) -> Bool {
            let partColumns = Set(additive)
            let pairing: [(Int, Int)] = columns.compactMap { c in
                CounterpartItemRule.column(total.columns[c], in: part).flatMap { partColumns.contains($0) ? (c, $0) : nil }
            }
            guard !pairing.isEmpty else { return false }
            var added = false
            var touched: [Int] = []
            for (key, r) in keys {
                guard let pr = partKeys[key] ?? clips[key] else { continue }
                for (c, pc) in pairing {
                    let s = at[r * total.columns.count + c]
                    guard s >= 0, let cell = IdentitySupport.cell(part, pr, pc), let v = cell.value, cell.unit != "%" else { continue }
                    slots[s].terms.append(Check.Cell(row: pr, column: pc, table: part.id))
                    slots[s].values.append(v)
                    if let a = slots[s].sumHundredths, let b = Slot.hundredths(v) { slots[s].sumHundredths = a + b } else { slots[s].sumHundredths = nil }
                    slots[s].read(cell)
                    touched.append(s)
                    if v != 0 { added = true; slots[s].nonzero += 1 }
                }
            }
            for s in touched {
                (plus[s], minus[s]) = slots[s].holds
            }
            return added
        }

        /// The prefix of `parts` (at least two that add numbers) whose sums make most cells
        /// hold, with its checks. Each prefix is scored as it grows; the checks are built once.
        func best(parts: [Int], tables: [Table], keys: [[LabelKey: Int]], clips: [[LabelKey: Int]],
                  additive: [[Int]]) -> (score: Int, checks: [Check])? {
            guard !slots.isEmpty else { return nil }
            var sums = self
            var contributing = 0
            var best: (score: Int, count: Int)? = nil
            for (k, p) in parts.enumerated() {
                if sums.add(tables[p], keys: keys[p], clips: clips[p], additive: additive[p]) { contributing += 1 }
                guard contributing >= 2 else { continue }
                let score = sums.judge(build: false).score
                if score > (best?.score ?? 0) { best = (score, k + 1) }
            }
            guard let best else { return nil }
            var chosen = self
            for p in parts.prefix(best.count) { _ = chosen.add(tables[p], keys: keys[p], clips: clips[p], additive: additive[p]) }
            return chosen.judge(build: true)
        }

        /// How many cells hold in the columns that are taken (see the type's comment), and with
        /// `build` their checks.
        func judge(build: Bool) -> (score: Int, checks: [Check]) {
            // The sign of each row: minus when more of its non-zero cells hold that way.
            var votes = Array(repeating: 0, count: total.rows.count)
            for (i, s) in slots.enumerated() where !s.terms.isEmpty && s.printed != 0 {
                votes[s.row] += plus[i] ? 1 : minus[i] ? -1 : 0
            }
            var score = 0
            var checks: [Check] = []
            for inColumn in byColumn {
                let cells = inColumn.filter { !slots[$0].terms.isEmpty }
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
                    let sum = s.sum
                    checks.append(Check(rule: rule, column: s.column, row: s.row, table: first, operands: operands,
                                        expected: negative ? -sum : sum, actual: s.printed, tolerance: s.tolerance))
                }
            }
            return (score, checks.sorted { ($0.row, $0.column) < ($1.row, $1.column) })
        }
    }
}
