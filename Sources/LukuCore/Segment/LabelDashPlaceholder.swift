/// A label whose own cells start with a dash ("Menot – 99,5") over a figure line one figure short
/// of the full rows ("224 027,64 € 234 200,00 € 234 200,00 € 233 103,49 €", where a full row
/// prints five: "216 024,32 € 230 200,00 € −3 000,00 € 227 200,00 € 227 891,30 €" under "Menot
/// 100,3"): the dash is the empty cell of one of the figure columns, not a column after them. In
/// a budget outturn it is the budget-change column (TA-muutokset, "–" where the budget was not
/// changed: DOMAIN.md), printed in the figure box, which one-row-per-line text (`pdftotext
/// -raw`, pypdf) moved into the label's line. Synth kalliosalo p. 6 (the board's outturn, 14 of
/// its 23 rows). `FigureRowsUnderLabels` put the label's own cells after the figures, which put
/// the TA + muutokset, Toteutuma and dash one column to the left of their headings.
///
/// Which column the dash stands in is not in the text, so every column the rows leave open is
/// tried, the same one on every such row (the dash marks one column of the table), and the
/// table's identities choose: the single placement under which most checks hold and none fails
/// is kept, its rows' cells flagged `identity-chosen` besides `ambiguous-split`. A tie, or a
/// failing check under the best, leaves the rows as they were read before.
enum LabelDashPlaceholder {
    /// The readings of every row's cells to be tried (the first the one `FigureRowsUnderLabels`
    /// builds: figures, then the label's own cells), and the rows each placement moves; nil when
    /// the rows do not show the shape.
    ///
    /// The full rows (the most figures) must all end in the same number of own cells; a short row
    /// is one figure short and has one placeholder more before those cells.
    static func readings(figures: [[String]?], own: [[String]]) -> (readings: [[[String]?]], moved: Set<Int>)? {
        let counts = figures.compactMap { $0?.count }
        guard let full = counts.max(), full >= 2 else { return nil }
        let fullRows = figures.indices.filter { figures[$0]?.count == full }
        guard let tail = fullRows.first.map({ own[$0].count }), fullRows.allSatisfy({ own[$0].count == tail }),
              fullRows.count >= 2 else { return nil }
        // A sign printed apart from its digits ("- 12 284 300", joutsenkyla) makes "- 4,5 %" a
        // negative share, not a dash and a share: only where every figure keeps its sign on its
        // digits ("−3 000,00 €") is a dash standing alone an empty cell.
        guard !figures.contains(where: { $0?.contains(where: signApart) == true }) else { return nil }
        var short: [Int] = []
        for r in figures.indices {
            guard let f = figures[r], f.count != full else { continue }
            // A short row: one figure fewer, and the one own cell more is a dash opening its own cells.
            guard f.count == full - 1, own[r].count == tail + 1, let dash = own[r].first,
                  FinnishNumber.isPlaceholder(dash) else { return nil }
            short.append(r)
        }
        guard !short.isEmpty else { return nil }
        let given: [[String]?] = zip(figures, own).map { f, o in f.map { $0 + o } }
        var out = [given]
        // The dash in column p (0 ..< full - 1); p = full - 1 is the reading given.
        for p in 0..<(full - 1) {
            var reading = given
            for r in short {
                guard let f = figures[r] else { continue }
                var cells = f
                cells.insert(own[r][0], at: p)
                reading[r] = cells + own[r].dropFirst()
            }
            out.append(reading)
        }
        return (out, Set(short))
    }

    /// A figure whose sign stands apart from its digits ("- 5 270 400").
    static func signApart(_ text: String) -> Bool {
        guard let first = text.first, "-−–+".contains(first) else { return false }
        return text.dropFirst().first == " "
    }

    /// The index of the reading the identities choose among `tables` (one per reading, in order):
    /// the single best score (checks holding less those failing), with none failing and one
    /// holding at least; nil on a tie or a failure.
    static func choose(_ tables: [Table]) -> Int? {
        let tallies = tables.map { LabelBlockPairing.tally($0, loose: [:]) }
        guard let best = tallies.map(\.score).max(), tallies.filter({ $0.score == best }).count == 1,
              let w = tallies.firstIndex(where: { $0.score == best }),
              tallies[w].failed == 0, tallies[w].held > 0 else { return nil }
        return w
    }
}

extension LabelDashPlaceholder {
    /// The columns, the last ones a percent column ("%") where every full row's own cells there
    /// are shares ("99,5", "101,3 %": `LabelBlockPairing.isShare`): no sum runs down a column of
    /// percentages, so the group totals are checked in the amount columns only.
    static func shareColumns(_ columns: [Column], own: [[String]]) -> [Column] {
        var out = columns
        let n = columns.count
        guard let tail = own.map(\.count).min(), tail >= 1, tail < n else { return out }
        for k in 1...tail where own.allSatisfy({ LabelBlockPairing.isShare($0[$0.count - k]) }) {
            out[n - k].unit = "%"
        }
        return out
    }
}
