/// A row written one cell per line whose lines are not one figure each, as PyMuPDF's
/// `get_text()` writes the narrow ruled cells of kauhava-tilinpaatos-2024 (pp. 116, 120): a minus
/// on a line of its own before its figure ("TOIMINTAKULUT" / "-" / "46 525 690,00" / "0,00" / "-" /
/// "46 525 690,00" / …), a figure wrapped at a thousands space ("13 397" / "700" for 13 397 700),
/// and two cells on one line ("559 100 10 761 256,51"). Read one per line, such a row holds more
/// lines than the table has columns (or a line that is no single figure), and was kept whole as
/// one flagged cell.
///
/// Where a cell ends is not in the text, so the row is read only when exactly one reading gives
/// the table's column count k (taken from the other rows): every line is one figure, except that
/// a lone dash may be the sign of the unsigned figure right after it (else it is an empty cell's
/// placeholder), a line of exactly three digits may end the grouped whole number on the line
/// before it, and a line of several figures is cut by the three-digit group rule
/// (`DigitRunSplitter`) into as many figures as one reading only allows. A second reading of the
/// count, or none, leaves the row as it was (a row holding a line of several figures is then one
/// flagged text cell, no longer a row named by figures). Every cell so read is flagged `ambiguous-split`:
/// the column count and the grouping rule chose it, not the printed layout.
enum RowFigureReadings {
    /// A line of two or more figures with nothing else ("559 100 10 761 256,51"): inside a row of
    /// figures it is that row's cells, not a new row's label.
    static func isFigureLine(_ line: TextLine) -> Bool {
        line.words.count >= 2 && line.tabCells == nil && DetachedValueRuns.isBareFigureRow(line)
    }

    /// Readings tried per line of several figures.
    static let maxFiguresPerLine = 4

    /// The row's `k` cells from its value lines (`multi` marks the lines of several figures),
    /// when exactly one reading gives k; nil otherwise.
    static func reading(_ values: [String], multi: [Bool], columns k: Int) -> [String]? {
        guard k >= 2, values.count == multi.count, !values.isEmpty, values.count <= 24 else { return nil }
        // Each line's possible figures: itself, or for a line of several, every count it reads
        // into; a count with more than one cut is a doubt (`cells` nil).
        var options: [[(count: Int, cells: [String]?)]] = []
        for (text, several) in zip(values, multi) {
            guard several else { options.append([(1, [text])]); continue }
            let tokens = words(text)
            var found: [(count: Int, cells: [String]?)] = []
            for c in 2...maxFiguresPerLine {
                let cuts = DigitRunSplitter.splits(tokens, columns: c, limit: 2)
                if cuts.count == 1 { found.append((c, cuts[0])) } else if cuts.count > 1 { found.append((c, nil)) }
            }
            guard !found.isEmpty else { return nil }
            options.append(found)
        }
        // Places where a line may go on the next: a lone dash before an unsigned figure, or a
        // grouped whole number before a line of three digits.
        let joints = (0..<(values.count - 1)).filter { !multi[$0] && !multi[$0 + 1] && joins(values[$0], values[$0 + 1]) }
        guard joints.count <= 12 else { return nil }
        var readings = Set<[String]>()
        for mask in 0..<(1 << joints.count) {
            let chosen = joints.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            // Two joints in a row would make one figure of three lines: never.
            if zip(chosen, chosen.dropFirst()).contains(where: { $1 == $0 + 1 }) { continue }
            let joinedAfter = Set(chosen)
            // Every combination of the several-figure lines' counts: (cells, a doubtful cut used).
            var partial: [(cells: [String], doubt: Bool)] = [([], false)]
            for (line, opts) in options.enumerated() {
                var next: [(cells: [String], doubt: Bool)] = []
                for p in partial {
                    for o in opts {
                        // A doubtful cut still counts its figures, so that a fit through it
                        // spoils the reading.
                        guard let cells = o.cells else {
                            next.append((p.cells + Array(repeating: "?", count: o.count), true))
                            continue
                        }
                        let doubt = p.doubt
                        if line > 0, joinedAfter.contains(line - 1), let last = p.cells.last {
                            next.append((p.cells.dropLast() + [joined(last, cells[0])] + cells.dropFirst(), doubt))
                        } else {
                            next.append((p.cells + cells, doubt))
                        }
                    }
                }
                partial = next
            }
            for p in partial where p.cells.count == k {
                if p.doubt { return nil }
                readings.insert(p.cells)
            }
        }
        return readings.count == 1 ? readings.first : nil
    }

    /// A line may go on with the next: a lone dash before an unsigned figure ("-" / "46 525 690,00"),
    /// or a whole number of two or more groups before exactly three digits ("13 397" / "700").
    static func joins(_ first: String, _ second: String) -> Bool {
        let a = first.trimmingCharacters(in: .whitespaces), b = second.trimmingCharacters(in: .whitespaces)
        if ["-", "\u{2212}", "\u{2013}"].contains(a) {
            guard let c = b.first, c.isASCIIDigit else { return false }
            return FinnishNumber.parse(b) != nil
        }
        let groups = words(a)
        guard groups.count >= 2, b.count == 3, b.allSatisfy(\.isASCIIDigit) else { return false }
        let digits = groups.enumerated().allSatisfy { i, g in
            let body = i == 0 && ["-", "\u{2212}", "\u{2013}", "+"].contains(where: { g.hasPrefix($0) }) ? String(g.dropFirst()) : g
            return !body.isEmpty && body.allSatisfy(\.isASCIIDigit) && (i == 0 ? body.count <= 3 : body.count == 3)
        }
        return digits
    }

    /// The figure made of a line and the next one it goes on with.
    static func joined(_ first: String, _ second: String) -> String {
        let a = first.trimmingCharacters(in: .whitespaces), b = second.trimmingCharacters(in: .whitespaces)
        return ["-", "\u{2212}", "\u{2013}"].contains(a) ? a + b : a + " " + b
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
