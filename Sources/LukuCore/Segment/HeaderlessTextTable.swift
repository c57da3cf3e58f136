/// Rows of a label and its numbers with no header line above them ("Toimintatuotot 438.900
/// 349.095 79,5" / "Toimintakulut *) - 16.756.130 - 13.155.924 78,5" / "Toimintakate …", Lapua's
/// minutes in `pdftotext -layout`, -raw and pypdf, whose column titles are not in the text): three
/// rows or more, one after another, whose numbers split into one count of columns
/// (`RowColumnCount`) are a table with unnamed columns, and an info issue says the count came from
/// the rows. A row that fits no reading into that count keeps its numbers as one flagged cell; a
/// row whose reading stands a three-digit group on its own while the text also reads it as fewer
/// numbers is flagged (`JoinableGroups`); so is every cell when a header or unit line above names
/// more columns than the rows hold (`NamedColumnsAbove`), and a row whose figure is far larger than
/// the other rows' while its digits read into more columns (`OutsizedJoinedFigure`).
struct HeaderlessTextTable: Sendable {
    var minRows = 3

    func table(_ lines: [TextLine], from start: Int, excluded: Set<Int>) -> (TableDraft, Int, [Issue])? {
        // Read with group label lines when enough of them stand between the rows; a run that gives
        // no table that way is read as before, up to its first line without figures.
        let grouped = runRows(lines, from: start, excluded: excluded, groups: true)
        if grouped.groups >= GroupLabelLines.minGroups, let found = table(lines, rows: grouped.rows, from: start) {
            return found
        }
        return table(lines, rows: runRows(lines, from: start, excluded: excluded, groups: false).rows, from: start)
    }

    /// The lines from `start` that are rows (a label and its numbers), and with `groups` the group
    /// label lines (`GroupLabelLines`, an empty tail) each followed by a row; `groups` counts those
    /// that name a group.
    private func runRows(_ lines: [TextLine], from start: Int, excluded: Set<Int>,
                         groups: Bool) -> (rows: [(index: Int, label: String, tail: [String])], groups: Int) {
        var rows: [(index: Int, label: String, tail: [String])] = []
        func usable(_ i: Int) -> Bool {
            i < lines.count && !excluded.contains(i) && !lines[i].isEmpty && lines[i].tabCells == nil
                && lines[i].markdownLevel == nil && PlainHeader(lines[i]) == nil
        }
        func row(_ i: Int) -> (label: String, tail: [String])? {
            let words = lines[i].words.map(\.text)
            let split = TextTableBuilder.tailStart(words)
            guard split > 0, split < words.count, words.count - split <= DigitRunSplitter.maxTokens else { return nil }
            return (words[..<split].joined(separator: " "), Array(words[split...]))
        }
        var groupCount = 0
        var i = start
        while usable(i) {
            if let found = row(i) {
                rows.append((i, found.label, found.tail))
            } else if groups, let count = GroupLabelLines.lineCount((i..<min(lines.count, i + GroupLabelLines.maxLines)).map { usable($0) ? lines[$0].words.map(\.text) : [] }),
                      usable(i + count), let next = row(i + count),
                      // A header line ("TULOT 1 000 € % MENOT 1 000 €", kauhava-tilinpaatos-2024 p. 38) is no row of figures.
                      next.tail.contains(where: { $0.contains(where: \.isASCIIDigit) || ["-", "–", "−"].contains($0) }) {
                for j in i..<(i + count) { rows.append((j, lines[j].words.map(\.text).joined(separator: " "), [])) }
                // A row label going on in lowercase ("Antolainasaamisten" / "vähennykset - - 20 –194",
                // synth katajaselka p. 2) began on the line above: the line stays (`RowAssembler`
                // joins it to the row) but names no group.
                if !WordTraits.continuesText(next.label) { groupCount += 1 }
                i += count
                continue
            } else {
                break
            }
            i += 1
        }
        return (rows, groupCount)
    }

    private func table(_ lines: [TextLine], rows all: [(index: Int, label: String, tail: [String])],
                       from start: Int) -> (TableDraft, Int, [Issue])? {
        let rows = all.filter { !$0.tail.isEmpty }
        guard rows.count >= minRows, let n = RowColumnCount.count(rows.map(\.tail), header: 1), n >= 2 else { return nil }
        let columns = Array(repeating: Column(header: ""), count: n)
        var assembler = RowAssembler(columnCount: n)
        var doubtful = 0
        // A header or unit line above naming more columns than the rows hold (NamedColumnsAbove):
        // which columns the figures are in is not in the text.
        let named = NamedColumnsAbove.count(lines, before: start).flatMap { $0 > n ? $0 : nil }
        let readings = rows.map { row in
            DigitRunSplitter.split(row.tail, columns: n).flatMap { split in
                !ShortRows.cutsNumbersApart(split.numbers) && !split.numbers.contains(where: ImplausibleNumbers.tooLong)
                    ? split : nil
            }
        }
        // A figure far larger than the other rows' that also reads as several (OutsizedJoinedFigure).
        let outsized = OutsizedJoinedFigure.rows(readings.map { $0?.numbers }, tails: rows.map(\.tail), columns: n)
        var labels = all.makeIterator()
        for (k, row) in rows.enumerated() {
            while let next = labels.next(), next.index != row.index { assembler.addLabelOnly(next.label, level: 0) }
            var cells = Array(repeating: Cell?.none, count: n)
            if let split = readings[k] {
                let doubt = split.ambiguous || JoinableGroups.canJoin(split.numbers) || named != nil
                    || PercentJoinedToAmount.inRow(split.numbers) || outsized.contains(k)
                if doubt { doubtful += 1 }
                for (c, text) in split.numbers.enumerated() {
                    cells[c] = CellReader.cell(text, column: columns[c], doubtful: doubt)
                }
            } else {
                doubtful += 1
                cells[0] = Cell(text: row.tail.joined(separator: " "), flags: [.merged])
            }
            assembler.addRow(label: row.label, level: 0, cells: cells)
        }
        guard let last = rows.last?.index else { return nil }
        let page = lines[start].page
        let draft = TableDraft(page: page, pages: Array(Set(lines[start...last].map(\.page))).sorted(), bbox: nil,
                               caption: nil, unit: nil, columns: columns, rows: assembler.rows, hasHeader: true,
                               firstLine: start, lastLine: last, pendingGroup: assembler.pendingGroup)
        var issues = [Issue(severity: .info, code: "columns-from-rows", page: page,
                            message: "a table with no header line: \(n) columns from its rows' numbers; the columns have no names")]
        if let named {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                message: "a table with no header line: a header or unit line above names \(named) columns but its rows hold \(n) numbers; which columns they are in is not in the text, so every cell is flagged"))
        }
        if doubtful > 0, named == nil {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                message: "a table with no header line: \(doubtful) row(s) had more than one reading into \(n) columns or none; their cells are flagged"))
        }
        return (draft, last + 1, issues)
    }
}
