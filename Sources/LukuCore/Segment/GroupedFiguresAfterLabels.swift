import Foundation

/// Text of a spreadsheet-made table page (LibreOffice Calc) in which every figure printed with a
/// thousands separator was read after the page's labels, and every figure without one stayed on
/// its label's line: `pdftotext -raw` and pypdf give "Toimintatuotot –11 +57" among the labels
/// and, after the column heading (stacked one word a line: "Talousarvio" / "2022" /
/// "Talousarvio-" / "muutokset" / …), one line per row of its grouped figures
/// ("12 595 12 584 12 641"); PyMuPDF gives the same with one cell a line. A row whose figures are
/// all under 1 000 ("Korkotuotot 47 0 47 45 –2") has no figure line, one whose figures all have a
/// separator ("Verotulot") has no cell beside its label. Synth tamminiemi p. 8 (the budget
/// follow-up of the income statement, five columns) and pauhaselka p. 1 (the income statement,
/// two years and a Muutos %), louhivirta p. 8; without this the figure block was read as rows of
/// its own and the label lines as short rows, every cell in the wrong column.
///
/// The text fixes which figures are a row's (the counts: a label with k cells of its own takes
/// the next figure line of n − k figures, a label with none takes a line of n figures or none,
/// and the order-keeping pairing must be the only one) but not how the two sets interleave: the
/// row's own cells may stand in any k of its n columns. A cell printed with "%" stands in the
/// heading's percent column and no other. The interleaving left is chosen by the arithmetic: the
/// checker's identities and the budget change (`InterleavedRowPlacement`). A row the arithmetic
/// does not place keeps its label and leaves its figures out, and the issue names it. A table under
/// which any check fails is not made. Every cell is flagged `ambiguous-split` (and
/// `identity-chosen` where the arithmetic placed it).
enum GroupedFiguresAfterLabels {
    /// Figure lines a block has at least.
    static let minRows = 6
    /// Rows with both cells beside their label and a figure line: the mark of this layout.
    static let minMixedRows = 3
    /// Cuttings of one figure line kept before giving up on it.
    static let maxCuttings = 8
    /// Steps of the search for them before the line is given up as no figure line of this layout.
    static let maxCuttingSteps = 2_000
    /// Pairings counted before the block is given up as open.
    static let maxPairings = 2

    typealias Found = StatementLabelBlock.Found
    typealias Label = LabelBlockPairing.Label

    /// The tables read from each such block on the pages `pages` (in column blocks).
    static func tables(_ lines: [TextLine], pages: Set<Int>, excluded: Set<Int>) -> [Found] {
        var out: [Found] = []
        LabelBlockPairing.figureRuns(lines, pages: pages, excluded: excluded, minRows: minRows, floorAfterRuns: true) { run, floor in
            // The run goes on over rows whose wrapped label was read with their figures (`WrappedLabelRowsInFigures`).
            let entries = WrappedLabelRowsInFigures.entries(lines, run: run, excluded: excluded)
            let plain = run.map { WrappedLabelRowsInFigures.Entry(line: $0, label: nil, words: lines[$0].words.map(\.text)) }
            if let found = block(lines, figures: entries, floor: floor, excluded: excluded)
                ?? (entries.count > run.count ? block(lines, figures: plain, floor: floor, excluded: excluded) : nil) {
                out.append(found)
            }
        }
        return out
    }

    /// The table of one run of figure lines (with any wrapped-label rows read among them), or nil
    /// when the block is not of this layout or its counts leave the pairing open.
    static func block(_ lines: [TextLine], figures run: [WrappedLabelRowsInFigures.Entry], floor: Int, excluded: Set<Int>) -> Found? {
        // A year alone right above the figures ("2022") is the stacked heading's last line.
        let figures = Array(run.drop { $0.label == nil && $0.words.allSatisfy(WordTraits.isYear) })
        guard figures.count >= minRows, let lastLine = figures.last?.line else { return nil }
        // Every figure line cuts into grouped figures only.
        var cuts: [[[String]]] = []
        for entry in figures {
            let found = cuttings(entry.words)
            guard !found.isEmpty else { return nil }
            cuts.append(found)
        }
        let wrapped = figures.map(\.label)
        let hasWrapped = wrapped.contains { $0 != nil }
        let heading = stackedHeading(lines, above: figures[0].line, floor: floor, excluded: excluded)
        let top = heading.first ?? figures[0].line
        let oneCellLines = cuts.allSatisfy { $0.count == 1 && $0[0].count == 1 }
        guard !(oneCellLines && hasWrapped) else { return nil }
        var labels = LabelBlockPairing.labels(lines, above: top, floor: floor, excluded: excluded, loneCells: hasWrapped) ?? []
        if oneCellLines, labels.filter({ !$0.own.isEmpty }).count < minMixedRows {
            labels = cellLineLabels(lines, above: top, floor: floor, excluded: excluded) ?? []
        }
        guard !labels.isEmpty, labels.allSatisfy({ $0.own.allSatisfy(isUngrouped) }) else { return nil }
        let maxOwn = labels.map(\.own.count).max() ?? 0
        let maxCells = cuts.map { $0.map(\.count).min() ?? 0 }.max() ?? 0
        let n = max(maxOwn, oneCellLines ? 1 : maxCells)
        guard n >= 2, n <= RowColumnCount.maxColumns else { return nil }
        var first = aboveHeadingStart(lines, label: labels[0].line, floor: floor)
        // A heading split around the labels ("Toteuma" above them, the wrapped cells after them,
        // katajalampi p. 8) does not say where its parts' columns stand: with wrapped-label rows,
        // whose pages print it so, only a heading read from one place names the columns.
        var named = headingColumns(lines, above: labels[0].line, floor: floor, stacked: heading, count: n, joined: !hasWrapped)
        if named == nil, let k = headerLineAbove(lines, label: labels[0].line, floor: floor),
           let header = PlainHeader(lines[k]), header.columns.count == n {
            named = header.columns
            first = k
        }
        guard let columns = named else { return nil }
        // Order and counts first; where they leave several pairings, the statutory outline's group
        // headings (`StatementOutline`: "Toimintakulut" over "Henkilöstökulut") take no figure line.
        guard let plan = pairing(labels, cuts: cuts, wrapped: wrapped, n: n, oneCellLines: oneCellLines)
            ?? outlineHeadings(labels).flatMap({ pairing(labels, cuts: cuts, wrapped: wrapped, n: n, oneCellLines: oneCellLines, headings: $0) })
        else { return nil }
        let mixed = plan.filter { p in p.label.map { !labels[$0].own.isEmpty } == true && !p.taken.isEmpty }
        guard mixed.count >= minMixedRows else { return nil }
        // Each row's own cells and its figures; a row whose figure line cuts more than one way into its count is open.
        var rows: [Row] = []
        var choices: [Int: [[String?]]] = [:]
        var undecided = Set<Int>()
        for (i, p) in plan.enumerated() {
            let own = p.label.map { labels[$0].own } ?? []
            let text = p.label.map { labels[$0].text }.flatMap { $0.isEmpty ? nil : $0 } ?? p.taken.first.flatMap { wrapped[$0] } ?? ""
            let need = n - own.count
            var figureCells: [String] = []
            if let first = p.taken.first {
                if oneCellLines {
                    figureCells = p.taken.map { cuts[$0][0][0] }
                } else {
                    let fitting = cuts[first].filter { $0.count == need }
                    if fitting.count != 1 { undecided.insert(i) }
                    figureCells = fitting.first ?? []
                }
            }
            let placements = undecided.contains(i) ? [] : InterleavedRowPlacement.admissible(own: own, figures: figureCells, columns: columns)
            if placements.count == 1 {
                rows.append(Row(label: text, level: 0, cells: InterleavedRowPlacement.cells(placements[0], columns)))
            } else {
                if placements.isEmpty, !(own.isEmpty && figureCells.isEmpty) { undecided.insert(i) }
                if placements.count > 1 { choices[i] = placements }
                rows.append(Row(label: text, level: 0, cells: Array(repeating: nil, count: n)))
            }
        }
        let page = lines[labels[0].line].page
        var draft = TableDraft(page: page, pages: [page], bbox: nil, caption: nil, unit: nil, columns: columns, rows: rows,
                               hasHeader: true, firstLine: first, lastLine: lastLine, pendingGroup: nil)
        // The arithmetic places the open rows.
        let chosen = InterleavedRowPlacement.place(&draft, choices: choices)
        // No check of the table may fail.
        let whole = LabelBlockPairing.tally(draft.finished(id: "grouped"), loose: [:])
        let budget = BudgetChangeSum.tally(draft.finished(id: "grouped"))
        guard whole.failed == 0, budget.failed == 0 else { return nil }
        let open = (Set(choices.keys).subtracting(chosen)).union(undecided).sorted()
        draft = ColumnBlockPages.flagEveryCell(draft)
        let left = open.isEmpty ? "" : "; the figures of \(open.map { rows[$0].label }.joined(separator: ", ")) are left out: "
            + "no identity tells in which columns the cells beside the label stand"
        let wrappedRows = wrapped.compactMap { $0 }.count
        let read = wrappedRows == 0 ? "" : " (\(wrappedRows) of them rows whose wrapped label was read with their figures)"
        let issue = Issue(severity: .warning, code: "ambiguous-split", page: page,
                          message: "\(labels.count) labels with the figures under 1 000 beside them, then \(figures.count) lines of the figures with a thousands separator\(read) (the page in column blocks): "
                              + "paired by the cell counts, the columns of \(chosen.count) rows chosen by the identities (\(whole.held) hold, none fails); "
                              + "every cell flagged ambiguous-split" + left)
        return (draft, first, labels[0].line, lastLine, issue)
    }

    // MARK: the figures

    /// Every cutting of a figure line's words into grouped figures (at most `maxCuttings`): each
    /// a sign (alone or on its first group), a first group of one to three digits, then one or
    /// more groups of three, the last of which may carry decimals; a "%" or "€" after a figure
    /// is its own. Empty when the words do not cut so (a figure under 1 000 among them).
    static func cuttings(_ words: [String]) -> [[String]] {
        var out: [[String]] = []
        // Steps of the search: a long run of three-digit groups that ends in no figure would
        // otherwise try every composition of it.
        var steps = 0
        func cut(_ k: Int, _ done: [String]) {
            steps += 1
            guard out.count < maxCuttings, steps <= maxCuttingSteps else { return }
            if k == words.count {
                if !done.isEmpty { out.append(done) }
                return
            }
            for (end, text) in figures(words, from: k) { cut(end, done + [text]) }
        }
        cut(0, [])
        return steps > maxCuttingSteps ? [] : out
    }

    /// The grouped figures that start at word `k`: each with the index of the word after it.
    static func figures(_ words: [String], from k: Int) -> [(Int, String)] {
        var j = k
        var parts: [String] = []
        if j < words.count, words[j].count == 1, "-−–+".contains(words[j]), j + 1 < words.count {
            parts.append(words[j])
            j += 1
        }
        guard j < words.count, isLeadGroup(words[j]) else { return [] }
        parts.append(words[j])
        j += 1
        var out: [(Int, String)] = []
        while j < words.count, let decimals = trailingGroup(words[j]) {
            parts.append(words[j])
            j += 1
            var end = j
            var text = parts.joined(separator: " ")
            if end < words.count, words[end] == "%" || words[end] == "€" {
                text += " " + words[end]
                end += 1
            }
            if FinnishNumber.parse(text) != nil { out.append((end, text)) }
            if decimals { break }
        }
        return out
    }

    /// One to three digits, with or without a sign before them ("–27", "+1", "595").
    static func isLeadGroup(_ word: String) -> Bool {
        var digits = Substring(word)
        if let sign = digits.first, "-−–+".contains(sign) { digits = digits.dropFirst() }
        return (1...3).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
    }

    /// A group of three digits, with decimals or not: whether it has them; nil when it is no such group.
    static func trailingGroup(_ word: String) -> Bool? {
        let parts = word.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigit) else { return nil }
        guard parts.count == 2 else { return false }
        return !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit) ? true : nil
    }

    /// A cell printed beside its label: one number with no group separator ("–11", "940",
    /// "–47,5 %", "0,00"), or a dash.
    static func isUngrouped(_ cell: String) -> Bool {
        var core = cell
        if core.hasSuffix(" %") || core.hasSuffix(" €") { core.removeLast(2) }
        if FinnishNumber.isPlaceholder(core) { return true }
        return !core.contains(" ") && !core.contains(".") && FinnishNumber.parse(core) != nil
    }

    // MARK: the labels and the heading

    /// The column heading stacked between the labels and the figures, one or two words a line
    /// ("Talousarvio" / "2022" / "Talousarvio-" / "muutokset" / "TA" / "+" / …): its lines, top first.
    static func stackedHeading(_ lines: [TextLine], above start: Int, floor: Int, excluded: Set<Int>) -> [Int] {
        var out: [Int] = []
        var k = start - 1
        while k >= floor, !excluded.contains(k) {
            defer { k -= 1 }
            if lines[k].isEmpty { continue }
            let words = lines[k].words.map(\.text)
            guard words.count <= 3, words.allSatisfy(isHeadingFragment) else { break }
            out.insert(k, at: 0)
        }
        return out
    }

    /// A word of a stacked column heading: a header word, a year, a unit, "+", or a word broken
    /// at its hyphen ("Talousarvio-", "Muutos-").
    static func isHeadingFragment(_ word: String) -> Bool {
        if ColumnHeader.isHeaderToken(word) || WordTraits.isYear(word) || LabelBlockPairing.unitWords.contains(word) || word == "+" { return true }
        return word.count >= 3 && word.hasSuffix("-") && word.dropLast().allSatisfy(\.isLetter)
    }

    /// The first of the heading lines right above the first label ("Poikkeama"), or the label's line.
    static func aboveHeadingStart(_ lines: [TextLine], label: Int, floor: Int) -> Int {
        var top = label
        var k = label - 1
        while k >= floor, lines[k].isEmpty || LabelBlockPairing.isHeading(lines[k].words.map(\.text)) {
            if !lines[k].isEmpty { top = k }
            k -= 1
        }
        return top
    }

    /// The n columns the heading names: the stacked heading read as one line, with the heading
    /// words right above the first label after it ("Poikkeama") or before it (not when `joined`
    /// is false: then either part alone); nil when no reading gives n columns.
    static func headingColumns(_ lines: [TextLine], above label: Int, floor: Int, stacked: [Int], count n: Int,
                               joined: Bool = true) -> [Column]? {
        // A word broken at its hyphen joins the next line's ("Talousarvio-" / "muutokset", "Muutos-" / "%").
        let below = TextJoiner.join(stacked.map { lines[$0].text }).replacingOccurrences(of: "- %", with: "-%")
        let start = aboveHeadingStart(lines, label: label, floor: floor)
        let above = TextJoiner.join((start..<label).map { lines[$0].text })
        for text in (joined ? [below + " " + above, above + " " + below] : []) + [below, above] {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, let line = TextFileReader.parse(trimmed).lines.first,
                  let header = PlainHeader(line), header.columns.count == n else { continue }
            return header.columns
        }
        return nil
    }

    /// The column heading on one line right above the first label, too long for a heading line
    /// of header words alone ("Alkuperäinen TA TA-muutokset TA+muutos 2019 Toteuma Poikkeama
    /// 2019", pauhaselka p. 10); nil when that line is no plain header.
    static func headerLineAbove(_ lines: [TextLine], label: Int, floor: Int) -> Int? {
        var k = label - 1
        while k >= floor, lines[k].isEmpty { k -= 1 }
        return k >= floor && PlainHeader(lines[k]) != nil ? k : nil
    }

    /// The labels above `start` in text with one cell a line (PyMuPDF): a label line, then the
    /// lines of its own cells ("Toimintatuotot" / "–11" / "+57"); the prose right above `start`
    /// is passed over. `cells` reads a line of cells alone (nil: no such line); with
    /// `ownOnLabelLine` a label line may hold cells of its own too (they come first), without it
    /// such a line ends the labels. Nil when the topmost cells have no label.
    /// `StatementCellLines` reads its label-box cells ("Valmistus omaan käyttöön" / "0,00") here too.
    static func cellLineLabels(_ lines: [TextLine], above start: Int, floor: Int, excluded: Set<Int>,
                               cells: ([String]) -> [String]? = GroupedFiguresAfterLabels.ungroupedCell, ownOnLabelLine: Bool = false) -> [Label]? {
        var out: [Label] = []
        var pending: [String] = []
        var inProse = false
        var k = start - 1
        while k >= floor {
            let line = lines[k]
            defer { k -= 1 }
            if line.isEmpty { continue }
            guard !excluded.contains(k), line.tabCells == nil, line.markdownLevel == nil else { break }
            let words = line.words.map(\.text)
            if out.isEmpty, pending.isEmpty,
               LabelBlockPairing.isProse(words) || inProse && words.count >= LabelBlockPairing.minProseWords {
                inProse = true
                continue
            }
            if let own = cells(words) {
                pending = own + pending
                continue
            }
            guard var label = LabelBlockPairing.label(words, line: k), ownOnLabelLine || label.own.isEmpty else { break }
            label.own += pending
            out.append(label)
            pending = []
        }
        return out.isEmpty || !pending.isEmpty ? nil : out.reversed()
    }

    /// A line of one figure with no thousands separator ("–11", "+57"), as its one cell.
    static func ungroupedCell(_ words: [String]) -> [String]? {
        let text = words.joined(separator: " ")
        return words.first?.first?.isLetter != true && isUngrouped(text) ? [text] : nil
    }

    // MARK: the pairing

    /// One row of a pairing: the label it has from the label block (nil: a wrapped-label row of
    /// the figure block standing on its own) and the figure lines it takes.
    struct Planned {
        var label: Int?
        var taken: [Int]
    }

    /// The group headings of the statutory outline the labels open with (`StatementOutline`), nil
    /// when they open with none.
    static func outlineHeadings(_ labels: [Label]) -> Set<Int>? {
        // A lone cell line stands for a row whose label is read elsewhere: the label after a
        // heading is the next one with its text ("Tilinpäätössiirrot" / "0,00" / "Varausten muutos").
        let named = labels.indices.filter { !labels[$0].text.isEmpty }
        let keys = named.map { StatementVocabulary.key(labels[$0].text) }
        guard let outline = StatementOutline.all.first(where: { keys.first == $0.opens && keys.contains($0.holds) }) else { return nil }
        let headings = Set(keys.indices.filter { outline.isGroupHeading(keys, at: $0) }.map { named[$0] })
        return headings.isEmpty ? nil : headings
    }

    /// The rows in order, each label with the figure lines it takes, when exactly one
    /// order-keeping pairing fits the counts: a label with k cells of its own (0 < k < n) takes
    /// n − k figures, one with n takes none, one with none takes n or none (a label of `headings`
    /// none). With one cell a line a row takes as many lines as figures, else one line. A
    /// wrapped-label line (`wrapped`) is taken by a lone cell line of the label block (a label
    /// with no text), or holding n figures is a row of its own right after a row with figures;
    /// a label with text takes no such line.
    static func pairing(_ labels: [Label], cuts: [[[String]]], wrapped: [String?], n: Int, oneCellLines: Bool,
                        headings: Set<Int> = []) -> [Planned]? {
        var found: [Planned]?
        var count = 0
        var steps = 0
        var current: [Planned] = []
        func fits(_ j: Int, _ need: Int) -> [Int]? {
            if oneCellLines { return j + need <= cuts.count ? Array(j..<(j + need)) : nil }
            return j < cuts.count && cuts[j].contains { $0.count == need } ? [j] : nil
        }
        func extend(_ i: Int, _ j: Int, _ afterFigures: Bool) {
            steps += 1
            guard count < maxPairings, steps <= LabelBlockPairing.maxSteps else { count = maxPairings; return }
            if afterFigures, j < cuts.count, wrapped[j] != nil, fits(j, n) != nil {
                current.append(Planned(label: nil, taken: [j]))
                extend(i, j + 1, true)
                current.removeLast()
            }
            if i == labels.count {
                if j == cuts.count { count += 1; found = current }
                return
            }
            let own = labels[i].own.count
            let lone = labels[i].text.isEmpty
            let wrappedLine = j < cuts.count && wrapped[j] != nil
            if own < n, lone == wrappedLine, !headings.contains(i), let taken = fits(j, n - own) {
                current.append(Planned(label: i, taken: taken))
                extend(i + 1, j + taken.count, true)
                current.removeLast()
            }
            if !lone, own == 0 || own == n {
                current.append(Planned(label: i, taken: []))
                extend(i + 1, j, false)
                current.removeLast()
            }
        }
        extend(0, 0, true)
        return count == 1 ? found : nil
    }
}
