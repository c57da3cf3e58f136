import Foundation

/// A spreadsheet statement in one-row-per-line text (`StatementLabelBlock`, two columns per
/// year) whose EMPTY items print no figure line at all: synth joutsenkyla p. 1 in `-raw` and
/// pypdf has 27 labels that take a line under its outline and 23 figure lines ("Valmistus omaan
/// käyttöön", "Satunnaiset tuotot", "Varausten muutos" print nothing; "Satunnaiset kulut 0 0"
/// prints its cells in the label box). Which items go without a line is chosen by the arithmetic
/// alone, with a search that stops at the first footing a choice breaks:
///
/// - only an item may be empty: not a result line (`PairedColumnFooting.results`), not the
///   outline's first or key label, and not a label whose label-box cells fill no row;
/// - a line of 2N figures (item and subtotal) is its group's closing row, so it goes to the
///   group's last item under the outline (`StatementOutline.groups`); a line of N figures outside
///   an open group is a subtotal-only line, never an item of a group;
/// - each closing row and each result line must foot (the item column since the last subtotal,
///   the subtotal column since the last result line, within a unit per term), as
///   `PairedColumnFooting` will check on the reading, and the rows are placed as the plain-table
///   reader will place them (`TwoColumnsPerYear`, `SubtotalOnlyRows`, `SubtotalOnlyItemRows`);
/// - a label-box cell beside a figure line is tried at every place among the line's figures
///   (joutsenkyla's "Arvonalentumiset 0" is the 2019 item between the 2020 subtotal and the 2019
///   subtotal).
///
/// Each choice that survives is read in full by `StatementLabelBlock` (no checker identity
/// failing, at least `minFooting` footings); ties between readings that differ only in which
/// empty item holds a line leave those rows' figures out. Bounded: `maxSteps` steps of the
/// search, `maxReadings` choices kept (more leaves the page as before).
enum ItemsWithoutFigureLine {
    /// Labels more than figure lines the search takes on.
    static let maxEmpty = 6
    /// Choices that survive the search and are read in full; more leaves the page as before.
    static let maxReadings = 16
    /// Steps of the search before it gives up.
    static let maxSteps = 20_000
    /// Places of label-box cells among a line's figures tried per row.
    static let maxPlaces = 8

    /// The statement as `StatementLabelBlock` reads it: its labels down to the key figures,
    /// their statement keys, which take a figure line (no group heading over items), the outline.
    struct Statement {
        var labels: [LabelBlockPairing.Label]
        var keys: [String]
        var carries: [Bool]
        var outline: StatementOutline
    }

    /// One way to read a label's row: the words after its label, its count of figures and their
    /// values (nil when the text leaves them open).
    struct RowReading {
        var words: [String]
        var count: Int?
        var values: [Decimal]?
    }

    /// The running footing of the statement so far, as the reader would place its rows.
    struct Footing {
        /// Whether a group is open (N-figure rows are items): nil when unknown.
        var open: Bool? = true
        /// A headline (a row without figures) since the last number row.
        var headline = false
        /// Per period, the item column since the last subtotal and the subtotal column since the
        /// last result line, each with its count of terms; nil when unknown.
        var items: [Decimal]?
        var itemTerms = 0
        var running: [Decimal]?
        var runningTerms = 0
    }

    /// Each choice of the labels that take no figure line which no footing refutes: per label that
    /// carries (in order), the words read after it (its figures with its label-box cells placed,
    /// or its label-box cells alone). Nil when the counts do not call for it (no label more than
    /// lines, or more than `maxEmpty`), the statement has no 2N lines, or the search overflows.
    static func readings(_ statement: Statement, figures: [[String]], periods p: Int) -> [[[String]]]? {
        let carrying = statement.labels.indices.filter { statement.carries[$0] }
        let empty = carrying.count - figures.count
        guard p >= 1, empty >= 1, empty <= maxEmpty, figures.count >= StatementLabelBlock.minRows else { return nil }
        let lines = figures.map { cells($0, periods: p) }
        // Two columns per year: some line holds 2N figures.
        guard lines.contains(where: { $0?.count == 2 * p }) else { return nil }
        let unit: Decimal = figures.joined().contains { $0.contains(",") } ? Decimal(string: "0.01") ?? 1 : 1
        let optional = statement.labels.indices.map { mayBeEmpty(statement, $0, periods: p) }
        // Labels that may go without a line from each index on, to prune a choice early.
        var emptyAfter = Array(repeating: 0, count: statement.labels.count + 1)
        var carryingAfter = Array(repeating: 0, count: statement.labels.count + 1)
        for i in statement.labels.indices.reversed() {
            emptyAfter[i] = emptyAfter[i + 1] + (optional[i] ? 1 : 0)
            carryingAfter[i] = carryingAfter[i + 1] + (statement.carries[i] ? 1 : 0)
        }
        var out: [[[String]]] = []
        var chosen: [[String]] = []
        var steps = 0
        var overflow = false
        func walk(_ i: Int, _ j: Int, _ left: Int, _ state: Footing) {
            steps += 1
            guard !overflow, steps <= maxSteps else { overflow = true; return }
            if i == statement.labels.count {
                guard j == lines.count, left == 0 else { return }
                out.append(chosen)
                if out.count > maxReadings { overflow = true }
                return
            }
            guard carryingAfter[i] - (lines.count - j) == left, left <= emptyAfter[i] else { return }
            let label = statement.labels[i]
            guard statement.carries[i] else {
                var next = state
                next.headline = true
                walk(i + 1, j, left, next)
                return
            }
            if j < lines.count {
                let cut = label.own.isEmpty ? lines[j] : cells(figures[j], periods: p, own: label.own.count)
                for row in rowReadings(label, figures: figures[j], cells: cut, periods: p) {
                    guard let next = step(state, row: row, statement, at: i, periods: p, unit: unit) else { continue }
                    chosen.append(row.words)
                    walk(i + 1, j + 1, left, next)
                    chosen.removeLast()
                }
            }
            if left > 0, optional[i] {
                let row = RowReading(words: label.own, count: label.own.isEmpty ? 0 : label.own.count,
                                     values: values(label.own))
                if let next = step(state, row: row, statement, at: i, periods: p, unit: unit) {
                    chosen.append(label.own)
                    walk(i + 1, j, left - 1, next)
                    chosen.removeLast()
                }
            }
        }
        walk(0, 0, empty, Footing(items: Array(repeating: 0, count: p), running: Array(repeating: 0, count: p)))
        return overflow ? nil : out
    }

    /// Whether label `i` may print no figure line: an item (no result line, not the outline's
    /// first or key label) whose label-box cells, if any, fill a row's N or 2N columns.
    static func mayBeEmpty(_ statement: Statement, _ i: Int, periods p: Int) -> Bool {
        let key = statement.keys[i]
        guard statement.carries[i], !SubtotalOnlyRows.isResult(statement.labels[i].text),
              key != statement.outline.opens, key != statement.outline.holds else { return false }
        let own = statement.labels[i].own.count
        return own == 0 || own == p || own == 2 * p
    }

    /// The figures of one line: its decimals cut after each decimal part, or whole numbers read
    /// as N figures, else as 2N (less `own` cells printed in the label box), as `TwoColumnsPerYear`
    /// prefers them; nil when neither reads. (The reader takes the 2N reading of a line that reads
    /// both ways only when it closes its group; the full reading settles such a line.)
    static func cells(_ words: [String], periods p: Int, own: Int = 0) -> [String]? {
        if let cells = LabelBlockPairing.decimalCells(words) { return cells }
        let reads = [p - own, 2 * p - own].filter { $0 > 0 }.compactMap { n -> [String]? in
            guard let split = DigitRunSplitter.split(words, columns: n), !ShortRows.cutsNumbersApart(split.numbers),
                  split.numbers.allSatisfy({ FinnishNumber.parse($0) != nil }) else { return nil }
            return split.numbers
        }
        return reads.first
    }

    /// The values of cells, nil when one is no number.
    static func values(_ cells: [String]) -> [Decimal]? {
        let parsed = cells.map { FinnishNumber.parse($0).map(\.value) }
        return parsed.allSatisfy { $0 != nil } ? parsed.compactMap { $0 } : nil
    }

    /// The readings of label `label` over the figure line `figures` (cut into `cells` when the text
    /// fixes them): its label-box cells at each place among the figures, keeping their order; none
    /// when the figures do not cut into the columns the label-box cells leave.
    static func rowReadings(_ label: LabelBlockPairing.Label, figures: [String], cells: [String]?, periods p: Int) -> [RowReading] {
        guard !label.own.isEmpty else { return [RowReading(words: figures, count: cells?.count, values: cells.flatMap(values))] }
        guard let cells else { return [] }
        let n = cells.count + label.own.count
        var out: [RowReading] = []
        for slots in placements(n, label.own.count).prefix(maxPlaces) {
            var row: [String] = []
            var o = 0, f = 0
            for c in 0..<n {
                if slots.contains(c) { row.append(label.own[o]); o += 1 } else { row.append(cells[f]); f += 1 }
            }
            out.append(RowReading(words: row.flatMap { $0.split(separator: " ").map(String.init) }, count: n, values: values(row)))
        }
        return out
    }

    /// Every increasing choice of `k` of the places 0..<n.
    static func placements(_ n: Int, _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard k <= n else { return [] }
        return (0...(n - k)).flatMap { first in placements(n - first - 1, k - 1).map { [first] + $0.map { $0 + first + 1 } } }
    }

    /// The footing after label `i` reads `row`, as the reader would place it; nil when a footing fails
    /// or the row stands where the outline puts no such row.
    static func step(_ state: Footing, row: RowReading, _ statement: Statement, at i: Int, periods p: Int, unit: Decimal) -> Footing? {
        var s = state
        guard row.count != 0 else {
            s.headline = true
            return s
        }
        if s.headline { s.open = true }
        s.headline = false
        let text = statement.labels[i].text
        // A row of neither N nor 2N figures fits no column of the statement.
        if let count = row.count, count != p, count != 2 * p { return nil }
        guard let count = row.count else {
            s.open = nil
            s.items = nil
            s.running = nil
            return s
        }
        let v = row.values
        if count == 2 * p {
            // A closing row: its group's last item, its subtotal its items' sum.
            guard isLastMember(statement, i) else { return nil }
            if let v, let items = s.items {
                for y in 0..<p where !near(items[y] + v[2 * y], v[2 * y + 1], terms: s.itemTerms + 1, unit: unit) { return nil }
            }
            s.running = s.running.flatMap { r in v.map { v in (0..<p).map { r[$0] + v[2 * $0 + 1] } } }
            s.runningTerms += 1
            s.items = Array(repeating: 0, count: p)
            s.itemTerms = 0
            s.open = false
            return s
        }
        if SubtotalOnlyRows.isResult(text) {
            // A result line: the subtotal column since the last one; in the item columns it is misread.
            guard s.open != true else { return nil }
            if s.open == false, let v, let running = s.running, s.runningTerms > 0 {
                for y in 0..<p where !near(running[y], v[y], terms: s.runningTerms, unit: unit) { return nil }
            }
            s.running = v
            s.runningTerms = 1
            s.items = Array(repeating: 0, count: p)
            s.itemTerms = 0
            return s
        }
        switch s.open {
        case true?:
            let nextIsResult = i + 1 < statement.labels.count && statement.carries[i + 1]
                && SubtotalOnlyRows.isResult(statement.labels[i + 1].text)
            if nextIsResult, let v, let items = s.items, items == v {
                // The group's subtotal alone on its empty last item (SubtotalOnlyItemRows).
                s.running = s.running.map { r in (0..<p).map { r[$0] + v[$0] } }
                s.runningTerms += 1
                s.items = Array(repeating: 0, count: p)
                s.itemTerms = 0
                s.open = false
            } else {
                s.items = s.items.flatMap { items in v.map { v in (0..<p).map { items[$0] + v[$0] } } }
                s.itemTerms += 1
            }
        case false?:
            // A subtotal-only line stands outside every group.
            guard !isMember(statement, i) else { return nil }
            s.running = s.running.flatMap { r in v.map { v in (0..<p).map { r[$0] + v[$0] } } }
            s.runningTerms += 1
            s.items = Array(repeating: 0, count: p)
            s.itemTerms = 0
        case nil:
            s.items = nil
            s.running = nil
        }
        return s
    }

    /// Whether `total` is `sum` within a unit of the printed figures per term.
    static func near(_ sum: Decimal, _ total: Decimal, terms: Int, unit: Decimal) -> Bool {
        (sum - total).magnitude <= Decimal(terms) * unit
    }

    /// The group heading label `i` stands under as one of its items (the nearest heading above
    /// it whose outline group lists it), or nil.
    static func heading(_ statement: Statement, _ i: Int) -> Int? {
        var h = i - 1
        while h >= 0 {
            if !statement.carries[h], let members = statement.outline.groups[statement.keys[h]] {
                return StatementVocabulary.matches(statement.keys[i], any: members) ? h : nil
            }
            h -= 1
        }
        return nil
    }

    static func isMember(_ statement: Statement, _ i: Int) -> Bool {
        heading(statement, i) != nil
    }

    /// Whether label `i` is the last item of its group: the next label is no item of the same group.
    static func isLastMember(_ statement: Statement, _ i: Int) -> Bool {
        guard let h = heading(statement, i) else { return false }
        return i + 1 >= statement.labels.count || !statement.carries[i + 1] || heading(statement, i + 1) != h
    }
}
