/// One-row-per-line (`pdftotext -raw`, pypdf) and one-cell-per-line (PyMuPDF) text of a statement
/// printed from a PDF whose figure columns were drawn before the label column: first the column
/// heading ("2024 2023" / "1 000 € 1 000 €"), then every figure of the statement with no label
/// (a line per row, or a line per cell), then every label with no figure. The label column itself
/// was drawn in chunks and the extractors give the chunks last first: Kauhava TP 2024 p. 30
/// (TULOSLASKELMA JA SEN TUNNUSLUVUT: 21 rows of figures, then "Asukasmäärä", the key figures,
/// "Poistot ja arvonalentumiset" … "Tilikauden ylijäämä", "Rahoitustuotot ja -kulut" … "Vuosikate",
/// "Toimintatuotot" … "Valtionosuudet"), the same in `-raw`, pypdf (there the first label glued to
/// the last figure: "15 164Asukasmäärä") and PyMuPDF. Without this the page had no table a
/// reader could find by its labels.
///
/// The statutory income statement prints its items in one order in every municipality (DOMAIN.md,
/// "The statutory statements": the kuntajaosto format, `StatementItemOrder`), so the labels are cut
/// into chunks where that order goes back, and the chunks are put in its order. The labels are
/// paired with the rows only when the blocks' lengths agree (a label with no figures is a heading:
/// a line in capitals, or a group line right above its first item, "Rahoitustuotot ja -kulut") and
/// the statement's identities (`IdentityChecker` rules, as `LabelBlockPairing` tallies them) single
/// out one pairing under which none fails and at least `LabelBlockPairing.minHeld` hold. Every
/// cell is flagged `ambiguous-split` and `identity-chosen`: order knowledge and arithmetic, not the
/// text, put it in its row.
enum LabelsAfterFigures {
    /// Rows a statement read so has at least.
    static let minRows = 6
    /// Labels of the statement's known items the block holds at least.
    static let minKnown = 6
    /// Labels with no figures (headings) a block may have.
    static let maxSkipped = 4

    /// The tables found on the pages `pages` (in column blocks): each with its first line (the
    /// column heading), the line of its first figure row, its last line (the last label) and its issue.
    static func tables(_ lines: [TextLine], pages: Set<Int>, excluded: Set<Int>)
        -> [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] {
        var out: [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] = []
        var i = 0
        while i < lines.count {
            guard pages.contains(lines[i].page), let block = Block(lines, from: i, excluded: excluded) else { i += 1; continue }
            if let found = table(lines, block: block) { out.append(found) }
            i = block.lastLine + 1
        }
        return out
    }

    // MARK: the block

    /// The heading, figure and label lines of one figures-then-labels block.
    struct Block {
        /// Lines of years ("2024 2023", or "2024" / "2023") and units ("1 000 €") above the figures.
        var heading: [Int] = []
        /// The figure lines, each line's words (a glued label cut off).
        var figures: [(line: Int, words: [String])] = []
        /// The labels after the figures, in printed order.
        var labels: [(line: Int, text: String)] = []
        var lastLine: Int { labels.last?.line ?? figures.last?.line ?? 0 }

        /// The block starting at line `start` (its heading or its first figure line), nil when
        /// the lines there are not a run of figure lines followed by a run of label lines.
        init?(_ lines: [TextLine], from start: Int, excluded: Set<Int>) {
            let page = lines[start].page
            var k = start
            func usable(_ k: Int) -> Bool {
                k < lines.count && lines[k].page == page && !excluded.contains(k)
                    && lines[k].tabCells == nil && lines[k].markdownLevel == nil
            }
            // The column heading: years, then units, each line or a line apiece.
            while usable(k), !lines[k].isEmpty, Block.isHeadingLine(lines[k].words.map(\.text)) {
                heading.append(k)
                k += 1
            }
            var glued: String?
            while usable(k), glued == nil {
                if lines[k].isEmpty { k += 1; continue }
                var words = lines[k].words.map(\.text)
                // pypdf glues the first label to the last figure ("15 164Asukasmäärä").
                if let last = words.last, let cut = LabelsAfterFigures.gluedLabel(last) {
                    words[words.count - 1] = cut.figure
                    glued = cut.label
                }
                guard words.allSatisfy(LabelBlockPairing.isCellWord), words.contains(where: { $0.contains(where: \.isNumber) }) else {
                    glued = nil
                    break
                }
                figures.append((k, words))
                k += 1
            }
            guard figures.count >= LabelsAfterFigures.minRows else { return nil }
            if let glued, let line = figures.last?.line { labels.append((line, glued)) }
            while usable(k) {
                if lines[k].isEmpty { k += 1; continue }
                let words = lines[k].words.map(\.text)
                guard !LabelBlockPairing.isProse(words), PlainHeader(lines[k]) == nil,
                      let label = LabelBlockPairing.label(words, line: k), label.own.isEmpty else { break }
                labels.append((k, label.text))
                k += 1
            }
            guard labels.count >= LabelsAfterFigures.minRows else { return nil }
        }

        /// Years only, or a unit only ("1 000 €", "€", "t€"), each possibly repeated per column.
        static func isHeadingLine(_ words: [String]) -> Bool {
            guard !words.isEmpty else { return false }
            if words.allSatisfy(WordTraits.isYear) { return true }
            let unit = words.joined(separator: " ")
            return ["1 000 €", "€", "t€", "1000 €", "1 000 euroa", "euroa"].contains { u in
                unit == u || unit == u + " " + u || unit == [u, u, u].joined(separator: " ")
            }
        }
    }

    /// A word of digits with a label glued on ("164Asukasmäärä"): the figure and the label, nil
    /// when the word is no such pair.
    static func gluedLabel(_ word: String) -> (figure: String, label: String)? {
        guard let cut = word.firstIndex(where: \.isLetter), cut > word.startIndex else { return nil }
        let figure = String(word[..<cut]), label = String(word[cut...])
        guard figure.last?.isNumber == true, LabelBlockPairing.isCellWord(figure),
              label.count >= 3, label.first?.isUppercase == true, label.allSatisfy(\.isLetter) else { return nil }
        return (figure, label)
    }
}

extension LabelsAfterFigures {
    /// The table of a block, nil unless one pairing is proven.
    static func table(_ lines: [TextLine], block: Block) -> (draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)? {
        let headingWords = block.heading.flatMap { lines[$0].words.map(\.text) }
        let years = headingWords.filter(WordTraits.isYear)
        let n = years.count
        guard n >= 1, n <= RowColumnCount.maxColumns,
              let ordered = StatementItemOrder.ordered(block.labels.map(\.text)), let rows = rows(block.figures.map(\.words), n: n),
              ordered.count >= rows.count, ordered.count - rows.count <= maxSkipped else { return nil }
        let extra = ordered.count - rows.count
        // A label with no figures is a heading: in capitals, or a group line above its first item.
        let headings = ordered.indices.filter { k in
            StatementItemOrder.isHeading(ordered[k]) || k + 1 < ordered.count && StatementItemOrder.isGroupAbove(ordered[k], ordered[k + 1])
        }
        guard headings.count >= extra else { return nil }
        let columns = headingColumns(headingWords, n: n) ?? years.map { Column(header: $0) }
        let first = block.heading.first ?? block.figures[0].line
        var built: [(draft: TableDraft, tally: ReadingByIdentities.Tally)] = []
        for skipped in choices(headings, extra) {
            var next = 0
            var rowsBuilt: [Row] = []
            for (k, label) in ordered.enumerated() {
                var cells = Array(repeating: Cell?.none, count: n)
                if !skipped.contains(k) {
                    for (c, t) in rows[next].enumerated() { cells[c] = CellReader.cell(t, column: columns[c], doubtful: true) }
                    next += 1
                }
                rowsBuilt.append(Row(label: label, level: 0, cells: cells))
            }
            let draft = TableDraft(page: lines[first].page, pages: [lines[first].page], bbox: nil, caption: nil, unit: nil,
                                   columns: columns, rows: rowsBuilt, hasHeader: true, firstLine: first, lastLine: block.lastLine,
                                   pendingGroup: nil)
            built.append((draft, LabelBlockPairing.tally(draft.finished(id: "pairing"), loose: [:])))
        }
        guard let top = built.map(\.tally.score).max(), built.filter({ $0.tally.score == top }).count == 1,
              let best = built.first(where: { $0.tally.score == top }),
              best.tally.failed == 0, best.tally.held >= LabelBlockPairing.minHeld else { return nil }
        var chosen = ColumnBlockPages.flagEveryCell(best.draft)
        for r in chosen.rows.indices {
            for c in chosen.rows[r].cells.indices { ReadingByIdentities.mark(&chosen.rows[r].cells[c]) }
        }
        let names = Array(Set(best.tally.rules)).sorted().joined(separator: "; ")
        let issue = Issue(severity: .warning, code: "ambiguous-split", page: lines[first].page,
                          message: "\(rows.count) rows of figures with no label, then \(ordered.count) labels in chunks (the page in column blocks): "
                              + "the labels put in the statement's order and paired so that \(best.tally.held) identities hold and none fails "
                              + "(\(names)); every cell flagged ambiguous-split and identity-chosen")
        return (chosen, first, block.figures[0].line, block.lastLine, issue)
    }

    /// The figure rows: a line a row (each line cut into `n` numbers, one reading only), or a line a
    /// cell (every line one number, `n` lines a row); nil when neither reads every line.
    static func rows(_ figures: [[String]], n: Int) -> [[String]]? {
        var perLine: [[String]]? = []
        for words in figures {
            if let cells = LabelBlockPairing.decimalCells(words), cells.count == n {
                perLine?.append(cells)
            } else if words.count <= DigitRunSplitter.maxTokens, case let found = DigitRunSplitter.splits(words, columns: n, limit: 2),
                      found.count == 1, !ShortRows.cutsNumbersApart(found[0]) {
                perLine?.append(found[0])
            } else {
                perLine = nil
                break
            }
        }
        let singles = figures.map { words in DigitRunSplitter.splits(words, columns: 1, limit: 2) }
        let perCell: [[String]]? = n > 1 && figures.count % n == 0 && singles.allSatisfy({ $0.count == 1 })
            ? stride(from: 0, to: figures.count, by: n).map { r in (r..<(r + n)).map { singles[$0][0][0] } } : nil
        switch (perLine, perCell) {
        case let (rows?, nil): return rows
        case let (nil, rows?): return rows
        default: return nil  // neither, or both: the text does not say which
        }
    }

    /// Every increasing choice of `k` of `items`.
    static func choices(_ items: [Int], _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard k <= items.count else { return [] }
        return items.indices.flatMap { a in choices(Array(items[(a + 1)...]), k - 1).map { [items[a]] + $0 } }
    }

    /// The columns the heading names ("2024 2023 1 000 € 1 000 €" read as one header line) when as many as `n`.
    static func headingColumns(_ words: [String], n: Int) -> [Column]? {
        guard let line = TextFileReader.parse(words.joined(separator: " ")).lines.first,
              let header = PlainHeader(line), header.columns.count == n else { return nil }
        return header.columns
    }
}
