/// Finds tables in raw text, where geometry is gone. Two shapes are read:
/// - tab-separated lines (Markdown-like extracts): the tabs give the cells;
/// - plain extraction: a header line of column kinds ("TP TA+MUUTOS TP …") fixes the column
///   count, and each row's run-together digits are split into that many numbers by
///   `DigitRunSplitter` (three-digit group rule). A row with more than one fitting reading gets
///   the reading that matches the digit counts of the table's unambiguous rows, and its cells are
///   flagged `ambiguous-split`. Rows that hold fewer numbers than columns go to the last columns,
///   flagged (`ShortRows`); a row no reading fits keeps its digits as one flagged text cell. A row
///   whose reading makes one figure far larger than the other rows' while its digits also read
///   into more columns is flagged (`OutsizedJoinedFigure`).
struct TextTableBuilder: Sendable {
    /// Blank lines tolerated inside one table.
    var maxBlankRun = 2
    var unitHeaded = UnitHeadedTextTable()
    var cellPerLine = CellPerLineTable()
    var headerless = HeaderlessTextTable()
    var columnBlocks = ColumnBlockTable()
    var layoutColumns = LayoutColumnsTable()
    var sideBySide = SideBySideTextRows()

    func tables(in lines: [TextLine], excluded: Set<Int>) -> ([TableDraft], [Issue]) {
        var drafts: [TableDraft] = []
        var issues: [Issue] = []
        var oneCellPerLine: [Int] = []
        // The last plain table read: its header, first line, index in `drafts`, and where its issues begin.
        var lastPlain: (header: PlainHeader, start: Int, draft: Int, issues: Int)?
        var pipeTables = Set<Int>()
        // Pages in column blocks (labels, then runs of figure lines): read by `FigureRowsUnderLabels`.
        let detached = DetachedValueRuns.pages(lines, isValue: { cellPerLine.isValue($0) || DetachedValueRuns.isBareFigureRow($0) })
        // There a header that is one only through `ProjectColumnPhrases` ("Toteutuma 2023 TA +
        // muutokset Toteutuma Muutos %" over the page's label lines, synth kalliosalo p. 8) starts
        // no plain table: the page is left to the column-block readers, as before the phrases.
        let plainHeader = { (i: Int) -> PlainHeader? in
            detached.contains(lines[i].page) ? PlainHeader(lines[i], phrases: false) : PlainHeader(lines[i])
        }
        var i = 0
        while i < lines.count {
            // Lines above `i` back to the last table's end are free: a header found there is this table's.
            let floor = drafts.last.map { $0.lastLine + 1 } ?? 0
            if excluded.contains(i) { i += 1; continue }
            if lines[i].tabCells != nil, let (draft, end) = tabTable(lines, from: i, excluded: excluded) {
                pipeTables.insert(drafts.count)
                drafts.append(draft)
                i = end
            } else if TableUnit.ofUnitLine(lines[i]) != nil, !cellPerLine.startsSoon(lines, after: i),
                      // A unit over a header stacked one word per line (synth kivimaki pp. 1–4 "1 000
                      // euroa" / "Tilinpäätös" / "2020" / …) is that header's table's: read from the header.
                      i + 1 >= lines.count || StackedHeaderLines.header(lines, at: i + 1) == nil,
                      // …and so is a unit over a column header on the lines right under it (`UnitOverColumnHeader`).
                      !UnitOverColumnHeader.heads(lines, at: i),
                      let (found, end) = unitHeaded.tables(lines, from: i) {
                if UnitColumnBlock.headsBlock(lines, at: i) {
                    let (marked, issue) = UnitColumnBlock.flagged(found, page: lines[i].page)
                    drafts += marked
                    if !issues.contains(where: { $0.code == issue.code && $0.page == issue.page }) { issues.append(issue) }
                } else {
                    drafts += found
                }
                i = end
            } else if let (found, end, issuesFound) = sideBySide.tables(lines, from: i, excluded: excluded) {
                drafts += found
                issues += issuesFound
                i = end
            } else if let header = plainHeader(i),
                      let (draft, end, found) = layoutColumns.wider(than: header.columns.count, lines, after: i, floor: floor, excluded: excluded) {
                drafts.append(draft)
                issues += found
                i = end
            } else if let header = plainHeader(i), !cellPerLine.startsRightAfter(lines, i),
                      // "2021 2020" / "Muutos" / "%": read below as one stacked header (PeriodsLineOverStackedChange).
                      !PeriodsLineOverStackedChange.wider(lines, at: i, than: header),
                      !HeaderOverCellLines.heads(lines, at: i, cells: cellPerLine, excluded: excluded),
                      let (found, end, issuesFound) = plainTable(lines, header: header, from: i, excluded: excluded) {
                // (Periods over rows written one cell per line, "1.1.2024-31.12.2024 1.1.2023-…"
                // in PyMuPDF's text of Koha-Suomi p. 3, are the cell-per-line reader's.)
                if found.count == 1, let previous = lastPlain, previous.draft == drafts.count - 1,
                   let (outer, inner, outerEnd, outerIssues, innerIssues) = readAround(lines, previous: previous,
                                                                                    before: drafts[previous.draft],
                                                                                    header: header, at: i, end: end,
                                                                                    excluded: excluded) {
                    drafts[previous.draft] = outer
                    drafts.append(inner)
                    issues.removeSubrange(previous.issues...)
                    issues += outerIssues + innerIssues
                    lastPlain = nil
                    i = outerEnd
                    continue
                }
                lastPlain = found.count == 1 ? (header, i, drafts.count, issues.count) : nil
                drafts += found
                issues += issuesFound
                i = end
                if found.count == 1, let table = found.first,
                   let (side, issue, next) = TrailingOneNumberRows.after(lines, from: i, columns: table.columns.count, excluded: excluded) {
                    drafts.append(side)
                    issues.append(issue)
                    i = next
                }
            } else if let (header, headerEnd) = BrokenHeaderLines.header(lines, at: i) ?? StackedHeaderLines.header(lines, at: i),
                      !excluded.contains(headerEnd),
                      // (Rows broken over lines under it are its rows, `BrokenRowsUnderHeader`.)
                      !cellPerLine.startsSoon(lines, after: headerEnd)
                        || BrokenRowsUnderHeader.follow(lines, after: headerEnd, columns: header.columns.count),
                      let (read, end, issuesFound) = plainTable(lines, header: header, from: headerEnd, excluded: excluded) {
                var found = read
                // A header stacked one word per line is the table's, not prose above it.
                if StackedHeaderLines.header(lines, at: i) != nil, !found.isEmpty {
                    found[0].firstLine = i
                    // …and so is a unit line right above it (`UnitAboveStackedHeader`).
                    if let u = UnitAboveStackedHeader.unit(lines, above: i, floor: floor, excluded: excluded) {
                        found[0].firstLine = i - 1
                        if found[0].unit == nil { found[0].unit = u }
                    }
                }
                drafts += found
                issues += issuesFound
                i = end
            } else if let (draft, end) = StackedNamedColumns.table(lines, at: i, excluded: excluded, cells: cellPerLine) {
                // Columns named one per line over rows one cell per line (Koha-Suomi p. 6 in PyMuPDF).
                drafts.append(draft)
                i = end
            } else if let (draft, end, issue) = columnBlocks.read(lines, from: i, excluded: excluded) {
                drafts.append(draft)
                issues.append(issue)
                i = end
            } else if let outcome = cellPerLine.read(lines, from: i, excluded: excluded) {
                switch outcome {
                case .table(let draft, let end, let found, let notes):
                    oneCellPerLine.append(drafts.count)
                    drafts.append(draft)
                    if let notes {
                        oneCellPerLine.append(drafts.count)
                        drafts.append(notes)
                    }
                    issues += found
                    i = end
                case .columnBlocks(let issue):
                    // Said once per page; the lines stay for the prose reader (and any table in them).
                    if !issues.contains(where: { $0.code == issue.code && $0.page == issue.page }) { issues.append(issue) }
                    i += 1
                }
            } else if let (draft, end, found) = layoutColumns.table(lines, from: i, floor: floor, excluded: excluded) {
                drafts.append(draft)
                issues += found
                i = end
            } else if let (draft, end, found) = LayoutHeadedRows.table(lines, from: i, floor: floor, excluded: excluded) {
                drafts.append(draft)
                issues += found
                i = end
            } else if let (draft, end, found) = headerless.table(lines, from: i, excluded: excluded) {
                drafts.append(draft)
                issues += found
                i = end
            } else {
                i += 1
            }
        }
        issues += ColumnBlockPages.flag(&drafts, at: oneCellPerLine, issues: issues)
        let paired = FigureRowsUnderLabels.apply(drafts, pipes: pipeTables, lines: lines, pages: detached, excluded: excluded)
        drafts = paired.0
        pipeTables = paired.1
        issues += paired.2
        // The same pages in one cell per line (PyMuPDF): a run of figure lines under labels with their own cells.
        let underLabels = CellLinesUnderLabels.tables(lines, pages: detached, excluded: excluded,
                                                      isValue: cellPerLine.isValue, isLabel: cellPerLine.isLabel)
        let placed = FigureRowsUnderLabels.place(underLabels.map { (draft: $0.0, first: $0.1, last: $0.2) }, in: drafts,
                                                 pipes: pipeTables, bodies: underLabels.map(\.3))
        drafts = placed.0
        pipeTables = placed.1
        for r in placed.2 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: underLabels[r].0.page,
                                message: "figures one per line with no label under as many labels with a percent of their own (the page in column blocks): paired by the percents, every cell flagged ambiguous-split"))
        }
        // A statement printed figures first, then its labels in chunks (LabelsAfterFigures).
        let afterFigures = LabelsAfterFigures.tables(lines, pages: detached, excluded: excluded)
        let placedAfter = FigureRowsUnderLabels.place(afterFigures.map { (draft: $0.draft, first: $0.first, last: $0.last) }, in: drafts,
                                                      pipes: pipeTables, bodies: afterFigures.map(\.body))
        drafts = placedAfter.0
        pipeTables = placedAfter.1
        issues += placedAfter.2.map { afterFigures[$0].issue }
        // A balance sheet's labels under its outline, then its figure lines (OutlineLabelBlock):
        // each side's rows, joined, are read as a plain table under the side's dates.
        let readJoined = { (joined: [TextLine]) -> [TableDraft]? in
            guard let first = joined.first, let header = PlainHeader(first),
                  let (found, _, _) = plainTable(joined, header: header, from: 0, excluded: []) else { return nil }
            return found
        }
        // An income or cash-flow statement's labels under its outline, then its figure lines (StatementLabelBlock);
        // labels with their figures under 1 000, then the figures with a separator (GroupedFiguresAfterLabels).
        for blocks in [OutlineLabelBlock.tables(lines, pages: detached, excluded: excluded, read: readJoined),
                       StatementLabelBlock.tables(lines, pages: detached, excluded: excluded, read: readJoined),
                       GroupedFiguresAfterLabels.tables(lines, pages: detached, excluded: excluded)] {
            let placedOutline = FigureRowsUnderLabels.place(blocks.map { (draft: $0.draft, first: $0.first, last: $0.last) }, in: drafts,
                                                            pipes: pipeTables, bodies: blocks.map(\.body))
            drafts = placedOutline.0
            pipeTables = placedOutline.1
            issues += placedOutline.2.map { blocks[$0].issue }
        }
        issues += ColumnBlockPages.flagDetached(&drafts, except: pipeTables, pages: detached)
        UnspacedTextRows.flag(&drafts, except: pipeTables, lines: lines)
        drafts = PipeTableContinuation.merge(drafts, isPipe: drafts.indices.map(pipeTables.contains), lines: lines)
        drafts = RepeatedHeaderContinuation.merge(drafts, lines: lines)
        // A grid of a row or two with no header whose figures stand apart (`HeaderlessGappedGrid`).
        issues += HeaderlessGappedGrid.flag(&drafts, lines: lines)
        return (drafts, issues)
    }

    // MARK: tab-separated

    private func tabTable(_ lines: [TextLine], from start: Int, excluded: Set<Int>) -> (TableDraft, Int)? {
        var headerCells: [[String]] = []
        var rowLines: [Int] = []
        var i = start, blanks = 0, last = start
        while i < lines.count, !excluded.contains(i) {
            let line = lines[i]
            if line.isEmpty {
                blanks += 1
                if blanks > maxBlankRun, !tabRowsGoOn(lines, from: i, after: rowLines.last) { break }
                i += 1
                continue
            }
            guard let cells = line.tabCells else { break }
            blanks = 0
            let isHeaderLine = rowLines.isEmpty && (headerCells.isEmpty
                ? !cells.dropFirst().contains { TextTableBuilder.isDataValue($0) && !UnitHeaderCell.isUnit($0, in: cells) }
                : cells[0].isEmpty && cells.dropFirst().allSatisfy { $0.isEmpty || ColumnHeader.isHeaderToken($0) }
                    || TabHeaderCaption.wrapsCaption(lines, at: i, headerCells: headerCells))
            if !rowLines.isEmpty, TabHeaderCaption.startsHeader(cells) {
                break  // a new header: the next table starts here
            }
            if isHeaderLine { headerCells.append(cells) } else { rowLines.append(i) }
            last = i
            i += 1
        }
        guard !rowLines.isEmpty else { return nil }
        var rowCells = rowLines.map { lines[$0].tabCells! }
        if MarkerLabelColumn.applies(rowCells) || EmptyLabelColumn.applies(rowCells) || OuterColumnGroupLabels.applies(rowCells) {
            rowCells = rowCells.map(MarkerLabelColumn.merge)
            headerCells = headerCells.map { $0.count >= 2 ? [TextJoiner.join([$0[0], $0[1]])] + $0.dropFirst(2) : $0 }
        }
        (headerCells, rowCells) = HeaderOnlyColumnSplit.join(header: headerCells, rows: rowCells)
        // The two rows read from one label cell by the bold of its last line
        // (`BoldHeadingLineInLabelCell`): the row's values are flagged, the heading stays a heading.
        var readFromMarks = Set(rowLines.indices.filter { $0 < rowCells.count && lines[rowLines[$0]].words.contains(where: \.doubtfulJoin) }.map { rowCells[$0] })
        // An item's code and first name line in a row of their own (`CodeLedPipeLabel`).
        if rowCells.count == rowLines.count {
            let coded = CodeLedPipeLabel.join(rowCells, bold: rowLines.map { lines[$0].isBold })
            for pair in coded.joined where readFromMarks.contains(pair.old) { readFromMarks.insert(pair.new) }
            rowCells = coded.rows
        }
        let width = max(headerCells.map(\.count).max() ?? 0, rowCells.map(\.count).max() ?? 0) - 1
        guard width >= 1 else { return nil }
        var parts = Array(repeating: [String](), count: width)
        var caption: [String] = []
        for cells in headerCells {
            if !cells[0].isEmpty { caption.append(cells[0]) }
            for (c, text) in cells.dropFirst().enumerated() where !text.isEmpty { parts[c].append(text) }
        }
        let columns = parts.map { TextTableBuilder.column($0.joined(separator: " ")) }
        var assembler = RowAssembler(columnCount: width)
        var unit: String?
        for cells in WrappedTextCells.join(TabRowContinuation.join(rowCells)) {
            // A row of units alone under the header ("||1000 €|", pymupdf4llm's state budget) is
            // the table's unit, not a value: "1000 €" is no amount.
            if cells[0].isEmpty, let u = Self.unitRow(cells), assembler.rows.isEmpty {
                unit = u
                continue
            }
            var values = TabCellReader.cells((1...width).map { $0 < cells.count ? cells[$0] : "" }, columns: columns)
            if readFromMarks.contains(cells) {
                values = values.map { $0.map { var c = $0; if !c.flags.contains(.ambiguousSplit) { c.flags.append(.ambiguousSplit); c.flags.sort() }; return c } }
            }
            if values.allSatisfy({ $0 == nil }), readFromMarks.contains(cells) {
                assembler.addHeading(cells[0])
            } else if values.allSatisfy({ $0 == nil }) {
                assembler.addLabelOnly(cells[0], level: 0)
            } else {
                assembler.addRow(label: cells[0], level: 0, cells: values)
            }
        }
        var d = draft(lines, first: start, last: last, caption: caption, columns: columns, assembler: assembler)
        if let unit { d.unit = unit }
        return (d, last + 1)
    }

    /// The unit when every non-empty value cell of a label-less row is the same unit line.
    private static func unitRow(_ cells: [String]) -> String? {
        let units = cells.dropFirst().filter { !$0.isEmpty }.map { cell in
            TableUnit.ofUnitLine(TextLine(page: 1, words: cell.split(separator: " ").map { Word(text: String($0)) }))
        }
        guard let first = units.first, let u = first, units.allSatisfy({ $0 == u }) else { return nil }
        return u
    }

    // MARK: plain text

    /// The table before `header` read around the table under `header` when the extract printed
    /// that one inside it (`InterruptedTable`): the outer table skips the inner one's lines and
    /// goes on after them; the inner one stops where the outer one's rows resume.
    private func readAround(_ lines: [TextLine], previous: (header: PlainHeader, start: Int, draft: Int, issues: Int),
                            before: TableDraft, header: PlainHeader, at start: Int, end: Int, excluded: Set<Int>)
        -> (TableDraft, TableDraft, Int, [Issue], [Issue])? {
        guard (before.lastLine + 1..<start).allSatisfy({ lines[$0].isEmpty }),
              let resume = InterruptedTable.resumeLine(lines, firstLines: previous.start...before.lastLine,
                                                       firstColumns: before.columns.count, second: start,
                                                       secondEnd: end, secondColumns: header.columns.count),
              let (inners, _, innerIssues) = plainTable(lines, header: header, from: start, excluded: excluded, stop: resume),
              let (outers, outerEnd, outerIssues) = plainTable(lines, header: previous.header, from: previous.start,
                                                               excluded: excluded, skip: start..<resume),
              inners.count == 1, outers.count == 1, let inner = inners.first, let outer = outers.first,
              outer.lastLine >= resume else { return nil }
        return (outer, inner, outerEnd, outerIssues, innerIssues)
    }

    /// `skip`: lines of another table printed inside this one, read past; `stop`: the line where
    /// this table's rows end at the latest.
    private func plainTable(_ lines: [TextLine], header: PlainHeader, from start: Int, excluded: Set<Int>,
                            skip: Range<Int>? = nil, stop: Int? = nil)
        -> ([TableDraft], Int, [Issue])? {
        let stop = stop ?? lines.count
        var columns = header.columns
        var i = start + 1, blanks = 0
        // Lines of years or units under the kinds ("2022 2023 2023 2024 2024"); a unit line
        // ("1 000 €  1 000 €") gives the table's unit.
        var unit: String?
        var wrappedCell = false
        while i < lines.count, !excluded.contains(i) {
            let words = lines[i].words.map(\.text)
            if words.isEmpty { i += 1; continue }
            if let u = TableUnit.ofUnitLineUnderHeader(lines[i]) { unit = u; i += 1; continue }
            // "Muutos-" / "%" under a line of periods: one more column (WrappedHeaderCellBelow).
            if !wrappedCell, columns.allSatisfy({ $0.header.contains(where: \.isNumber) }),
               let cell = WrappedHeaderCellBelow.read(lines, at: i) {
                columns.append(TextTableBuilder.column(cell.header))
                wrappedCell = true
                i = cell.next
                continue
            }
            guard words.count == columns.count, words.allSatisfy({ ColumnHeader.isHeaderToken($0) }) else { break }
            for c in columns.indices { columns[c] = TextTableBuilder.column(columns[c].header + " " + words[c]) }
            i += 1
        }
        var rows: [(index: Int, label: String, tail: [String], texts: [String])] = []
        var signsAbove = Set<Int>()
        // Rows a lone sign line follows (SignLineBelow), by row index: their cells are flagged.
        var signsBelow = Set<Int>()
        // A lone sign inside a row broken over lines, waiting for its figure (SignBrokenRow).
        var pendingSign: String?
        var signBroken = Set<Int>()
        // Lines whose label took the year before its figures (YearClosingLabel): their cells are flagged.
        var yearInLabel = Set<Int>()
        // Rows with a word amid their figures, by line: how many number tokens precede the word
        // (PlaceholderAmidFigures).
        var placeholderBefore: [Int: Int] = [:]
        var last = start
        // The header block ends here: its lines under the header line are printed again with it (RowsGoOnUnderRepeatedHeader).
        let firstRowLine = i
        while i < stop, !excluded.contains(i) {
            if let skip, skip.contains(i) { i = skip.upperBound; continue }
            let line = lines[i]
            if line.isEmpty {
                blanks += 1
                // A longer gap (a page break with its page number removed) is crossed only when
                // the table's rows go on right after it.
                if blanks > maxBlankRun, !continuesAfterGap(lines, from: i, columns: columns.count) { break }
                i += 1
                continue
            }
            blanks = 0
            // The rows go on on the next page under this header printed again (RowsGoOnUnderRepeatedHeader).
            if last > start, lines[i].page == lines[last].page || lines[i].page == lines[last].page + 1,
               let resume = RowsGoOnUnderRepeatedHeader.resume(lines, at: i, header: start, below: (start + 1)..<max(start + 1, firstRowLine), last: last) {
                i = resume
                continue
            }
            if PlainHeader(line) != nil || BrokenHeaderLines.header(lines, at: i) != nil || StackedHeaderLines.header(lines, at: i) != nil { break }
            // A converter's grid of rows wider than the header is its own table (`PipeRowsEndPlainTable`).
            if PipeRowsEndPlainTable.ends(lines, at: i, columns: columns.count) { break }
            // The next page opens with the header again: the rows go on there (RepeatedHeaderContinuation).
            if i > start + 1, RepeatedHeaderContinuation.headerOpensPage(lines, at: i) { break }
            let words = line.words.map(\.text)
            // "Toimintatuotot 18 570,5" / "1) 20 419,2": a raised note marker broke the row (FootnoteMarkerLine).
            if let more = FootnoteMarkerLine.figures(words), let r = rows.last, r.texts.isEmpty,
               lines[r.index].page == line.page, FootnoteMarkerLine.completes(r.tail, with: more, columns: columns.count) {
                rows[rows.count - 1].tail += more
                last = i
                i += 1
                continue
            }
            if SignLineAbove.isSignLine(words.joined(separator: " ")) {
                if words.count == 1, let r = rows.last, !r.label.isEmpty, r.texts.isEmpty,
                   SignBrokenRow.continues(lines, after: i) {
                    pendingSign = words[0]
                    signBroken.insert(rows.count - 1)  // this row's: its cells are flagged
                } else {
                    signsAbove.insert(rows.count)  // the next row's
                    // …or the row's above, its sign printed below the line (SignLineBelow).
                    if let r = rows.last, SignLineBelow.mayBelongAbove(r.tail) { signsBelow.insert(rows.count - 1) }
                }
                i += 1
                continue
            }
            var split = TextTableBuilder.tailStart(words)
            // "Rahoitustuotot ja -" / "kulut": the dash starts the next line's word (SuspendedHyphenLabel).
            if SuspendedHyphenLabel.continues(words, split: split, lines: lines, at: i) {
                rows.append((i, words.joined(separator: " "), [], []))
                last = i
                i += 1
                continue
            }
            // A unit right after the label belongs to it ("Muutos %").
            while split < words.count, words[split] == "%" || words[split] == "€" { split += 1 }
            // One or two digits alone after the label, in a table of several columns, end the
            // label ("Kemijärvi historia 3"), not a row of numbers; so does any number that cannot
            // fill the row when a MENOT row follows, as the line above MENOT names its group
            // ("Kemijärvi 150").
            // (Unless figure lines right under it fill the row with it, a row broken over lines in
            // dot-grouped text: "Toimintatuotot  0" / "1.670" / "100", `BrokenRowLines.rowEnd`.)
            if split == words.count - 1, columns.count > 2, split > 0, let only = words.last,
               only.count <= 2, only.allSatisfy(\.isASCIIDigit),
               BrokenRowLines.rowEnd(lines, from: i, tokens: [only], columns: columns.count) == nil {
                split = words.count
            }
            if split > 0, split < words.count, opensGroup(lines, after: i),
               DigitRunSplitter.split(Array(words[split...]), columns: columns.count) == nil {
                split = words.count
            }
            // "… 570 000 siirretty –570 000": a word in one number column (PlaceholderAmidFigures).
            // (Only when the cells fit the header's columns: "Hankinnat / 1.000 asukasta 426 432 …"
            // is a label with its unit, read as before.)
            if let mid = PlaceholderAmidFigures.parse(words, split: split),
               PlaceholderAmidFigures.cells(numbers: mid.numbers, before: mid.before, word: mid.word, columns: columns) != nil {
                rows.append((i, mid.label.joined(separator: " "), mid.numbers, [mid.word]))
                placeholderBefore[i] = mid.before
                last = i
                i += 1
                continue
            }
            if split == words.count, let mixed = TrailingTextCells.parse(words) {
                rows.append((i, mixed.label.joined(separator: " "), mixed.numbers, mixed.texts))
                last = i
                i += 1
                continue
            }
            var label = words[..<split].joined(separator: " ")
            var tail = Array(words[split...])
            // "Tuloveroprosentti 2024 21,50 22,00 +0,50": the year ends the label (YearClosingLabel).
            if let moved = YearClosingLabel.split(label: label, tail: tail, columns: columns.count) {
                (label, tail) = moved
                yearInLabel.insert(i)
            }
            // Cells wrapped under themselves ("hallinto- hallinto-" / "palveluissa palveluissa").
            if tail.isEmpty, let previous = rows.last, !previous.tail.isEmpty, previous.texts.isEmpty,
               let joined = LeadingTextCells.joinColumnWise(label: previous.label, next: words) {
                rows[rows.count - 1].label = joined
                last = i
                i += 1
                continue
            }
            if tail.isEmpty, words.count > TableLineRole.maxLabelWords || label.hasSuffix(".") && words.count > 2 { break }
            if label.isEmpty, let sign = pendingSign, !tail.isEmpty, !rows.isEmpty {
                rows[rows.count - 1].tail += SignBrokenRow.signed(tail, sign)
                pendingSign = nil
                last = i
                i += 1
                continue
            }
            pendingSign = nil
            if label.isEmpty, WrappedNumberLines.continues(labels: rows.map(\.label), tails: rows.map(\.tail), words: tail) {
                rows[rows.count - 1].tail += tail
                last = i
                i += 1
                continue
            }
            rows.append((i, label, tail, []))
            last = i
            i += 1
        }
        // A row broken over lines (PyMuPDF): its lines become one row again.
        let broken = BrokenRowLines.groups(labels: rows.map(\.label), tails: rows.map(\.tail), lines: rows.map(\.index),
                                           columns: columns.count)
        if broken.count < rows.count {
            rows = broken.map { group in
                let first = rows[group[0]]
                guard group.count > 1, first.texts.isEmpty else { return first }
                return (first.index, first.label, BrokenRowLines.attachSigns(group.flatMap { rows[$0].tail }), [])
            }
        }
        // "4142 Katuvalaistuksen" / "LED-saneeraus 35 070 …": one item's name (CodeLedWrappedLabelLines).
        // (Sign lines are kept by row index: with any, the rows stay as read.)
        for k in CodeLedWrappedLabelLines.joins(labels: rows.map(\.label), tails: rows.map(\.tail)).reversed()
        where (rows[k + 1].texts.isEmpty || placeholderBefore[rows[k + 1].index] != nil) && signsAbove.isEmpty && signBroken.isEmpty && signsBelow.isEmpty {
            rows[k + 1].label = TextJoiner.join([rows[k].label, rows[k + 1].label])
            rows.remove(at: k)
        }
        // "TOIMINNAN JA INVESTOINTIEN" / "RAHAVIRTA –1 969 –1 533": one caps item's name (WrappedCapsLabelLines).
        for run in WrappedCapsLabelLines.runs(labels: rows.map(\.label), tails: rows.map(\.tail)).reversed()
        where signsAbove.isEmpty && signBroken.isEmpty && signsBelow.isEmpty {
            rows[run.row].label = TextJoiner.join(rows[run.first...run.row].map(\.label))
            rows.removeSubrange(run.first..<run.row)
        }
        guard rows.contains(where: { !$0.tail.isEmpty }) else { return nil }
        while let r = rows.last, r.tail.isEmpty { rows.removeLast(); last = r.index - 1 }
        // One-number rows after the table are a table of their own (TrailingOneNumberRows).
        var trailing: (TableDraft, Issue)?
        if rows.allSatisfy({ $0.texts.isEmpty }),
           let cut = TrailingOneNumberRows.start(rows.map(\.tail), columns: columns.count) {
            trailing = TrailingOneNumberRows.table(lines, rows: rows[cut...].map { ($0.index, $0.label, $0.tail) })
            rows.removeLast(rows.count - cut)
        }
        // Rows with text cells are read on their own below; they take no part in the splits.
        let withText = Set(rows.indices.filter { !rows[$0].texts.isEmpty })
        last = rows.last!.index

        // "…, alue 12 2 540 517 -1 154 677 …": the item number ends the label (NumberedItemLabel).
        let numbered = NumberedItemLabel.rows(labels: rows.map(\.label), tails: rows.map { $0.texts.isEmpty ? $0.tail : [] },
                                              header: columns.count)
        var itemNumberInLabel = Set<Int>()
        for k in numbered.moved {
            rows[k].label += " " + rows[k].tail[0]
            rows[k].tail.removeFirst()
            if numbered.flagged.contains(k) { itemNumberInLabel.insert(rows[k].index) }
        }
        // A spanning line over the headers read as one more column (SuffixDelimitedCells).
        if let m = SuffixDelimitedCells.count(rows.filter { $0.texts.isEmpty && !$0.tail.isEmpty }.map(\.tail), header: columns.count) {
            columns = Array(columns.suffix(m))
        }
        let headerCount = columns.count
        let numberRows = rows.indices.filter { rows[$0].texts.isEmpty && !rows[$0].tail.isEmpty }
        // Rows of a sparse table placed by its own arithmetic (ArithmeticPlacedRows), by row index.
        var arithmetic: [Int: ArithmeticPlacedRows.Placement] = [:]
        // Rows of a statement with two value columns per year (TwoColumnsPerYear), by row index.
        var perYear: [Int: ArithmeticPlacedRows.Placement] = [:]
        let opens = SubtotalOnlyRows.opens(labels: rows.map(\.label), tails: rows.map(\.tail), numberRows: numberRows)
        let results = numberRows.map { SubtotalOnlyRows.isResult(rows[$0].label) }
        if let years = TwoColumnsPerYear.pairedYears(columns),
           let doubled = TwoColumnsPerYear.read(numberRows.map { rows[$0].tail }, header: years, opens: opens, results: results) {
            // The header already names the item and subtotal column of each year.
            for (k, placement) in doubled { perYear[numberRows[k]] = placement }
        } else if let m = RowColumnCount.count(numberRows.map { rows[$0].tail }, header: headerCount) {
            columns = Array(repeating: Column(header: ""), count: m - headerCount) + columns
        } else if let sparse = ArithmeticPlacedRows.read(numberRows.map { rows[$0].tail }, header: headerCount) {
            columns = Array(repeating: Column(header: ""), count: sparse.columns - headerCount) + columns
            for (k, placement) in sparse.rows { arithmetic[numberRows[k]] = placement }
        } else if PairedColumnsOnlyForPeriods.allows(columns),
                  let doubled = TwoColumnsPerYear.read(numberRows.map { rows[$0].tail }, header: headerCount, opens: opens, results: results) {
            columns = TwoColumnsPerYear.columns(columns)
            for (k, placement) in doubled { perYear[numberRows[k]] = placement }
        }
        let sparse = !arithmetic.isEmpty
        let n = columns.count
        let initial = rows.map { $0.texts.isEmpty ? DigitRunSplitter.split($0.tail, columns: n) : nil }
        let hints = TextTableBuilder.hints(initial.compactMap { $0 }.filter { !$0.ambiguous }.map(\.numbers), columns: n)
        var first = zip(rows, initial).map { row, split in
            split.map { $0.ambiguous ? DigitRunSplitter.split(row.tail, columns: n, hints: hints) ?? $0 : $0 }
        }
        IdentitySplitResolver.resolve(labels: rows.map(\.label), tails: rows.map(\.tail), chosen: &first, columns: n)
        for k in first.indices where first[k]?.numbers.contains(where: ImplausibleNumbers.tooLong) == true { first[k] = nil }
        // A reading that fills the columns only by cutting numbers apart is no reading: the row
        // holds fewer numbers than columns and is placed as a short row.
        // (Unless the only cut is before a percentage in a percent column: PercentAfterVariance.)
        var percentCut = Set<Int>()
        for k in first.indices where first[k].map({ ShortRows.cutsNumbersApart($0.numbers) }) == true {
            if let numbers = first[k]?.numbers, PercentAfterVariance.keeps(numbers, columns: columns) {
                percentCut.insert(k)
                continue
            }
            if (1..<n).contains(where: { w in DigitRunSplitter.split(rows[k].tail, columns: w).map { !ShortRows.cutsNumbersApart($0.numbers) } == true }) {
                first[k] = nil
            }
        }
        let shortWidth = ShortRows.width(rows.indices.filter { first[$0] == nil && !rows[$0].tail.isEmpty && !withText.contains($0) }
                                            .map { rows[$0].tail },
                                         columns: n)
        let shortTails = rows.indices.filter { first[$0] == nil && !rows[$0].tail.isEmpty && !withText.contains($0) }
            .map { rows[$0].tail }
        let inDoubt = FewRowsFit.inDoubt(fitting: numberRows.filter { first[$0] != nil }.count,
                                         unread: shortWidth == nil ? numberRows.filter { first[$0] == nil }.count : 0)
        // A figure far larger than the other rows' that also reads as several (OutsizedJoinedFigure).
        let outsized = OutsizedJoinedFigure.rows(rows.indices.map { k in
            withText.contains(k) || arithmetic[k] != nil || perYear[k] != nil ? nil : first[k]?.numbers
        }, tails: rows.map(\.tail), columns: n)
        var assembler = RowAssembler(columnCount: n)
        var ambiguousRows = 0, failedRows: [Int] = [], shortRows = 0, percentBlank = 0, capped = 0
        var signedAbove = 0, signedBelow = 0, brokenAtSigns = 0, yearLabels = 0, minusMoved = 0, itemLabels = 0
        for (k, row) in rows.enumerated() {
            if row.tail.isEmpty { assembler.addLabelOnly(row.label, level: 0); continue }
            var cells = Array(repeating: Cell?.none, count: n)
            if withText.contains(k) {
                if let before = placeholderBefore[row.index], let word = row.texts.first {
                    if let read = PlaceholderAmidFigures.cells(numbers: row.tail, before: before, word: word, columns: columns) {
                        cells = read
                        if read.contains(where: { $0?.flags.contains(.ambiguousSplit) == true }) { ambiguousRows += 1 }
                    } else {
                        failedRows.append(lines[row.index].page)
                        cells[0] = Cell(text: (Array(row.tail[..<before]) + row.texts + Array(row.tail[before...])).joined(separator: " "),
                                        flags: [.merged])
                    }
                } else if let read = TrailingTextCells.cells(numbers: row.tail, texts: row.texts, columns: columns) {
                    cells = read
                    if read.contains(where: { $0?.flags.contains(.ambiguousSplit) == true }) { ambiguousRows += 1 }
                } else {
                    failedRows.append(lines[row.index].page)
                    cells[0] = Cell(text: (row.tail + row.texts).joined(separator: " "), flags: [.merged])
                }
            } else if let placement = arithmetic[k] ?? perYear[k] {
                let doubtful = placement.flagged || DecimalNumberCutApart.matches(row.tail, numbers: placement.texts.compactMap { $0 })
                if doubtful { ambiguousRows += 1 }
                for (c, text) in placement.texts.enumerated() {
                    guard let text else { continue }
                    cells[c] = CellReader.cell(text, column: columns[c], doubtful: doubtful)
                    // Placed where the table's own relations hold (ArithmeticPlacedRows): the cell says so.
                    if arithmetic[k] != nil { ReadingByIdentities.mark(&cells[c]) }
                }
            } else if let split = first[k] {
                // In a sparse table a row no relation places may be read into all columns by cutting its numbers apart.
                let doubtful = split.ambiguous || inDoubt || sparse || percentCut.contains(k)
                    || FewRowsFit.oneNumberRow(row.tail, shortWidth: shortWidth, shortTails: shortTails)
                    || PercentJoinedToAmount.inRow(split.numbers) || outsized.contains(k)
                    || DecimalNumberCutApart.matches(row.tail, numbers: split.numbers)
                    || PercentColumnWholeNumber.matches(split.numbers, columns: columns)
                if doubtful { ambiguousRows += 1 }
                for (c, text) in split.numbers.enumerated() {
                    cells[c] = CellReader.cell(text, column: columns[c], doubtful: doubtful)
                    if split.chosenByIdentity { ReadingByIdentities.mark(&cells[c]) }
                }
            } else if let width = shortWidth, let placed = ShortRows.place(row.tail, width: width, columns: columns) {
                // Figures first, the closing percent column blank (BlankPercentColumn).
                if placed.first.map({ $0 != nil }) == true, placed.last.map({ $0 == nil }) == true {
                    percentBlank += 1
                } else {
                    shortRows += 1
                }
                cells = placed
            } else {
                failedRows.append(lines[row.index].page)
                if DigitRunSplitter.search(row.tail, columns: n, limit: 1).capped { capped += 1 }
                cells[0] = Cell(text: row.tail.joined(separator: " "), flags: [.merged])
            }
            if signsAbove.contains(k) {
                cells = SignLineAbove.flag(cells)
                signedAbove += 1
            } else if signsBelow.contains(k) {
                cells = SignLineAbove.flag(cells)
                signedBelow += 1
            }
            if signBroken.contains(k) {
                cells = SignLineAbove.flag(cells)
                brokenAtSigns += 1
            }
            if yearInLabel.contains(row.index), cells.contains(where: { $0?.value != nil }) {
                cells = SignLineAbove.flag(cells)
                yearLabels += 1
            }
            if itemNumberInLabel.contains(row.index), cells.contains(where: { $0?.value != nil }) {
                cells = SignLineAbove.flag(cells)
                itemLabels += 1
            }
            // A figure whose minus the extractor set after its first word (`MinusAfterFirstGroup`).
            if lines[row.index].words.contains(where: \.doubtfulJoin), cells.contains(where: { $0?.value != nil }) {
                cells = SignLineAbove.flag(cells)
                minusMoved += 1
            }
            assembler.addRow(label: row.label, level: 0, cells: cells)
        }
        let leading = LeadingTextCells.apply(&assembler.rows, columns: columns)
        shortRows -= leading.settled
        // "Mittari Yksikkö TP 2024 …" over "Toimintakate €/asukas -2 151 …": each row's unit is a
        // text cell of its own column, not a word of its label (UnitColumnBeforePeriods).
        var caption = header.caption
        if let read = UnitColumnBeforePeriods.apply(&assembler.rows, caption: caption, columns: columns) {
            caption = read.caption
            columns = read.columns
        }
        var issues: [Issue] = []
        if n > headerCount, perYear.isEmpty {
            issues.append(Issue(severity: .info, code: "columns-from-rows", page: lines[start].page,
                                message: "table under \"\(header.text)\": the header names \(headerCount) column(s) but the rows hold \(n) numbers each; the first \(n - headerCount) column(s) have no name"))
        }
        if !perYear.isEmpty {
            issues.append(Issue(severity: .info, code: "columns-from-rows", page: lines[start].page,
                                message: "table under \"\(header.text)\": rows hold \(n / 2) or \(n) numbers; read as two columns per year (item and group subtotal, TwoColumnsPerYear); a row of \(n / 2) number(s) goes to the item columns inside a group and to the subtotal columns after a group's closing row (SubtotalOnlyRows), flagged ambiguous-split unless its group's subtotal confirms it"))
        }
        if sparse {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[start].page,
                                message: "table under \"\(header.text)\": rows hold up to \(n) numbers with empty cells the text does not place; \(arithmetic.count) row(s) were placed by the arithmetic several rows share (ArithmeticPlacedRows), every cell of a row with empty cells flagged ambiguous-split"))
        }
        if signedAbove > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[start].page,
                                message: "table under \"\(header.text)\": \(signedAbove) row(s) have their minus signs on a line of their own above them; which figure each sign belongs to is not in the text, so the figures are left as printed and flagged ambiguous-split"))
        }
        if signedBelow > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[start].page,
                                message: "table under \"\(header.text)\": \(signedBelow) row(s) are followed by a line holding only a minus sign, which may be the sign of one of their figures printed below the line (SignLineBelow); their figures are left as printed and flagged ambiguous-split"))
        }
        if brokenAtSigns > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[start].page,
                                message: "table under \"\(header.text)\": \(brokenAtSigns) row(s) were broken over lines at lone minus signs; each sign was set on the figure after it, as the text orders them (SignBrokenRow), and the row's cells are flagged ambiguous-split"))
        }
        if yearLabels > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[start].page,
                                message: "table under \"\(header.text)\": \(yearLabels) row(s) held one figure more than the columns, a year first; the year was read as the end of the label (YearClosingLabel) and the row's cells are flagged ambiguous-split"))
        }
        if itemLabels > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[start].page,
                                message: "table under \"\(header.text)\": \(itemLabels) row(s) begin their figures with one or two digits that were read as the item number ending the label (NumberedItemLabel), outside a series of such rows or where the figures also read with them; the row's cells are flagged ambiguous-split"))
        }
        if minusMoved > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[start].page,
                                message: "table under \"\(header.text)\": \(minusMoved) row(s) hold a figure whose minus sign the text sets after the figure's first word; the sign was put first (MinusAfterFirstGroup) and the row's cells are flagged ambiguous-split"))
        }
        let page = lines[start].page
        if ambiguousRows > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                message: "table under \"\(header.text)\": \(ambiguousRows) row(s) of run-together digits had more than one reading into \(n) columns; the chosen cells are flagged ambiguous-split"))
        }
        if shortRows > 0, let width = shortWidth {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                message: "table under \"\(header.text)\": \(shortRows) row(s) hold only \(width) number(s) for \(n) columns; placed in the last \(width) columns (empty earliest periods) and flagged ambiguous-split"))
        }
        if percentBlank > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                message: "table under \"\(header.text)\": \(percentBlank) row(s) hold one number fewer than the \(n) columns; placed before the closing percent column, left blank (BlankPercentColumn), and flagged ambiguous-split"))
        }
        if !failedRows.isEmpty {
            // Say which rows were never fully searched (a damaged or concatenated line, not a
            // table row): their digits are kept whole for that reason, not because none fits.
            let why = capped == 0 ? "" : " (\(capped) of them too long to search: over \(DigitRunSplitter.maxTokens) tokens or the splitter's step budget)"
            issues.append(Issue(severity: .warning, code: "unsplittable-numbers", page: page,
                                message: "table under \"\(header.text)\": \(failedRows.count) row(s) of digits fit no reading into \(n) columns\(why); kept as one text cell flagged merged"))
        }
        var d = draft(lines, first: start, last: last, caption: caption.map { [$0] } ?? [], columns: columns, assembler: assembler)
        if let unit { d.unit = unit }
        if let (side, issue) = trailing { return ([d, side], side.lastLine + 1, issues + [issue]) }
        return ([d], last + 1, issues)
    }

    /// The first non-empty line at `start` or up to `within` lines after it.
    private func nextNonEmpty(_ lines: [TextLine], from start: Int, within: Int) -> Int? {
        (start..<min(lines.count, start + within)).first { !lines[$0].isEmpty }
    }

    /// Where a row's trailing run of number-column tokens starts (`words.count` when none).
    static func tailStart(_ words: [String]) -> Int {
        var split = words.count
        while true {
            while split > 0, isTailToken(words[split - 1]) || EuroSuffixedNumbers.isTailUnit(words, at: split - 1) { split -= 1 }
            // An opening bracket whose number reads to its `)` goes on the tail (NotationTokens).
            guard split > 0, NotationTokens.opensNumber(words, at: split - 1) else { break }
            split -= 1
        }
        return NotationTokens.tailStart(words, from: split)
    }

    /// After a longer gap (a page break), the next non-empty line is another tab row of the same
    /// width with numbers in it: the table goes on.
    private func tabRowsGoOn(_ lines: [TextLine], from start: Int, after last: Int?) -> Bool {
        guard let last, let width = lines[last].tabCells?.count else { return false }
        guard let j = nextNonEmpty(lines, from: start, within: 6), let cells = lines[j].tabCells,
              cells.count <= width else { return false }
        // On the next page a converter's table of another width is another table, or a part
        // whose columns only `TableMerger` can pair (synth kalliosalo p. 5 in pymupdf4llm: the
        // balance sheet's last rows, two columns under four, once the page's footer is known).
        if lines[j].page != lines[last].page, cells.count != width { return false }
        // So is one with fewer cells whose last is filled, on the same page (`NarrowerBlockAfterGap`).
        if NarrowerBlockAfterGap.startsAnother(cells, width: width) { return false }
        return cells.dropFirst().contains { TextTableBuilder.isDataValue($0) } || cells.dropFirst().allSatisfy(\.isEmpty)
    }

    /// The next non-empty line is a MENOT row: line `i` is the name of its group.
    private func opensGroup(_ lines: [TextLine], after i: Int) -> Bool {
        guard let j = nextNonEmpty(lines, from: i + 1, within: 3) else { return false }
        return lines[j].words.first?.text.uppercased() == "MENOT"
    }

    /// The next non-empty line, within a few lines of `start`, is a row of this table: its
    /// numbers split into the table's columns.
    private func continuesAfterGap(_ lines: [TextLine], from start: Int, columns: Int) -> Bool {
        guard let j = nextNonEmpty(lines, from: start, within: 6), PlainHeader(lines[j]) == nil else { return false }
        let isRow = { (k: Int) -> Bool in
            let words = lines[k].words.map(\.text)
            let split = TextTableBuilder.tailStart(words)
            guard split > 0, split < words.count else { return false }
            return DigitRunSplitter.split(Array(words[split...]), columns: columns) != nil
        }
        if isRow(j) { return true }
        // …or a group line opening the next page, the rows under it (GroupLineAfterPageBreak).
        var before = start - 1
        while before >= 0, lines[before].isEmpty { before -= 1 }
        return GroupLineAfterPageBreak.continues(lines, first: j, before: before, isRow: isRow)
    }

    // MARK: shared

    private func draft(_ lines: [TextLine], first: Int, last: Int, caption: [String], columns: [Column],
                       assembler: RowAssembler) -> TableDraft {
        let captionText = caption.isEmpty ? nil : caption.joined(separator: " ")
        return TableDraft(page: lines[first].page, pages: Array(Set(lines[first...last].map(\.page))).sorted(), bbox: nil,
                          caption: captionText, unit: TableUnit.find(in: captionText), columns: columns,
                          rows: assembler.rows, hasHeader: true, firstLine: first, lastLine: last,
                          pendingGroup: assembler.pendingGroup)
    }

    static func column(_ header: String) -> Column {
        let (kind, year, unit) = ColumnHeader.classify(header)
        return Column(header: header, kind: kind, year: year, unit: unit)
    }

    /// A number that is data, not a year in a header.
    static func isDataValue(_ text: String) -> Bool {
        FinnishNumber.parse(text) != nil && !WordTraits.isYear(text)
    }

    /// A token of a run-together number tail: digits (with a sign or decimals), a lone sign,
    /// a placeholder, or a trailing percent sign.
    static func isTailToken(_ t: String) -> Bool {
        if t == "%" || FinnishNumber.isPlaceholder(t) { return true }
        // Every reading below needs an ASCII digit (`GluedPercent.isFigure`, `NotationTokens`'
        // and `DigitRunSplitter`'s digit runs, the digits before a comma): a word without one,
        // the last word of most text lines (headings call this on every line, issue 8: 15 000
        // instructions a word, Kauhava 43 M), is none.
        guard t.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return false }
        if GluedPercent.isFigure(t) { return true }
        // A word of a number in a printed notation (`937,8-`, `(12`, `508,33)`, `340'223`).
        if NotationTokens.isTailWord(t) { return true }
        // A dot-grouped number ("16.756.130", "-10.100,97") is one token of the tail.
        if t.contains("."), case .digits? = DigitRunSplitter.classify(t) { return true }
        var s = Substring(t)
        if let f = s.first, "-+−–".contains(f) { s = s.dropFirst() }
        guard let digits = s.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first,
              !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return false }
        return s.count == digits.count || s.dropFirst(digits.count + 1).allSatisfy(\.isASCIIDigit)
    }

    /// The most common digit count per column among unambiguous rows.
    static func hints(_ rows: [[String]], columns: Int) -> [Int?] {
        (0..<columns).map { c in
            var votes: [Int: Int] = [:]
            // Zeros say nothing about a column's magnitude.
            for r in rows where c < r.count && FinnishNumber.parse(r[c])?.value != 0 {
                votes[DigitRunSplitter.digitCount(r[c]), default: 0] += 1
            }
            return votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
    }
}

/// A plain-text header line: optional caption words, then column kinds, each with the words
/// that follow it ("Tunnusluvut TP 2022 MTA 2023 …" → caption "Tunnusluvut", "TP 2022", …).
struct PlainHeader {
    var caption: String?
    var columns: [Column]
    var text: String

    /// `joiningKinds`: a kind printed over several words of the line is one column
    /// (`MultiWordKinds`); off for header lines joined from several printed lines.
    /// `phrases`: join `ProjectColumnPhrases` ("TA + muutokset") into one column word each.
    init?(_ line: TextLine, joiningKinds: Bool = true, phrases: Bool = true) {
        guard line.tabCells == nil, line.markdownLevel == nil else { return nil }
        // "Edellisten vuosien käyttö", "TA + muutokset": one column each (`ProjectColumnPhrases`).
        let printed = line.words.map(\.text)
        let words = phrases ? ProjectColumnPhrases.joined(printed) : printed
        if let named = NamedColumnWords.read(words) {
            caption = named.caption
            columns = named.headers.map(TextTableBuilder.column)
            text = line.text
            return
        }
        // "2023 2024 Muutos": years and the change between them (ChangeColumnAfterPeriods).
        if let read = ChangeColumnAfterPeriods.read(words) {
            caption = read.caption
            columns = read.headers.map(TextTableBuilder.column)
            text = line.text
            return
        }
        guard let first = words.firstIndex(where: PlainHeader.isKind) else {
            // Statements head their columns with the periods alone ("2024  2023",
            // "31.12.2024  31.12.2023"), after the statement's name, its unit in the label
            // column (UnitBeforePeriods) or nothing.
            guard let p = words.firstIndex(where: PlainHeader.isPeriod), words[p...].count >= 2,
                  words[p...].allSatisfy(PlainHeader.isPeriod),
                  !words[..<p].contains(where: { FinnishNumber.parse($0) != nil })
                    || UnitBeforePeriods.isUnit(Array(words[..<p])),
                  // Bare years out of every order are a row's figures (YearLikeFigures).
                  !words[p...].allSatisfy({ WordTraits.isYear($0) })
                    || YearLikeFigures.headColumns(words[p...].compactMap { Int($0.filter(\.isASCIIDigit)) }) else { return nil }
            caption = p > 0 ? words[..<p].joined(separator: " ") : nil
            columns = DayMonthBeforeYear.joined(Array(words[p...])).map(TextTableBuilder.column)
            text = line.text
            return
        }
        let tail = Array(words[first...])
        // A column named by a word of the document's own before its period ("Raami 2025" beside
        // "TP 2023  TA 2024  TA 2025", Lapua TA 2025 in `pdftotext -layout`) heads a column too.
        let isNamedPeriod = { (k: Int) in
            tail[k].first?.isUppercase == true && k + 1 < tail.count && PlainHeader.isPeriod(tail[k + 1])
        }
        // …and so do words after the last period, a capital starting each column ("Ero raamiin",
        // the same tables of Lapua TA 2025).
        let lastPeriod = tail.lastIndex(where: PlainHeader.isPeriod) ?? tail.count
        let isTrailingName = { (k: Int) in
            k > lastPeriod && tail[k].allSatisfy(\.isLetter) && (k > lastPeriod + 1 || tail[k].first?.isUppercase == true)
        }
        // A formula under a column's name ("Poikkeama (TA−TOT)", "Muutos-% TA26/TA25") is that
        // column's second line (`ColumnFormula`), never the first word of the header.
        let isFormula = { (k: Int) in k > 0 && ColumnFormula.matches(tail[k]) }
        guard tail.filter(PlainHeader.isKind).count >= 2,
              tail.indices.allSatisfy({ ColumnHeader.isHeaderToken(tail[$0]) || PlainHeader.isKind(tail[$0])
                                        || isNamedPeriod($0) || isTrailingName($0) || isFormula($0) }),
              !tail.contains(where: TextTableBuilder.isDataValue) else { return nil }
        func headersOf(joining: Bool) -> [String] {
            var headers: [String] = []
            for (k, w) in tail.enumerated() {
                let startsName = !ColumnHeader.isHeaderToken(w) && (isNamedPeriod(k) || isTrailingName(k) && w.first?.isUppercase == true)
                let goesOn = joining && k > 0 && MultiWordKinds.continues(tail, at: k)
                if (PlainHeader.isKind(w) || headers.isEmpty || startsName) && !goesOn {
                    headers.append(w)
                } else {
                    headers[headers.count - 1] += " " + w
                }
            }
            return headers
        }
        // A line whose kind words all make one column ("Talousarvio muutosten jälkeen" alone, a
        // cell of PyMuPDF's one-cell-per-line text, synth varpuvirta p. 6, pauhavaara p. 6) heads
        // no plain table: the cell-per-line reader reads the page.
        let headers = headersOf(joining: joiningKinds)
        guard headers.count >= 2 else { return nil }
        caption = first > 0 ? words[..<first].joined(separator: " ") : nil
        columns = headers.map(TextTableBuilder.column)
        text = line.text
    }

    /// A year, a date or a period heading a column ("2024", "31.12.2024", "1.1.-31.12.2024").
    static func isPeriod(_ w: String) -> Bool {
        WordTraits.isYear(w) || ColumnHeader.isHeaderToken(w) && w.first?.isNumber == true && FinnishNumber.parse(w) == nil
    }

    /// A word that names a column kind by itself (not a year, unit or date).
    static func isKind(_ w: String) -> Bool {
        ColumnHeader.isHeaderToken(w) && !WordTraits.isYear(w) && FinnishNumber.parse(w) == nil
            && !["€", "%"].contains(w) && w.first?.isLetter == true
            || ProjectColumnPhrases.isPhrase(w)
    }
}
