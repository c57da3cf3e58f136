/// One-row-per-line text (`pdftotext -raw`, pypdf) of a spreadsheet-made statement whose label
/// column was a text box of its own: first every label of the statement, then (after any prose
/// and the column heading) one line of figures per row with no label. Unlike the pages
/// `FigureRowsUnderLabels` pairs by count, the labels and the figure lines do not correspond one
/// to one: a headline or an empty item ("Satunnaiset tuotot") has no figure line, a stray cell
/// printed in the label box ("Rahoitustuotot ja -kulut −730,66 €", "Arvonalentumiset –",
/// "Satunnaiset erät – –") holds a column of the row, and a line of one figure belongs to such a
/// row. Synth kalliosalo p. 1 (the income statement: 35 labels, 32 figure lines), in -raw and
/// pypdf; p. 2 (the cash-flow statement with its Muutos % printed beside each label: 21 label
/// lines, 18 figure lines) has the shape too, but two of its pairings tie and it stays unpaired. Order and cell counts alone leave several pairings (which labels
/// go without figures), and only the statement's identities (a sum row = its items, the
/// income-statement and cash-flow chains) tell them apart.
///
/// So every order-keeping pairing that fits the cell counts is built as a table (bounded:
/// `maxCandidates`, `maxSteps`) and the table's identities (the `IdentityChecker` rules) are run
/// on it: a pairing is scored by the checks that hold less those that fail under either sign
/// convention, and the single best is kept only when none of its checks fails and at least
/// `minHeld` hold. A tie, a failing check or too few checks leaves the page as before (with its
/// column-blocks issue). A row whose columns the text does not fix (a stray cell beside a figure
/// line, a line of fewer figures than columns) is placed where the checks through it single out
/// one placement; checks through such a row left unplaced count for no pairing. Every cell is
/// flagged `ambiguous-split` and `identity-chosen`: the arithmetic, not the text, put it in its row.
enum LabelBlockPairing {
    /// Pairings scored per run of figure lines: more means the counts leave too much open.
    static let maxCandidates = 96
    /// Steps of the search for pairings before it gives up.
    static let maxSteps = 20_000
    /// Checks that must hold under the pairing kept.
    static let minHeld = 4
    /// Labels more than figure lines (rows with no figures) a run may have.
    static let maxSkipped = 8
    /// Placements tried per row whose columns the text does not fix.
    static let maxPlacements = 12

    /// The table identities run on each candidate (the checker's own rules).
    static let rules: [any TableIdentity] = IdentityChecker().rules

    /// A label line: its words before its own cells, and those cells.
    struct Label {
        var line: Int
        var text: String
        var own: [String]
    }

    /// The table pairing the figure lines `figures` with the labels above them (back to `floor`),
    /// its first line (the column heading right above the labels, if any), the line of its first
    /// label, and its issue; nil when no pairing is proven.
    static func table(_ lines: [TextLine], figures: [Int], from floor: Int,
                      excluded: Set<Int>) -> (draft: TableDraft, first: Int, body: Int, issue: Issue)? {
        guard let labels = labels(lines, above: figures[0], floor: floor, excluded: excluded),
              labels.count >= figures.count, labels.count - figures.count <= maxSkipped,
              let texts = figureCells(figures.map { lines[$0].words.map(\.text) }) else { return nil }
        let counts = texts.map(\.count)
        guard let maxFigures = counts.max(), counts.allSatisfy({ $0 >= 1 }) else { return nil }
        let ownRows = labels.filter { !$0.own.isEmpty }.count
        let maxOwn = labels.map(\.own.count).max() ?? 0
        // Own cells on most rows are a column of their own, printed after the figures (a Muutos %
        // beside each label, kalliosalo p. 2); on a few rows they are stray cells of the row's
        // own columns (kalliosalo p. 1).
        let ownColumn = ownRows * 2 >= figures.count && maxOwn >= 1
        let n = ownColumn ? maxFigures + maxOwn : max(maxFigures, maxOwn)
        guard n >= 2, n <= RowColumnCount.maxColumns else { return nil }
        let shape = Shape(labels: labels, counts: counts, n: n, ownColumn: ownColumn, maxFigures: maxFigures)
        guard let pairings = shape.pairings() else { return nil }
        var columns = headingColumns(lines, headings: headingLines(lines, labels: labels, figures: figures, floor: floor), count: n)
            ?? Array(repeating: Column(header: ""), count: n)
        // Own cells that are all shares (one decimal or "%": kalliosalo p. 2's Muutos %) are a
        // percent column, which no sum runs down.
        if ownColumn, labels.allSatisfy({ $0.own.allSatisfy(isShare) }) {
            for c in maxFigures..<n where columns[c].unit == nil { columns[c].unit = "%" }
        }
        var tallies: [ReadingByIdentities.Tally] = []
        var built: [(draft: TableDraft, loose: [Int: Loose])] = []
        for pairing in pairings {
            var b = draft(lines, shape: shape, pairing: pairing, texts: texts, columns: columns, last: figures[figures.count - 1])
            // Rows whose placement the identities settle count as any row; the others count for nothing.
            let settled = placeLooseRows(&b.draft, loose: b.loose, shape: shape, columns: columns)
            tallies.append(tally(b.draft.finished(id: "pairing"), loose: b.loose.filter { !settled.contains($0.key) }))
            built.append(b)
        }
        guard let best = tallies.map(\.score).max(), tallies.filter({ $0.score == best }).count == 1,
              let winner = tallies.firstIndex(where: { $0.score == best }),
              tallies[winner].failed == 0, tallies[winner].held >= minHeld else { return nil }
        var chosen = built[winner].draft
        chosen = ColumnBlockPages.flagEveryCell(chosen)
        for r in chosen.rows.indices {
            for c in chosen.rows[r].cells.indices { ReadingByIdentities.mark(&chosen.rows[r].cells[c]) }
        }
        let names = Array(Set(tallies[winner].rules)).sorted().joined(separator: "; ")
        let issue = Issue(severity: .warning, code: "ambiguous-split", page: lines[labels[0].line].page,
                          message: "\(labels.count) labels over \(figures.count) lines of figures with no label (the page in column blocks): "
                              + "of \(pairings.count) pairings that fit the cell counts, the one under which \(tallies[winner].held) identities hold "
                              + "and none fails (\(names)) was kept; every cell flagged ambiguous-split and identity-chosen")
        // The column heading right above the labels ("TP 2024 TP 2023" / "€ €") is the table's.
        var top = labels[0].line
        while top - 1 >= floor, !excluded.contains(top - 1),
              lines[top - 1].isEmpty || isHeading(lines[top - 1].words.map(\.text)) || PlainHeader(lines[top - 1]) != nil { top -= 1 }
        while top < labels[0].line, lines[top].isEmpty { top += 1 }
        chosen.firstLine = top
        return (chosen, top, labels[0].line, issue)
    }

    /// The cells of each figure line: each figure ending in "€" (`FigureRowsUnderLabels.euroCells`)
    /// or each ending in decimals (`decimalCells`), cut without a guess; else whole numbers run
    /// together ("14 652 3 759") split as `FigureRowsUnderLabels` splits them.
    static func figureCells(_ lines: [[String]]) -> [[String]]? {
        var out: [[String]] = []
        for words in lines {
            guard let cells = FigureRowsUnderLabels.euroCells(words) ?? decimalCells(words) else {
                // Whole numbers: the one count of columns the lines' digits give, where every line
                // reads into it without cutting a number apart (its cells a guess the identities test).
                return FigureRowsUnderLabels.figureTexts(lines).flatMap { texts in
                    texts.allSatisfy { $0 != nil } ? texts.compactMap { $0 } : nil
                }
            }
            out.append(cells)
        }
        return out
    }

    /// The figures of a line whose every figure has decimals ("54 121 746,61 –51 357 659,01",
    /// "- 83 373 475,87 - 80 568 282,56"), cut after each decimal part; a dash not before digits
    /// is a cell of its own (nothing to report); a "%" or "€" goes with the figure before it. Nil
    /// when a part is not one grouped number (a first group of one to three digits, then groups
    /// of three).
    static func decimalCells(_ words: [String]) -> [String]? {
        var cells: [String] = []
        var part: [String] = []
        for (k, w) in words.enumerated() {
            if part.isEmpty, w == "%" || w == "€", let last = cells.last, last.last?.isNumber == true {
                cells[cells.count - 1] = last + " " + w
                continue
            }
            let beforeDigits = k + 1 < words.count && words[k + 1].first?.isNumber == true
            if part.isEmpty, FinnishNumber.isPlaceholder(w), !beforeDigits {
                cells.append(w)
                continue
            }
            part.append(w)
            guard w.contains(",") else { continue }
            guard wellGrouped(part), let _ = FinnishNumber.parse(part.joined(separator: " ")) else { return nil }
            cells.append(part.joined(separator: " "))
            part = []
        }
        return part.isEmpty && !cells.isEmpty ? cells : nil
    }

    /// A sign (alone or on the first group), a first group of one to three digits, groups of
    /// three, the last with its decimals.
    static func wellGrouped(_ part: [String]) -> Bool {
        var groups = part
        if let first = groups.first, first.count == 1, FinnishNumber.isPlaceholder(first) || first == "+" { groups.removeFirst() }
        guard !groups.isEmpty else { return false }
        // One word with its own group marks ("1.750.896,75", "−2 810 622,56" with no-break spaces).
        if groups.count == 1, groups[0].contains(where: { $0 == "." || FinnishNumber.isSpace($0.unicodeScalars.first?.value ?? 0) }) {
            return FinnishNumber.parse(groups[0]) != nil
        }
        for (k, g) in groups.enumerated() {
            var digits = k == groups.count - 1 ? String(g.split(separator: ",", maxSplits: 1).first ?? "") : g
            if k == 0, let sign = digits.first, "-−–+".contains(sign) { digits.removeFirst() }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return false }
            if k == 0 ? digits.count > 3 : digits.count != 3 { return false }
        }
        return true
    }

    /// A share as printed: a number ending in "%", or with exactly one decimal; or a dash.
    static func isShare(_ text: String) -> Bool {
        if FinnishNumber.isPlaceholder(text) { return true }
        guard FinnishNumber.parse(text) != nil else { return false }
        if text.hasSuffix("%") { return true }
        guard let comma = text.lastIndex(of: ",") else { return false }
        return text[text.index(after: comma)...].count == 1
    }

    /// The column heading lines around the label block: those right above the first label
    /// ("TP 2024 TP 2023", "Alkuperäinen TA TA-muutokset TA+muutos 2019 Toteuma Poikkeama 2019"),
    /// and those between the last label and the figures (kalliosalo p. 2 stacks "TP" / "2024" /
    /// "TP" / "2023" / "Muutos" / "%" one word a line), each group in order.
    static func headingLines(_ lines: [TextLine], labels: [Label], figures: [Int], floor: Int) -> [[Int]] {
        func isHeadingLine(_ k: Int) -> Bool {
            !lines[k].isEmpty && (isHeading(lines[k].words.map(\.text)) || PlainHeader(lines[k]) != nil)
        }
        var above: [Int] = []
        var k = labels[0].line - 1
        while k >= floor, lines[k].isEmpty || isHeadingLine(k) {
            if !lines[k].isEmpty { above.insert(k, at: 0) }
            k -= 1
        }
        let below = ((labels[labels.count - 1].line + 1)..<figures[0]).filter(isHeadingLine)
        return [above, below].filter { !$0.isEmpty }
    }

    /// The columns a heading names when they are as many as the table's: one heading line alone,
    /// else a group's lines read as one line.
    static func headingColumns(_ lines: [TextLine], headings: [[Int]], count n: Int) -> [Column]? {
        for group in headings {
            for k in group {
                if let header = PlainHeader(lines[k]), header.columns.count == n { return header.columns }
            }
            let joined = group.map { lines[$0].text.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            if let line = TextFileReader.parse(joined).lines.first, let header = PlainHeader(line), header.columns.count == n {
                return header.columns
            }
        }
        return nil
    }

    // MARK: the label block

    /// The label lines above the figures: walking up from the figures over the column heading
    /// and any prose (the statement's comment, printed between its labels and its figures on
    /// kalliosalo pp. 1–2), then the run of short label lines (each with any cells of its own) up
    /// to the first line that is neither (a heading numbered "1.3", a heading "€ €", the page top).
    /// With `loneCells`, a line of cells alone among the labels ("0,00": the cells printed beside
    /// a label the extractor read elsewhere, `WrappedLabelRowsInFigures`) is a label with no text.
    static func labels(_ lines: [TextLine], above start: Int, floor: Int, excluded: Set<Int>, loneCells: Bool = false) -> [Label]? {
        var out: [Label] = []
        var inProse = false
        var k = start - 1
        while k >= floor {
            let line = lines[k]
            defer { k -= 1 }
            if line.isEmpty { continue }
            guard !excluded.contains(k), line.tabCells == nil, line.markdownLevel == nil else { break }
            let words = line.words.map(\.text)
            if out.isEmpty, isHeading(words) || PlainHeader(line) != nil { continue }
            if PlainHeader(line) != nil { break }
            if out.isEmpty, isProse(words) || inProse && words.count >= minProseWords {
                inProse = true
                continue
            }
            if loneCells, !out.isEmpty, let own = loneCellLine(words) {
                out.append(Label(line: k, text: "", own: own))
                continue
            }
            guard let label = label(words, line: k) else { break }
            out.append(label)
        }
        // The topmost label has its text.
        return out.isEmpty || out.last?.text.isEmpty == true ? nil : out.reversed()
    }

    /// Words a line of a paragraph has at least, once a paragraph has begun (its last line may be short).
    static let minProseWords = 7

    /// A line of prose: more words than a label has, or a sentence's end ("toimintakertomuksen.";
    /// not "Rahavarat 31.12.").
    static func isProse(_ words: [String]) -> Bool {
        guard let last = words.last else { return false }
        return words.count > TableLineRole.maxLabelWords
            || last.hasSuffix(".") && last.filter(\.isLetter).count >= 3 && !last.contains(where: \.isNumber)
    }

    /// A column heading line: words that are header tokens, years or units only ("TP 2024 TP
    /// 2023", "€ €", "euroa euroa").
    static func isHeading(_ words: [String]) -> Bool {
        words.count <= 6 && words.allSatisfy { ColumnHeader.isHeaderToken($0) || WordTraits.isYear($0) || unitWords.contains($0) }
    }

    static let unitWords: Set<String> = ["%", "€", "euroa", "EUR", "eur"]

    /// A word of a cell: digits with number marks only ("−730,66", "1.1.", "0,00"), a unit or a dash.
    static func isCellWord(_ w: String) -> Bool {
        if w == "%" || w == "€" || FinnishNumber.isPlaceholder(w) { return true }
        return w.contains(where: \.isNumber) && w.allSatisfy { $0.isNumber || ",.−-–+".contains($0) }
    }

    /// The cells of a line of cells alone ("0,00", "– –"), nil when a word is no cell or a cell no
    /// number or placeholder, or the line is a year.
    static func loneCellLine(_ words: [String]) -> [String]? {
        guard !words.isEmpty, words.allSatisfy(isCellWord), !words.allSatisfy(WordTraits.isYear) else { return nil }
        let own = decimalCells(words) ?? FigureRowsUnderLabels.tokenCells(words)
        return own.allSatisfy({ FinnishNumber.parse($0) != nil || FinnishNumber.isPlaceholder($0) }) ? own : nil
    }

    /// Each run of at least `minRows` bare figure lines on `pages` (in column blocks), with the
    /// line its labels may start at: the page's first line, or, with `floorAfterRuns`, the line
    /// after the page's last such run. The walk `OutlineLabelBlock` and `StatementLabelBlock` share.
    static func figureRuns(_ lines: [TextLine], pages: Set<Int>, excluded: Set<Int>, minRows: Int,
                           floorAfterRuns: Bool, _ visit: (_ run: [Int], _ floor: Int) -> Void) {
        var i = 0, floor = 0, page = -1
        while i < lines.count {
            if lines[i].page != page { page = lines[i].page; floor = i }
            guard pages.contains(page), !excluded.contains(i), !lines[i].isEmpty, lines[i].tabCells == nil,
                  lines[i].markdownLevel == nil, DetachedValueRuns.isBareFigureRow(lines[i]) else { i += 1; continue }
            let run = figureRun(lines, from: i, excluded: excluded)
            guard let last = run.last else { i += 1; continue }
            if run.count >= minRows { visit(run, floor) }
            i = last + 1
            if floorAfterRuns, run.count >= minRows { floor = i }
        }
    }

    /// The figure lines from `start` on, blank lines aside: lines of figures alone
    /// (`DetachedValueRuns.isBareFigureRow`) and lines of one figure with its "€" ("34 420,07 €",
    /// kalliosalo p. 1), which `TextTableBuilder.tailStart` does not count as a row tail.
    static func figureRun(_ lines: [TextLine], from start: Int, excluded: Set<Int>) -> [Int] {
        var run: [Int] = []
        var j = start
        while j < lines.count, lines[j].page == lines[start].page {
            let line = lines[j]
            if line.isEmpty { j += 1; continue }
            guard !excluded.contains(j), isFigureLine(line) else { break }
            run.append(j)
            j += 1
        }
        return run
    }

    /// A line of figures alone (`DetachedValueRuns.isBareFigureRow`), or of one figure with its "€".
    static func isFigureLine(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        return line.tabCells == nil && line.markdownLevel == nil
            && (DetachedValueRuns.isBareFigureRow(line)
                || !words.contains(where: { $0.contains(where: \.isLetter) }) && figureCells([words]) != nil)
    }

    /// A label line: up to `maxLabelWords` words starting with a letter, then any cells of its own
    /// (each a number or a placeholder "–"; what does not read as one stays in the label).
    static func label(_ words: [String], line: Int) -> Label? {
        guard let first = words.first, first.first?.isLetter == true, !isHeading(words) else { return nil }
        // The tail of number words, units and dashes (a lone "−730,66 €" is no row tail to
        // `TextTableBuilder.tailStart`, which wants two such figures).
        var split = words.count
        while split > 1, isCellWord(words[split - 1]) { split -= 1 }
        let tail = Array(words[split...])
        var own = decimalCells(tail) ?? FigureRowsUnderLabels.tokenCells(tail)
        var labelWords = Array(words[..<split])
        while let bad = own.firstIndex(where: { FinnishNumber.parse($0) == nil && !FinnishNumber.isPlaceholder($0) }) {
            labelWords += own[...bad].flatMap { $0.split(separator: " ").map(String.init) }
            own.removeFirst(bad + 1)
        }
        // A year closing the line is the label's, not a cell ("Tilinpäätös 2024").
        if !own.isEmpty, own.allSatisfy(WordTraits.isYear) {
            labelWords += own
            own = []
        }
        guard !labelWords.isEmpty, labelWords.count <= TableLineRole.maxLabelWords else { return nil }
        return Label(line: line, text: labelWords.joined(separator: " "), own: own)
    }

    // MARK: pairings

    /// The labels, each figure line's count of cells, and the table's columns.
    struct Shape {
        var labels: [Label]
        var counts: [Int]
        var n: Int
        var ownColumn: Bool
        var maxFigures: Int

        /// Whether label `i` may take a line of `c` figures.
        func fits(_ i: Int, _ c: Int) -> Bool {
            ownColumn ? c <= maxFigures : c + labels[i].own.count <= n
        }

        /// Whether label `i` may go without a figure line: its own cells fill the row, or it has none.
        func standsAlone(_ i: Int) -> Bool {
            labels[i].own.isEmpty || (!ownColumn && labels[i].own.count == n)
        }

        /// Whether the text leaves a row's columns open: a line of fewer figures than its
        /// columns, or (cells in the label box stray) own cells beside figures.
        func isLoose(_ row: Loose) -> Bool {
            guard !row.figures.isEmpty else { return false }
            return ownColumn ? row.figures.count < maxFigures : !row.own.isEmpty || row.figures.count < n
        }

        /// The order-keeping placements of a row's cells (each a row of texts), the first the one
        /// built before the identities speak: the own column's cells last and the figures from the
        /// first column; stray own cells first, then the figures.
        func placements(_ row: Loose) -> [[String?]] {
            var out: [[String?]] = []
            if ownColumn {
                for slots in choices(Array(0..<maxFigures), row.figures.count) {
                    var cells = Array(repeating: String?.none, count: n)
                    for (k, c) in slots.enumerated() { cells[c] = row.figures[k] }
                    for (k, t) in row.own.enumerated() { cells[n - row.own.count + k] = t }
                    out.append(cells)
                }
            } else {
                for ownSlots in choices(Array(0..<n), row.own.count) {
                    let rest = (0..<n).filter { !ownSlots.contains($0) }
                    for figureSlots in choices(rest, row.figures.count) {
                        var cells = Array(repeating: String?.none, count: n)
                        for (k, c) in ownSlots.enumerated() { cells[c] = row.own[k] }
                        for (k, c) in figureSlots.enumerated() { cells[c] = row.figures[k] }
                        out.append(cells)
                    }
                }
            }
            return out
        }

        /// Every increasing choice of `k` of `slots`, in lexicographic order (the first the leftmost).
        func choices(_ slots: [Int], _ k: Int) -> [[Int]] {
            guard k > 0 else { return [[]] }
            guard k <= slots.count else { return [] }
            var out: [[Int]] = []
            for (a, s) in slots.enumerated() {
                for rest in choices(Array(slots[(a + 1)...]), k - 1) { out.append([s] + rest) }
            }
            return out
        }

        /// Every order-keeping pairing (for each label, the index of its figure line or nil) in
        /// which each line has one label, nil when there are more than `maxCandidates`.
        func pairings() -> [[Int?]]? {
            var out: [[Int?]] = []
            var current: [Int?] = []
            var steps = 0
            var overflow = false
            func extend(_ i: Int, _ j: Int) {
                steps += 1
                guard !overflow, steps <= LabelBlockPairing.maxSteps else { overflow = true; return }
                let linesLeft = counts.count - j, labelsLeft = labels.count - i
                if labelsLeft == 0 {
                    if linesLeft == 0 {
                        out.append(current)
                        if out.count > LabelBlockPairing.maxCandidates { overflow = true }
                    }
                    return
                }
                if linesLeft > labelsLeft { return }
                // A label whose own cells fill the row takes no line.
                let fills = !ownColumn && labels[i].own.count == n
                if linesLeft > 0, !fills, fits(i, counts[j]) {
                    current.append(j)
                    extend(i + 1, j + 1)
                    current.removeLast()
                }
                if standsAlone(i), labelsLeft > linesLeft {
                    current.append(nil)
                    extend(i + 1, j)
                    current.removeLast()
                }
            }
            extend(0, 0)
            return overflow || out.isEmpty ? nil : out
        }
    }

    /// A row whose columns the text does not fix: its own cells and its figures, each in order.
    struct Loose {
        var own: [String]
        var figures: [String]
    }

    /// The table of one pairing, and the rows whose columns the text does not fix (by row).
    static func draft(_ lines: [TextLine], shape: Shape, pairing: [Int?], texts: [[String]], columns: [Column],
                      last: Int) -> (draft: TableDraft, loose: [Int: Loose]) {
        var rows: [Row] = []
        var loose: [Int: Loose] = [:]
        for (i, label) in shape.labels.enumerated() {
            let figures = pairing[i].map { texts[$0] } ?? []
            let row = Loose(own: label.own, figures: figures)
            if shape.isLoose(row) { loose[i] = row }
            let texts = shape.placements(row).first ?? Array(repeating: nil, count: shape.n)
            rows.append(Row(label: label.text, level: 0, cells: texts.enumerated().map { c, t in
                t.map { CellReader.cell($0, column: columns[c], doubtful: true) }
            }))
        }
        let first = shape.labels[0].line
        let draft = TableDraft(page: lines[first].page, pages: [lines[first].page], bbox: nil, caption: nil, unit: nil,
                               columns: columns, rows: rows, hasHeader: true, firstLine: first, lastLine: last, pendingGroup: nil)
        return (draft, loose)
    }

    /// The checks of `table` (through `row` alone, when given) that hold and that fail under
    /// either sign convention, each counted once; checks through a loose row, or reading a blank
    /// cell, are no evidence.
    static func tally(_ table: Table, loose: [Int: Loose], through row: Int? = nil) -> ReadingByIdentities.Tally {
        var out = ReadingByIdentities.Tally()
        var seen = Set<String>()
        for check in rules.flatMap({ $0.checks(in: table) })
        where check.table == nil && (row.map { ReadingByIdentities.through(check, row: $0) } ?? true) {
            let cells = [(check.row, check.column)] + check.operands.map { ($0.row, $0.column) }
            guard check.operands.allSatisfy({ $0.table == nil }),
                  cells.allSatisfy({ loose[$0.0] == nil && IdentitySupport.cell(table, $0.0, $0.1) != nil }) else { continue }
            let key = "\(check.row),\(check.column):" + check.operands.map { "\($0.row),\($0.column),\($0.coefficient)" }.sorted().joined(separator: ";")
            guard seen.insert(key).inserted else { continue }
            out.count(check)
        }
        return out
    }

    /// Each loose row of a pairing placed where the table's identities single out one
    /// order-keeping placement of its cells: the one reading under which the checks through the
    /// row (`ReadingByIdentities.tally`) score best, none fails and at least one holds. Returns the
    /// rows so settled; the others stay as built.
    static func placeLooseRows(_ draft: inout TableDraft, loose: [Int: Loose], shape: Shape, columns: [Column]) -> Set<Int> {
        var settled = Set<Int>()
        for r in loose.keys.sorted() {
            guard let row = loose[r] else { continue }
            let placements = shape.placements(row)
            guard placements.count > 1, placements.count <= maxPlacements else { continue }
            let readings = placements.map { texts in
                texts.enumerated().map { c, t in t.map { CellReader.cell($0, column: columns[c], doubtful: true) } }
            }
            let table = draft.finished(id: "pairing")
            let tallies = readings.map { cells in
                var trial = table
                trial.rows[r].cells = cells
                return ReadingByIdentities.tally(trial, row: r, rules: rules)
            }
            guard let best = tallies.map(\.score).max(), tallies.filter({ $0.score == best }).count == 1,
                  let w = tallies.firstIndex(where: { $0.score == best }),
                  tallies[w].failed == 0, tallies[w].held > 0 else { continue }
            draft.rows[r].cells = readings[w]
            settled.insert(r)
        }
        return settled
    }
}
