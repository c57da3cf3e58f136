/// One-row-per-line text (`pdftotext -raw`, pypdf) of a spreadsheet-made table page whose
/// label column and figure columns were separate text boxes: first the labels, each with the
/// few cells printed in its own box ("Menot – 99,5", "Menot 100,3"; group names such as
/// "Yleishallinto" alone on a line), then the column headings, then one line of figures per row
/// with no label ("224 027,64 € 234 200,00 € 234 200,00 € 233 103,49 €"). Synth kalliosalo p. 6
/// (the board's budget outturn: 23 labels with a cell, 23 figure lines) and p. 8, synth joutsenkyla
/// p. 8 (investments: 18 labels ending in a percent, 18 figure lines "783 000 868 813 - 85 813")
/// and synth pauhaselka p. 9 (the city board's outturn), all in -raw and pypdf. Without this the
/// figure lines were read as rows labelled by their own first figures, and the page had no row a
/// reader could find by its label.
///
/// The text pairs a figure line with its label by order alone, so a run of figure lines
/// (`minRows` or more, on a page already in column blocks) is paired only when the page above it
/// (back to the previous run or the page's start) holds exactly as many label lines with cells;
/// a label line's cells follow its figures in the row, and every cell is flagged
/// `ambiguous-split` (where a label's own cell stands among the columns is not in the text:
/// kalliosalo's "–" is the budget-change column, printed before the figures' last two).
/// Kalliosalo p. 2, where labels with no cell have figure lines too (15 labels with cells over
/// 18 figure lines), keeps its flagged reading.
enum FigureRowsUnderLabels {
    static let minRows = 3

    /// The drafts with each paired run's table in place of the drafts inside its lines (pipe
    /// tables at `pipes` never touched), the new indexes of the pipe tables, and the issues.
    static func apply(_ drafts: [TableDraft], pipes: Set<Int>, lines: [TextLine], pages: Set<Int>,
                      excluded: Set<Int>) -> ([TableDraft], Set<Int>, [Issue]) {
        var replaced: [(draft: TableDraft, first: Int, last: Int)] = []
        var issues: [Issue] = []
        // Tables paired by the identities (`LabelBlockPairing`), the line of each one's first label.
        var chosen: [(draft: TableDraft, first: Int, last: Int)] = []
        var bodies: [Int] = []
        var chosenIssues: [Issue] = []
        var i = 0, floor = 0, page = -1
        while i < lines.count {
            if lines[i].page != page { page = lines[i].page; floor = i }
            guard pages.contains(page), isFigureLine(lines[i], at: i, excluded: excluded) else { i += 1; continue }
            var run: [Int] = []
            var j = i
            while j < lines.count, lines[j].page == page, lines[j].isEmpty || isFigureLine(lines[j], at: j, excluded: excluded) {
                if !lines[j].isEmpty { run.append(j) }
                j += 1
            }
            if run.count >= minRows, let (draft, first, note) = table(lines, figures: run, from: floor, excluded: excluded) {
                replaced.append((draft, first, run[run.count - 1]))
                issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                    message: "\(run.count) lines of figures with no label under as many label lines with cells (the page in column blocks): paired by order, every cell flagged ambiguous-split" + (note ?? "")))
            } else if let start = run.first, case let wide = LabelBlockPairing.figureRun(lines, from: start, excluded: excluded),
                      wide.count >= minRows, let last = wide.last,
                      let found = LabelBlockPairing.table(lines, figures: wide, from: floor, excluded: excluded) {
                // The counts differ: the statement's identities choose the pairing, or none is made.
                chosen.append((found.draft, found.first, last))
                bodies.append(found.body)
                chosenIssues.append(found.issue)
                j = max(j, last + 1)
                floor = j
            }
            // A lone figure line (a year under a column heading, "2023") is no run and keeps the floor.
            if run.count >= minRows { floor = j }
            i = j
        }
        let (out, outPipes, usable) = place(replaced, in: drafts, pipes: pipes)
        // A table paired by the identities takes the place of the misreadings of its lines as
        // `CellLinesUnderLabels` tables do: a draft from its heading down, or starting among its
        // lines and reading on past them (the last figure line read with the heading after it).
        let (outChosen, pipesChosen, usableChosen) = place(chosen, in: out, pipes: outPipes, bodies: bodies)
        return (outChosen, pipesChosen, usable.map { issues[$0] } + usableChosen.map { chosenIssues[$0] })
    }

    /// The drafts with each of `replaced` in place of the drafts inside its lines, the new indexes
    /// of the pipe tables, and which of `replaced` were placed. A table is placed only where every
    /// draft among its lines lies wholly inside them and is no pipe table; the drafts inside give
    /// way to it (one no draft held goes in page order). Also `CellLinesUnderLabels`, whose
    /// tables begin with heading lines another draft may end in: a draft ending before `bodies[r]`
    /// (the first row's line) is no obstacle, and a draft starting among its lines, a misreading
    /// of the same labels and figures on a page in column blocks (every cell flagged), gives way
    /// to it even where it reads on past them (joutsenkyla p. 5, a unit-headed column block).
    static func place(_ replaced: [(draft: TableDraft, first: Int, last: Int)], in drafts: [TableDraft],
                      pipes: Set<Int>, bodies: [Int]? = nil) -> ([TableDraft], Set<Int>, [Int]) {
        func inside(_ d: TableDraft, _ r: Int) -> Bool {
            d.firstLine >= replaced[r].first && (bodies == nil ? d.lastLine : d.firstLine) <= replaced[r].last
        }
        let usable = replaced.indices.filter { r in
            drafts.indices.allSatisfy { k in
                let d = drafts[k]
                // By line index: a draft from an earlier page reaching into the run's lines counts too.
                guard d.firstLine <= replaced[r].last, d.lastLine >= replaced[r].first else { return true }
                if let body = bodies?[r], d.firstLine < replaced[r].first, d.lastLine < body { return true }
                return !pipes.contains(k) && inside(d, r)
            }
        }
        guard !usable.isEmpty else { return (drafts, pipes, []) }
        var out: [TableDraft] = []
        var outPipes = Set<Int>()
        var placed = Set<Int>()
        for (k, d) in drafts.enumerated() {
            if let r = usable.first(where: { inside(d, $0) }) {
                if placed.insert(r).inserted { out.append(replaced[r].draft) }
                continue
            }
            while let r = usable.first(where: { !placed.contains($0) && (replaced[$0].draft.page, replaced[$0].first) < (d.page, d.firstLine) }) {
                placed.insert(r)
                out.append(replaced[r].draft)
            }
            if pipes.contains(k) { outPipes.insert(out.count) }
            out.append(d)
        }
        for r in usable where !placed.contains(r) { out.append(replaced[r].draft) }
        return (out, outPipes, usable)
    }

    /// A line of figures alone, no label, not held by another reader.
    private static func isFigureLine(_ line: TextLine, at i: Int, excluded: Set<Int>) -> Bool {
        !excluded.contains(i) && line.tabCells == nil && line.markdownLevel == nil && DetachedValueRuns.isBareFigureRow(line)
    }

    /// Where a line's cells start when it is a label with cells: a few words, then number tokens.
    private static func labelSplit(_ line: TextLine, at i: Int, excluded: Set<Int>) -> Int? {
        guard !excluded.contains(i), line.tabCells == nil, line.markdownLevel == nil else { return nil }
        let words = line.words.map(\.text)
        let split = TextTableBuilder.tailStart(words)
        // A unit alone ("Muutos %", a heading) is no cell.
        guard split > 0, split < words.count, split <= TableLineRole.maxLabelWords,
              words[0].first?.isLetter == true,
              words[split...].contains(where: { $0.contains(where: \.isNumber) || FinnishNumber.isPlaceholder($0) }) else { return nil }
        return split
    }

    /// The table pairing the figure lines with the label lines in `floor..<figures[0]`, and its
    /// first line, and a note when the identities placed a label's dash among the figures
    /// (`LabelDashPlaceholder`); nil unless the counts agree and the rows split into one count of columns.
    private static func table(_ lines: [TextLine], figures: [Int], from floor: Int, excluded: Set<Int>) -> (TableDraft, Int, String?)? {
        let labelLines = (floor..<figures[0]).compactMap { k in labelSplit(lines[k], at: k, excluded: excluded).map { (k, $0) } }
        guard labelLines.count == figures.count, let first = labelLines.first?.0 else { return nil }
        // The figure line and the label's own cells are cut apart where the text puts them: a
        // label's "111,0 %" never runs into the figures' last group ("- 85 813", joutsenkyla p. 8).
        let figureWords = figures.map { lines[$0].words.map(\.text) }
        let own = labelLines.map { tokenCells(Array(lines[$0.0].words.map(\.text)[$0.1...])) }
        guard let texts = figureTexts(figureWords) else { return nil }
        let given: [[String]?] = zip(texts, own).map { t, o in t.map { $0 + o } }
        guard let n = given.compactMap({ $0?.count }).max(), n >= 2, n <= RowColumnCount.maxColumns else { return nil }
        // A group name alone on the line right above a label (the first, or any after it).
        var start = first
        if first > floor, isGroupName(lines[first - 1], at: first - 1, excluded: excluded) { start = first - 1 }
        let last = figures[figures.count - 1]

        /// The table of one reading of the rows' cells, and the table row of each label line.
        func build(_ rowTexts: [[String]?], columns: [Column]) -> (draft: TableDraft, rowOf: [Int]) {
            var assembler = RowAssembler(columnCount: n)
            var rowOf: [Int] = []
            var row = 0
            for k in start..<figures[0] where row < labelLines.count {
                if k == labelLines[row].0 {
                    let words = lines[k].words.map(\.text)
                    var cells = Array(repeating: Cell?.none, count: n)
                    if let texts = rowTexts[row] {
                        for (c, text) in texts.enumerated() { cells[c] = CellReader.cell(text, column: columns[c], doubtful: true) }
                    } else {
                        cells[0] = Cell(text: (figureWords[row] + own[row]).joined(separator: " "), flags: [.merged])
                    }
                    rowOf.append(assembler.rows.count)
                    assembler.addRow(label: words[..<labelLines[row].1].joined(separator: " "), level: 0, cells: cells)
                    row += 1
                } else if k > first, k + 1 < figures[0], labelLines[row].0 == k + 1, isGroupName(lines[k], at: k, excluded: excluded) {
                    assembler.addLabelOnly(lines[k].text.trimmingCharacters(in: .whitespaces), level: 0)
                } else if k == start, start < first {
                    assembler.addLabelOnly(lines[k].text.trimmingCharacters(in: .whitespaces), level: 0)
                }
            }
            let draft = TableDraft(page: lines[first].page, pages: [lines[first].page], bbox: nil, caption: nil, unit: nil,
                                   columns: columns, rows: assembler.rows, hasHeader: true,
                                   firstLine: start, lastLine: last, pendingGroup: nil)
            return (draft, rowOf)
        }

        let plain = Array(repeating: Column(header: ""), count: n)
        // A label's dash that stands among the figures: the table's identities place it, or the
        // rows stay as read (`LabelDashPlaceholder`).
        if let alt = LabelDashPlaceholder.readings(figures: texts, own: own) {
            let columns = LabelDashPlaceholder.shareColumns(plain, own: own)
            let tables = alt.readings.map { build($0, columns: columns).draft.finished(id: "placing") }
            if let w = LabelDashPlaceholder.choose(tables) {
                let built = build(alt.readings[w], columns: columns)
                var draft = ColumnBlockPages.flagEveryCell(built.draft)
                for r in alt.moved.sorted() where r < built.rowOf.count && built.rowOf[r] < draft.rows.count {
                    let t = built.rowOf[r]
                    for c in draft.rows[t].cells.indices { ReadingByIdentities.mark(&draft.rows[t].cells[c]) }
                }
                let note = "; \(alt.moved.count) label(s) with a dash one figure short: of \(alt.readings.count) columns the dash may stand in, "
                    + "the one under which the table's identities hold and none fails was kept, those rows' cells flagged identity-chosen"
                return (draft, start, note)
            }
        }
        return (ColumnBlockPages.flagEveryCell(build(given, columns: plain).draft), start, nil)
    }

    /// The cells of each figure line: figures that each end in "€" are cut at their "€"
    /// (`euroCells`); other figure lines split into the one count of columns their digits give
    /// (`RowColumnCount`), nil for a line no split reads; nil when the lines give no one count.
    static func figureTexts(_ figureWords: [[String]]) -> [[String]?]? {
        var texts: [[String]?] = figureWords.map(euroCells)
        if texts.contains(where: { $0 == nil }) {
            guard figureWords.allSatisfy({ $0.count <= DigitRunSplitter.maxTokens }),
                  let m = RowColumnCount.count(figureWords, header: 1) else { return nil }
            texts = figureWords.map { words in
                DigitRunSplitter.split(words, columns: m).flatMap { ShortRows.cutsNumbersApart($0.numbers) ? nil : $0.numbers }
            }
        }
        return texts
    }

    /// The figures of a line whose every figure ends in "€" ("224 027,64 € 234 200,00 €"), cut at
    /// each "€" (EuroSuffixedNumbers); nil when any part is no one number or fewer than two.
    static func euroCells(_ words: [String]) -> [String]? {
        var cells: [String] = []
        var part: [String] = []
        for w in words {
            part.append(w)
            guard w == "€" else { continue }
            let text = part.joined(separator: " ")
            guard part.count >= 2, FinnishNumber.parse(text) != nil else { return nil }
            cells.append(text)
            part = []
        }
        return part.isEmpty && cells.count >= EuroSuffixedNumbers.minSuffixed ? cells : nil
    }

    /// A label's own cells, a word each ("–", "99,5"), a unit joined to the figure before it ("111,0 %").
    static func tokenCells(_ words: [String]) -> [String] {
        var cells: [String] = []
        for w in words {
            if (w == "%" || w == "€"), let last = cells.last, last.last?.isNumber == true {
                cells[cells.count - 1] = last + " " + w
            } else {
                cells.append(w)
            }
        }
        return cells
    }

    /// A short line of words with no number: the name of the rows below it.
    private static func isGroupName(_ line: TextLine, at i: Int, excluded: Set<Int>) -> Bool {
        guard !excluded.contains(i), !line.isEmpty, line.tabCells == nil, line.markdownLevel == nil else { return false }
        let words = line.words.map(\.text)
        return words.count <= TableLineRole.maxLabelWords && TextTableBuilder.tailStart(words) == words.count
            && words[0].first?.isLetter == true
    }
}
