import Foundation

/// Rows of a sparse table in one-row-per-line text (`pdftotext -raw`, pypdf), placed by the
/// arithmetic the table's own rows share. The text keeps no position, so a row that leaves cells
/// empty ("Vuosikate 4 780 470 4 780 470 9 551 587,40 4 771 117,40" under five columns, the
/// changes column empty) no longer says which ones; the rows themselves do, through a relation
/// between columns that holds on several rows: Poikkeama = Toteutuma − muutosten jälkeen
/// (kauhava-tilinpaatos-2024 p. 126, the rahoitusosa outturn: 4 of 15 rows full, 9 with empty
/// cells) or Tot-% = 100 · Toteuma / Tarkistettu (p. 120, the investments: 7 of 19 rows full,
/// menot and tulot columns interleaved). Each row's digits are read into every count up to the
/// table's and every order-keeping placement; the placement under which the most relations hold
/// (and fewer fail) is kept.
///
/// Only used when the header's column count fits fewer than half the rows and `RowColumnCount`
/// finds no count most rows fill. A relation only pins the cells it joins; a cell between them
/// may still sit in another column, so every cell of a row with empty cells is flagged
/// `ambiguous-split`, and a full row is flagged unless exactly one reading of it holds the most
/// relations and none fails. Rows no relation places are left to the caller (flagged).
enum ArithmeticPlacedRows {
    static let maxColumns = RowColumnCount.maxColumns
    /// Readings of a row's digits into one count that are tried.
    static let maxReadings = 32
    /// More relations than this among one count's readings are chance (small cut-apart numbers).
    static let maxRelations = 12

    /// A relation between three columns of a row, compared on absolute values (the sign
    /// conventions of a budget table differ row by row: p. 126 prints Poikkeama as
    /// Toteutuma − TA for income rows and TA − Toteutuma for cost rows).
    struct Relation: Hashable {
        enum Kind: Hashable { case sum, percent }
        var kind: Kind
        /// sum: the largest of `result`, `a`, `b` is the other two added (columns in order);
        /// percent: `result` = 100 · `a` / `b`, to the decimals printed.
        var result: Int, a: Int, b: Int
    }

    /// One row's cells (printed texts, nil where empty), and whether the placement is in doubt.
    struct Placement: Equatable {
        var texts: [String?]
        var flagged: Bool
    }

    /// The table's column count and the placement of every row some relation places (keyed by
    /// the index into `tails`), or nil when no count gives three placed rows and half the rows.
    static func read(_ tails: [[String]], header n: Int) -> (columns: Int, rows: [Int: Placement])? {
        guard tails.count >= 4, n >= 1, n < maxColumns else { return nil }
        guard tails.filter({ clean(DigitRunSplitter.split($0, columns: n)?.numbers) }).count * 2 < tails.count else { return nil }
        var best: (columns: Int, rows: [Int: Placement])?
        for m in (n + 1)...maxColumns {
            let readings = tails.map { tail in (1...m).map { k in readingsOf(tail, k) } }
            let relations = shared(readings.map { $0[m - 1] }, columns: m)
            // Many relations among cut-apart readings are chance, not the table's arithmetic.
            guard !relations.isEmpty, relations.count <= maxRelations else { continue }
            var rows: [Int: Placement] = [:]
            for (r, rowReadings) in readings.enumerated() {
                if let p = place(rowReadings, columns: m, relations: relations) { rows[r] = p }
            }
            if rows.count > best?.rows.count ?? 0 { best = (m, rows) }
        }
        guard let best, best.rows.count >= 3, best.rows.count * 2 >= tails.count else { return nil }
        return best
    }

    /// The `maxReadings` best readings of `tail` as exactly `k` numbers (the splitter's ranking:
    /// the most even digit counts first) that cut no number apart.
    private static func readingsOf(_ tail: [String], _ k: Int) -> [[String]] {
        DigitRunSplitter.ranked(tail, columns: k, limit: maxReadings).map(\.cells).filter { clean($0) }
    }

    private static func clean(_ numbers: [String]?) -> Bool {
        guard let numbers else { return false }
        return !ShortRows.cutsNumbersApart(numbers) && !numbers.contains(where: ImplausibleNumbers.tooLong)
            && numbers.allSatisfy { FinnishNumber.parse($0) != nil }
    }

    /// A number's absolute value, and whether it is printed as a percentage.
    private struct Value { var magnitude: Double; var percent: Bool; var decimals: Int }

    private static func value(_ text: String) -> Value? {
        guard let parsed = FinnishNumber.parse(text) else { return nil }
        let decimals = text.split(separator: ",", maxSplits: 1).dropFirst().first.map { $0.filter(\.isASCIIDigit).count } ?? 0
        return Value(magnitude: abs(NSDecimalNumber(decimal: parsed.value).doubleValue),
                     percent: parsed.unit == "%" || text.hasSuffix("%"), decimals: decimals)
    }

    /// Whether `r` holds on a row's values: nil when one of its cells is empty.
    private static func holds(_ r: Relation, _ v: [Value?]) -> Bool? {
        guard let c = v[r.result], let a = v[r.a], let b = v[r.b] else { return nil }
        switch r.kind {
        case .sum:
            guard !c.percent, !a.percent, !b.percent else { return false }
            let tolerance = 0.000_5
            // Any of the three may be the sum of the other two (Poikkeama = Toteutuma − TA, or TA − Toteutuma).
            let m = [c.magnitude, a.magnitude, b.magnitude].sorted()
            return abs(m[2] - (m[0] + m[1])) < tolerance
        case .percent:
            guard c.percent, !a.percent, !b.percent, b.magnitude > 0 else { return false }
            let half = 0.5 * pow(10, -Double(c.decimals)) + 1e-9
            return abs(c.magnitude - 100 * a.magnitude / b.magnitude) <= half
        }
    }

    /// Relations that some full reading of at least two rows satisfies with no zero among its
    /// cells (a zero makes a sum of anything with itself).
    private static func shared(_ full: [[[String]]], columns m: Int) -> [Relation: Int] {
        var support: [Relation: Int] = [:]
        for readings in full {
            var found = Set<Relation>()
            for reading in readings {
                let v = reading.map(value)
                for c in 0..<m {
                    for a in 0..<m where a != c {
                        for b in 0..<m where b != c && b != a {
                            for kind in [Relation.Kind.sum, .percent] {
                                // A sum holds whichever of its three columns is the total: one relation per three columns.
                                if kind == .sum, !(c < a && a < b) { continue }
                                let r = Relation(kind: kind, result: c, a: a, b: b)
                                guard let x = v[c], let y = v[a], let z = v[b], z.magnitude > 0, y.magnitude > 0,
                                      kind == .percent || x.magnitude > 0, holds(r, v) == true else { continue }
                                found.insert(r)
                            }
                        }
                    }
                }
            }
            for r in found { support[r, default: 0] += 1 }
        }
        return support.filter { $0.value >= 2 }
    }

    /// The best placement of a row among its readings (`readings[k - 1]` holds those into k
    /// numbers): the most relations holding, each counted by the rows that support it (two
    /// columns equal on most rows make a second, weaker relation: p. 120's Tot-% is also
    /// Toteuma / Alkuper. where no budget changed); then the reading whose amounts are most alike
    /// in length ("-935 760 | 543 000", not "-935 760 543 000", p. 126; "1 542 700 | 236 100",
    /// not "1 542 700 236 | 100", p. 120); then the leftmost placement (a relation that holds on
    /// most rows but not all, like that weaker one, fails where it should not: failing relations
    /// only flag). nil when no relation holds.
    private static func place(_ readings: [[[String]]], columns m: Int, relations: [Relation: Int]) -> Placement? {
        var best: (holds: Int, spread: Int, fails: Int, texts: [String?], full: Bool)?
        var tied = false
        for (index, byCount) in readings.enumerated() {
            let k = index + 1
            let positionSets = combinations(m, k)
            for reading in byCount {
                let values = reading.map(value)
                let spread = spreadOf(reading, values)
                for positions in positionSets {
                    var texts = [String?](repeating: nil, count: m)
                    var v = [Value?](repeating: nil, count: m)
                    for (j, p) in positions.enumerated() { texts[p] = reading[j]; v[p] = values[j] }
                    var h = 0, f = 0
                    for (r, support) in relations {
                        switch holds(r, v) {
                        case true?: h += support
                        case false?: f += support
                        case nil: break
                        }
                    }
                    guard h > 0 else { continue }
                    if let b = best {
                        if (h, -spread) < (b.holds, -b.spread) { continue }
                        if (h, -spread) == (b.holds, -b.spread) {
                            if texts != b.texts { tied = true }
                            continue
                        }
                    }
                    best = (h, spread, f, texts, k == m)
                    tied = false
                }
            }
        }
        guard let best else { return nil }
        return Placement(texts: best.texts, flagged: tied || best.fails > 0 || !best.full)
    }

    /// How unlike in length a reading's amounts are: the most integer digits less the fewest,
    /// leaving out percentages and zeros, which are short by nature.
    private static func spreadOf(_ reading: [String], _ values: [Value?]) -> Int {
        let digits = zip(reading, values).compactMap { text, v -> Int? in
            guard let v, !v.percent, v.magnitude > 0 else { return nil }
            return DigitRunSplitter.digitCount(text)
        }
        return (digits.max() ?? 0) - (digits.min() ?? 0)
    }

    /// Every increasing choice of `k` positions among `m`, leftmost first.
    static func combinations(_ m: Int, _ k: Int) -> [[Int]] {
        guard k <= m, k >= 0 else { return [] }
        if k == 0 { return [[]] }
        var out: [[Int]] = []
        func walk(_ start: Int, _ chosen: [Int]) {
            if chosen.count == k { out.append(chosen); return }
            guard start < m, m - start >= k - chosen.count else { return }
            for p in start..<m where m - p >= k - chosen.count { walk(p + 1, chosen + [p]) }
        }
        walk(0, [])
        return out
    }
}
