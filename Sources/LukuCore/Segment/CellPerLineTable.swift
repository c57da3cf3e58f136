/// Text with one cell per line, as PyMuPDF's `get_text()` writes a table: the row's label, then
/// each of its values on a line of its own (kemijarvi-hallinto-tukipalvelut-2022-06: "MENOT" /
/// "-99 806" / "-110 000" / "-98 507" / "-100 000" / "-49 654"). No header fixes the column count,
/// so the rows give it: at least two rows must hold the same number k ≥ 2 of value lines.
/// A label line followed by another label is a group name ("Lapin liitto" over its MENOT row) or,
/// when the next starts in lower case, the first line of a wrapped label. A row with another
/// count of values is never guessed: fewer go to the last columns and more stay one text cell,
/// both flagged; when some row holds more values than most, the table takes that count and the
/// rest are flagged. (A bare number closing a page, its page number, is gone before this reader:
/// `PageDebrisFilter.filterText`.)
struct CellPerLineTable: Sendable {
    /// Label lines in a row without values before the table ends.
    var maxLabelRun = 3
    /// Rows with the same value count needed to call it a table.
    var minRows = 2
    /// Lines that may go on with one label line in a run of labels and count as that label
    /// ("Toimeksiantojen varo-" / "jen ja pääomien muu-" / "tokset", kauhava-tilinpaatos-2024 p. 128).
    var maxWrapLines = 2

    private enum Item { case label(String), value(String) }

    /// What the lines from `start` are: a table (with the index after it and its issues), or
    /// column blocks (`pdftotext` default order), left as prose with an issue saying so.
    enum Outcome {
        case table(TableDraft, end: Int, issues: [Issue], notes: TableDraft?)
        case columnBlocks(Issue)
    }

    /// The table starting at `start` (a label line followed by value lines), and the index after it.
    func table(_ lines: [TextLine], from start: Int, excluded: Set<Int>) -> (TableDraft, Int, [Issue])? {
        if case .table(let draft, let end, let issues, _)? = read(lines, from: start, excluded: excluded) { return (draft, end, issues) }
        return nil
    }

    /// A row's label from the label lines above its values: lines starting in lower case go on the
    /// line before them (a wrapped label); the lines before those are group names, added to
    /// `assembler` as label-only rows.
    static func rowLabel(_ labels: [String], groupsInto assembler: inout RowAssembler) -> String {
        // (Or after a line that reads unfinished, "Omavaraisuusaste," / "%": `UnfinishedLabelLines`.)
        let (label, first) = UnfinishedLabelLines.last(of: labels)
        var before = first
        // Group names wrapped over lines are joined the same way ("Poistot ja" / "arvonalentumiset").
        var groups: [String] = []
        while !before.isEmpty {
            let (group, rest) = UnfinishedLabelLines.last(of: before)
            groups.insert(group, at: 0)
            before = rest
        }
        for group in groups { assembler.addLabelOnly(group, level: 0) }
        return label
    }

    /// The label line goes on with the label item right before it: it starts in lower case or
    /// the one before reads unfinished ("… ja", "…,"), and it is no copy of that line (copies of
    /// one note, "hallintopalveluissa" ×3, are cells: `RepeatedTextCells`). The caller lets at most
    /// `maxWrapLines` lines go on with one label.
    private func wrapsLabel(_ line: TextLine, after previous: Item?) -> Bool {
        guard case .label(let above)? = previous else { return false }
        let text = line.text.trimmingCharacters(in: .whitespaces)
        return text != above && (WordTraits.startsLowercase(text) || WordTraits.endsUnfinished(above))
    }

    func read(_ lines: [TextLine], from start: Int, excluded: Set<Int>) -> Outcome? {
        // An outline marker on its own line ("1.", "II") opens the label under it (`OutlineMarkerLine`).
        // So does a label wrapped after a comma, "Omavaraisuusaste," / "%" (`UnfinishedLabelLines`).
        let labelEnd = OutlineMarkerLine.joinsNext(lines, at: start, isLabel: isLabel)
            || UnfinishedLabelLines.joinsNext(lines, at: start, isLabel: isLabel) ? start + 1 : start
        // Blank lines may stand between the cells (`pdftotext`'s default order writes each cell
        // of a table made from HTML as a paragraph of its own: `BlankSeparatedCells`).
        let next = BlankSeparatedCells.next(lines, after: labelEnd)
        let afterLabel = next < lines.count && Self.isDayMonth(lines[next]) ? BlankSeparatedCells.next(lines, after: next) : next
        let second = BlankSeparatedCells.next(lines, after: afterLabel)
        guard isLabel(lines[start]), second < lines.count,
              isValue(lines[afterLabel]) && isValue(lines[second]) || textCellsFirst(lines, at: afterLabel) else { return nil }
        // Collect label and value items until a run of labels too long for a table.
        var items: [(index: Int, item: Item)] = []
        var i = start, labelRun = 0, wrapped = 0
        var joinedMinus = Set<Int>()
        var severalFigures = Set<Int>()  // lines of more than one figure inside a row (`RowFigureReadings`)
        while i < lines.count, !excluded.contains(i) {
            let line = lines[i]
            if line.isEmpty { i += 1; continue }
            // The header printed again at a new page's top (`RepeatedHeaderAtPageTop`) is skipped.
            if let last = items.last, line.page > lines[last.index].page,
               let after = RepeatedHeaderAtPageTop.end(lines, at: i, tableStart: start, excluded: excluded, isLabel: isLabel) {
                i = after
                continue
            }
            if Self.isDayMonth(line), let last = items.last, case .label(let text) = last.item {
                items[items.count - 1].item = .label(text + " " + line.text.trimmingCharacters(in: .whitespaces))
            } else if !items.isEmpty, let split = SplitMinusLines.join(lines, at: i) {
                // A figure with its minus after its first digit group (`SplitMinusLines`), flagged.
                labelRun = 0
                joinedMinus.insert(split.end - 1)
                items.append((split.end - 1, .value(split.text)))
                i = split.end
                continue
            } else if isValue(line) {
                labelRun = 0
                items.append((i, .value(line.text.trimmingCharacters(in: .whitespaces))))
            } else if let last = items.last, case .value = last.item, RowFigureReadings.isFigureLine(line) {
                // Two cells on one line inside a row ("559 100 10 761 256,51"): that row's figures.
                labelRun = 0
                severalFigures.insert(i)
                items.append((i, .value(line.text.trimmingCharacters(in: .whitespaces))))
            } else if !items.isEmpty, let run = RepeatedTextCells.run(lines, at: i, isValue: isValue, isLabel: isLabel) {
                labelRun = 0
                for _ in 0..<run.count { items.append((run.end - 1, .value(run.text))) }
                i = run.end
                continue
            } else if isLabel(line) {
                // A line that goes on with the label above it ("Poistot ja" / "arvonalentumiset",
                // "Suunnitelman mukaiset" / "poistot", synth kivimaki p. 2) is one label with it.
                if wrapped < maxWrapLines, wrapsLabel(line, after: items.last?.item) {
                    wrapped += 1
                } else {
                    wrapped = 0
                    labelRun += 1
                }
                if labelRun > maxLabelRun {
                    // A fourth group level of a balance sheet (`DeepGroupLabels`) over a row of as
                    // many values as the row above.
                    var previous = 0, run: [String] = []
                    for entry in items.reversed() {
                        if case .label(let text) = entry.item { if previous > 0 { break }; run.insert(text, at: 0) } else { previous += 1 }
                    }
                    // Or rows printed with empty cells, one under another (`EmptyItemRowsInCellLines`).
                    guard DeepGroupLabels.continues(lines, at: i, run: run, limit: maxLabelRun, previous: previous,
                                                    isValue: isValue)
                        || EmptyItemRowsInCellLines.continues(lines, at: i, run: run, previous: previous,
                                                              isValue: isValue, isLabel: isLabel) else { break }
                }
                var text = line.text.trimmingCharacters(in: .whitespaces)
                if OutlineMarkerLine.joinsNext(lines, at: i, isLabel: isLabel), !excluded.contains(i + 1) {
                    i += 1
                    text = MarkerLabelColumn.label(marker: text, text: lines[i].text.trimmingCharacters(in: .whitespaces))
                }
                items.append((i, .label(text)))
            } else {
                break
            }
            i += 1
        }
        while let last = items.last, case .label = last.item { items.removeLast() }
        // Rows: labels, then their run of values.
        var rows: [(labels: [String], values: [String], last: Int, lines: [Int])] = []
        var labels: [String] = []
        for (index, item) in items {
            switch item {
            case .label(let text):
                labels.append(text)
            case .value(let text):
                if !labels.isEmpty {
                    rows.append((labels, [text], index, [index]))
                    labels = []
                } else if !rows.isEmpty {
                    rows[rows.count - 1].values.append(text)
                    rows[rows.count - 1].last = index
                    rows[rows.count - 1].lines.append(index)
                }
            }
        }
        // Column blocks (`pdftotext` default order): the "labels" are column headings ("TA+muutos
        // 2022", "€") over a column of values, not row names; such text is no table of this shape.
        // Two such labels make it column blocks; one alone is just no table.
        // (A unit on the line after an unfinished label, "Omavaraisuusaste," / "%", ends that
        // label: `UnfinishedLabelLines`.)
        // A header's scale printed under each column ("1 000 euroa" ×2 under "31.12.2024" /
        // "31.12.2023", `ScaleLineNoFigure`) is no row and no column block; its count still votes
        // for the table's columns below.
        let scaleRows = rows.filter { $0.values.count >= 2 && $0.values.allSatisfy(ScaleLineNoFigure.applies) }
        rows.removeAll { $0.values.count >= 2 && $0.values.allSatisfy(ScaleLineNoFigure.applies) }
        let headingLabels = rows.filter { isColumnHeading(UnfinishedLabelLines.last(of: $0.labels).label) }.count
        if headingLabels == 1 { return nil }
        if headingLabels >= 2 {
            return .columnBlocks(Issue(
                severity: .warning, code: "column-blocks", page: lines[start].page,
                message: "text in column blocks (a column's heading, then its values one per line, as `pdftotext` writes by default) is left as prose: which value belongs to which row is not in the text; use `pdftotext -layout` or the PDF"))
        }
        // Only rows of two or more values vote for the column count: rows of one value (notes
        // under the table, "Sivla on alittanut raamin" / "-281 425" in PyMuPDF's text of
        // lapua-ta2025-lautakuntien-talousarviot page 3) are as many as its rows there and must
        // not win the tie.
        var counts: [Int: Int] = [:]
        // (A row holding a line of several figures has no count of its own: `RowFigureReadings`.)
        for r in rows + scaleRows where r.values.count >= 2 && !r.lines.contains(where: severalFigures.contains) {
            counts[r.values.count, default: 0] += 1
        }
        guard let (rowCount, n) = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              rowCount >= 2, n >= minRows else { return nil }
        // The periods heading the columns, one per line just above the first row (a title such
        // as "KÄYTTÖTALOUS" between them): when they are more than the rows' count, the table has
        // that many columns and its rows leave the first ones empty (a new unit has no actuals).
        let periods = headerPeriods(lines, before: start)
        // Rows holding more values than most (kauhava-tilinpaatos-2024 page 120: 8 values in a few
        // rows, 4 in most) means the others leave cells empty whose place the text does not keep:
        // the table has the larger count and the other rows are flagged where they are placed.
        // One such row alone is kept whole and flagged instead (a note or a stray line).
        // In blank-separated text only a pair of columns under each period makes such a count
        // (`PairedValueColumns`): other longer rows there are rows run together (synth tamminiemi
        // p. 6 in `pdftotext`'s default order, "TULOT" with the figures of the "NETTOMENO" under
        // it, whose label went elsewhere).
        let spaced = rows.contains { BlankSeparatedCells.crossesBlank(lines, values: $0.lines) }
        let longer = counts.filter { $0.key > rowCount && $0.value >= 2 && (!spaced || $0.key == 2 * rowCount) }.keys.max() ?? 0
        let k = max(periods.count, rowCount, longer)
        // (Or periods printed over each column of a pair: `PairedValueColumns.periodsInPairs`.)
        let paired = longer == 2 * rowCount && (periods.count != k || PairedValueColumns.periodsInPairs(periods))
        // Short rows of a paired table that the group's subtotal proves items (`PairedGroupSums`).
        let provenItems = paired ? PairedGroupSums.items(rows.map(\.values), columns: k) : []
        // Short rows the statement's running totals put in the subtotal columns (Toimintakate,
        // Verotulot, VASTAAVAA YHTEENSÄ: `PairedRunningTotals`). Not in blank-separated text,
        // where a label may stand away from its figures.
        let subtotalRows = paired && !spaced ? PairedRunningTotals.subtotalRows(rows.map(\.values), columns: k, items: provenItems) : []
        let percents = PairedValueColumns.percentColumns(rows.map(\.values).filter { $0.count == k }, columns: k)
        // (Or a last column of change percentages printed without "%": `ChangePercentColumn`.)
        let changeLast = !paired && !percents.contains(true) && ChangePercentColumn.closes(rows.map(\.values), columns: k)
            ? (0..<k).map { $0 == k - 1 } : nil
        // One row alone of twice the common count hints at such pairs (synth kuusiselka p. 3,
        // "3. Siirtosaamiset" over "II Rahat ja pankkisaamiset", whose figures are the pairs'
        // second columns): the common rows are then placed in doubt.
        let pairHinted = !paired && k == rowCount && counts[2 * rowCount] != nil
        let columns = periods.count == k ? periods.map(TextTableBuilder.column) : (0..<k).map { _ in Column(header: "") }
        var assembler = RowAssembler(columnCount: k)
        var odd = 0
        let noteStart = CellPerLineNoteRows.start(rows.map(\.values.count), columns: k) ?? rows.count
        for (r, row) in rows[..<noteStart].enumerated() where !row.values.isEmpty {
            // Label lines before the row's own: a wrapped label when the next line starts in lower
            // case, else a group name.
            let label = Self.rowLabel(row.labels, groupsInto: &assembler)
            var cells = Array(repeating: Cell?.none, count: k)
            // More lines than columns, or a line of several figures: read only when one reading
            // of the lines gives k figures (`RowFigureReadings`), flagged.
            let several = row.lines.map(severalFigures.contains)
            let reread = row.values.count > k || several.contains(true)
                ? RowFigureReadings.reading(row.values, multi: several, columns: k) : nil
            if let reread {
                odd += 1
                for (c, text) in reread.enumerated() {
                    cells[c] = CellReader.cell(text, column: columns[c], doubtful: true)
                }
            } else if several.contains(true) {
                odd += 1
                cells[0] = Cell(text: row.values.joined(separator: " "), flags: [.merged])
            } else if row.values.count == k {
                // In blank-separated text a label may stand away from its figures
                // (`BlankSeparatedCells`): every row is placed, but in doubt.
                let doubtful = spaced || pairHinted
                if doubtful { odd += 1 }
                for (c, text) in row.values.enumerated() {
                    cells[c] = CellReader.cell(text, column: columns[c], doubtful: doubtful || joinedMinus.contains(row.lines[c]))
                }
            } else if row.values.count < k {
                // Fewer values go to the last columns, or to the first of each pair when the
                // table's columns come in pairs (`PairedValueColumns`).
                var pairPlaces = paired ? PairedValueColumns.positions(row.values, columns: k, percentColumns: percents) : nil
                // (The second of each pair for a row the running totals place there, identity-chosen.)
                let subtotal = subtotalRows.contains(r) && pairPlaces.map { $0.allSatisfy { !percents[$0 + 1] } } == true
                if subtotal { pairPlaces = pairPlaces?.map { $0 + 1 } }
                // (Figures first, the closing percent column blank: `BlankPercentColumn`.)
                let figuresFirst = pairPlaces == nil && BlankPercentColumn.fillsFiguresFirst(row.values, percentColumns: changeLast ?? percents)
                let places = pairPlaces ?? (figuresFirst ? Array(0..<row.values.count) : Array(k - row.values.count ..< k))
                let doubtful = pairPlaces == nil || !provenItems.contains(r)
                if doubtful { odd += 1 }
                for (c, text) in zip(places, row.values) {
                    cells[c] = CellReader.cell(text, column: columns[c], doubtful: doubtful)
                    if subtotal { cells[c]?.flags.append(.identityChosen) }
                }
            } else {
                odd += 1
                cells[0] = Cell(text: row.values.joined(separator: " "), flags: [.merged])
            }
            assembler.addRow(label: label, level: 0, cells: cells)
        }
        let first = start, last = noteStart > 0 ? rows[noteStart - 1].last : start
        let draft = TableDraft(page: lines[first].page, pages: Array(Set(lines[first...last].map(\.page))).sorted(), bbox: nil,
                               caption: nil, unit: nil, columns: columns, rows: assembler.rows, hasHeader: false,
                               firstLine: first, lastLine: last, pendingGroup: assembler.pendingGroup)
        var issues: [Issue] = []
        if periods.count != k {
            issues.append(Issue(severity: .info, code: "columns-from-rows", page: lines[first].page,
                                message: "a table written one cell per line: \(k) columns from its rows' value counts; the columns have no names"))
        }
        if odd > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: lines[first].page,
                                message: "a table written one cell per line: \(odd) row(s) hold another count of values than \(k); fewer are placed in the last columns, more kept as one cell, all flagged"))
        }
        if noteStart < rows.count {
            let notes = CellPerLineNoteRows.table(lines, rows: rows[noteStart...].map { ($0.labels, $0.values[0], $0.last) }, after: last)
            issues.append(notes.issue)
            return .table(draft, end: notes.draft.lastLine + 1, issues: issues, notes: notes.draft)
        }
        return .table(draft, end: last + 1, issues: issues, notes: nil)
    }

    /// A day and month alone ("31.12.") ends the label above it: "Vakinaiset virat ja toimet" /
    /// "31.12." is one row label, not a group over a row named by a date (PyMuPDF, konserni
    /// pp. 3, 7, 15, 25).
    static func isDayMonth(_ line: TextLine) -> Bool {
        let t = line.text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        return t.hasSuffix(".") && parts.count == 3 && parts[2].isEmpty
            && parts[0...1].allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// A row's copies of one note ("hallinto-" / "palveluissa" ×3) come before its figures
    /// (`RepeatedTextCells`, konserni p. 26).
    private func textCellsFirst(_ lines: [TextLine], at i: Int) -> Bool {
        RepeatedTextCells.run(lines, at: i, isValue: isValue, isLabel: isLabel).map { $0.end < lines.count && isValue(lines[$0.end]) } ?? false
    }

    /// A row written one cell per line (a label, then two value lines) starts within a few lines
    /// after `i`: a unit line there ("€" in PyMuPDF's "Talousarvio / € / Toteuma € / …" header,
    /// kauhava-tilinpaatos-2024 page 125) heads this table's columns, not a one-value outline.
    func startsSoon(_ lines: [TextLine], after i: Int) -> Bool {
        let end = min(lines.count - 2, i + 12)
        guard i + 1 < end else { return false }
        return (i + 1..<end).contains { j in
            // (Or a blank line before each cell: `BlankSeparatedCells`, synth pauhaniemi p. 5 under
            // "Poikkeama" / "€" in `pdftotext`'s default order. A blank line before the first
            // figure only is a column block's gap, kemijarvi-konserni-elinvoima-ta2026 p. 7
            // "NETTOMENO" / "" / "1 297 670" / "−5 540 000": the unit line heads its own reading.)
            let first = BlankSeparatedCells.next(lines, after: j), second = BlankSeparatedCells.next(lines, after: first)
            let even = first == j + 1 && second == j + 2 || first == j + 2 && second == j + 4
            return even && isLabel(lines[j]) && second < lines.count && isValue(lines[first]) && isValue(lines[second])
        }
    }

    /// A row written one cell per line starts on the line right after `i` (a label, then two value
    /// lines): a header line at `i` heads that table, not one of rows written one per line.
    func startsRightAfter(_ lines: [TextLine], _ i: Int) -> Bool {
        if blankSeparatedRow(lines, within: 2, after: i) { return true }
        // "Toimintatuotot 0" / "1.670" / "100" under "TA 2024 Tot. 09/2024 Tot-%" is a row with
        // a value on its label's line, broken over lines (`BrokenRowLines`, lapua-sivla p. 18).
        guard i + 3 < lines.count, lines[i + 1].words.last.map({ FinnishNumber.parse($0.text) == nil }) ?? true else { return false }
        return isLabel(lines[i + 1]) && isValue(lines[i + 2]) && isValue(lines[i + 3])
    }

    /// A row with a blank line before each of its cells, every figure to the next label
    /// (`BlankSeparatedCells`), starts at one of the next `labels` label lines after `i`: synth
    /// honkakoski and honkaniemi in `pdftotext`'s default order, a header line over "Menot" / "" /
    /// "-10 155 200,00" / "" / …. A figure right under another is a column block's run
    /// (Koha-Suomi p. 3: "-2 350,26" / "-2 350,26"): the header's own reading takes it.
    func blankSeparatedRow(_ lines: [TextLine], within labels: Int, after i: Int) -> Bool {
        var j = i
        for _ in 0..<labels {
            j = BlankSeparatedCells.next(lines, after: j)
            guard j < lines.count, isLabel(lines[j]) else { return false }
            var k = j, figures = 0
            while true {
                let n = BlankSeparatedCells.next(lines, after: k)
                guard n < lines.count, isValue(lines[n]) else { break }
                guard n == k + 2 else { return false }
                figures += 1
                k = n
            }
            if figures >= 2 { return true }
        }
        return false
    }

    /// The period lines ("2024", "31.12.2024") right above `start`, past up to three title lines.
    func headerPeriods(_ lines: [TextLine], before start: Int) -> [String] {
        var j = start - 1, titles = 0
        while j >= 0, titles <= maxLabelRun, lines[j].isEmpty || !isPeriod(lines[j]) {
            if !lines[j].isEmpty { titles += 1 }
            j -= 1
        }
        // One shape throughout: "TOT. 30.6." over "2020" … "2022" (tukipalvelut p. 4) is the last
        // kind line of a header whose periods follow, not a sixth period.
        var periods: [String] = []
        let shape = j >= 0 ? lines[j].words.count : 0
        while j >= 0, lines[j].isEmpty || isPeriod(lines[j]) && lines[j].words.count == shape {
            if !lines[j].isEmpty { periods.insert(lines[j].text.trimmingCharacters(in: .whitespaces), at: 0) }
            j -= 1
        }
        return periods
    }

    /// A period alone ("2024") or a column kind and its period ("TP 2024", "MTA 2025": each
    /// column's header on a line of its own over a table of one cell per line, konserni pp. 3,
    /// 7, 15, 25, where p. 15's rows fill only the last three of six columns).
    private func isPeriod(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        if words.count == 2 { return ColumnHeader.isHeaderToken(words[0]) && PlainHeader.isPeriod(words[1]) }
        return words.count == 1 && PlainHeader.isPeriod(words[0])
    }

    /// One number (or a placeholder such as "x") alone on its line, not a year.
    func isValue(_ line: TextLine) -> Bool {
        let text = line.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, line.tabCells == nil else { return false }
        if FinnishNumber.isPlaceholder(text) { return true }
        return FinnishNumber.parse(text) != nil && !WordTraits.isYear(text)
    }

    /// Short text that is no number: a row label or a group name.
    func isLabel(_ line: TextLine) -> Bool {
        guard line.tabCells == nil, line.markdownLevel == nil, !line.isEmpty, !isValue(line),
              !TrailingMinusFigure.applies(line.text) else { return false }
        return line.words.count <= TableLineRole.maxLabelWords && !Self.endsInGroupedAmount(line)
    }

    /// A line ending in a dot-grouped amount ("Toimintatuotot 381.300") is a row with its values
    /// on the line, not a label: lapua-sivla-poytakirja-2024-11-21 p. 18 in PyMuPDF, where the
    /// varhaiskasvatus table's rows are broken over lines (`BrokenRowLines` reads them). A label
    /// may end in a small number ("Kemijärvi historia 3"), never in a grouped one.
    static func endsInGroupedAmount(_ line: TextLine) -> Bool {
        guard line.words.count >= 2, let last = line.words.last?.text else { return false }
        let groups = last.split(separator: ".", omittingEmptySubsequences: false)
        return groups.count >= 2 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            && groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Words that only name a column, a period among them ("TA+muutos 2022", "2021"), or a unit
    /// alone ("€"); "Muutos %" names a row.
    private func isColumnHeading(_ label: String) -> Bool {
        let words = label.split(separator: " ").map(String.init)
        if label == "€" || label == "%" { return true }  // a unit alone heads a column
        return words.contains(where: PlainHeader.isPeriod)
            && words.allSatisfy { ColumnHeader.isHeaderToken($0) || PlainHeader.isPeriod($0) || $0 == "€" || $0 == "%" }
    }

}
