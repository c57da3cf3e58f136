/// Finds goal and control tables (Tavoite | Toimenpiteet | Mittarit | TP 2024) in plain text,
/// where a text extract prints each cell as its own block of lines and blank lines between the
/// blocks: the header names the columns, then the blocks come row by row, label first. Without
/// geometry the blocks are the only evidence, so a table is read only when the blocks after the
/// header divide exactly into rows of the header's width; otherwise the text stays prose.
struct TextGridBuilder: Sendable {
    /// Largest run of blank lines inside a table (a page break leaves a few).
    var maxBlankRun = 3
    /// The fewest columns, label column included.
    var minColumns = 3

    /// Words that open a column in a goal-table header.
    static let columnStarts: Set<String> = [
        "tavoite", "tavoitteet", "toiminnalliset", "toimenpiteet", "toimenpide", "mittarit", "mittari",
        "mittarit/arviointi", "arviointi", "tulokset", "tulos", "tehtävä/tavoite", "tehtävä", "tuottavuustoimenpide",
        "hanke", "tp", "ta", "tpe", "ts", "toteutuma", "toteutuminen", "vastuuhenkilö", "vastuu", "aikataulu",
        "riski", "riskit", "kuvaus", "tavoitetaso", "seuranta",
    ]
    /// Words that go on with the column before them.
    static let continuations: Set<String> = ["ja", "/", "painopisteet", "painopiste"]

    /// `numberTables`: the lines of the number tables already read, which a goal table may go on
    /// after (`InterleavedNumberTable`).
    func tables(in lines: [TextLine], excluded: Set<Int>, numberTables: [ClosedRange<Int>] = []) -> [TableDraft] {
        TableScan.drafts(lineCount: lines.count, excluded: excluded) {
            table(at: $0, lines: lines, excluded: excluded, numberTables: numberTables)
        }
    }

    /// The header's column names when every word of `words` belongs to a goal-table header.
    static func columns(_ words: [String]) -> [String]? {
        var columns: [[String]] = []
        for word in words {
            let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters.subtracting(["/"]))
            let previous = columns.last?.last?.lowercased()
            let attaches = continuations.contains(w) || WordTraits.isYear(word) || previous == "/" || previous == "ja"
                || (w == "tavoitteet" && previous == "toiminnalliset")
            if attaches, !columns.isEmpty {
                columns[columns.count - 1].append(word)
            } else if columnStarts.contains(w) {
                columns.append([word])
            } else {
                return nil
            }
        }
        return columns.isEmpty ? nil : columns.map { $0.joined(separator: " ") }
    }

    private func table(at start: Int, lines: [TextLine], excluded: Set<Int>, numberTables: [ClosedRange<Int>]) -> TableDraft? {
        guard lines[start].tabCells == nil else { return nil }
        if Self.columns(lines[start].words.map(\.text)) == nil {
            guard let captioned = CaptionNamedLabelColumn.columns(lines[start].words.map(\.text)) else { return nil }
            guard let draft = body(lines, excluded: excluded, names: captioned, headerStart: start, end: start, numberTables: numberTables),
                  CaptionNamedLabelColumn.accepts(draft.rows, cut: draft.lastLine + 1 < lines.count && excluded.contains(draft.lastLine + 1)
                                                  || (draft.lastLine + 1 < lines.count && lines[draft.lastLine + 1].isEmpty
                                                      && nextTaken(after: draft.lastLine, lines: lines, excluded: excluded)))
            else { return nil }
            return draft
        }
        // The header: this line and the header lines right under it ("Toiminnalliset" /
        // "tavoitteet Toimenpiteet Mittarit TP 2024").
        var words = lines[start].words.map(\.text)
        var end = start
        while end + 1 < lines.count, !excluded.contains(end + 1), !lines[end + 1].isEmpty, lines[end + 1].tabCells == nil,
              Self.columns(words + lines[end + 1].words.map(\.text)) != nil {
            words += lines[end + 1].words.map(\.text)
            end += 1
        }
        guard var names = Self.columns(words) else { return nil }
        // A header naming only the value columns has the label column's name as a block just
        // above it ("Toiminnalliset tavoitteet ja painopisteet" / "" / "Toimenpiteet Mittarit TP 2024").
        var headerStart = start
        if !Self.namesLabelColumn(names[0]) {
            guard let (above, from) = labelHeader(above: start, lines: lines, excluded: excluded) else { return nil }
            names.insert(above, at: 0)
            headerStart = from
        }
        return body(lines, excluded: excluded, names: names, headerStart: headerStart, end: end, numberTables: numberTables)
    }

    /// The rows under a header of `names` (label column first) on lines `headerStart...end`.
    private func body(_ lines: [TextLine], excluded: Set<Int>, names: [String], headerStart: Int, end: Int,
                      numberTables: [ClosedRange<Int>]) -> TableDraft? {
        guard names.count >= minColumns else { return nil }

        // Blocks of lines separated by blank lines, up to a heading, another table or prose.
        var span: [Int] = []
        var j = end + 1, blanks = 0
        while j < lines.count, lines[j].tabCells == nil {
            if excluded.contains(j) {
                guard let after = InterleavedNumberTable.resume(lines, at: j, numberTables: numberTables, excluded: excluded) else { break }
                j = after
                continue
            }
            if lines[j].isEmpty {
                blanks += 1
                if blanks > maxBlankRun { break }
            } else {
                // Another header (two column names or more) ends the table; one header word
                // alone ("toteutuminen") is just a word of a cell.
                if (Self.columns(lines[j].words.map(\.text))?.count ?? 0) >= 2 || PlainHeader(lines[j]) != nil { break }
                blanks = 0
            }
            span.append(j)
            j += 1
        }
        let width = names.count
        let plain = CellBlockReadings.blocks(lines, span, reading: .init(), width: width)?.map { $0.map { lines[$0].text } }
        let shared = plain.flatMap { SharedLineCells.blocks($0, width: width) }
        var blocks: [[String]]
        var notes: [Issue] = []
        if let read = CellBlockReadings.all.lazy.compactMap({ CellBlockReadings.blocks(lines, span, reading: $0, width: width) })
            .first(where: { !$0.isEmpty && $0.count % width == 0 }) {
            blocks = read.map { $0.map { lines[$0].text } }
            // A page top right under a row, starting with a capital, was read as a new row; the
            // rest of the row above would look the same (konserni p. 20 prints it so).
            for k in stride(from: width, to: read.count, by: width)
            where read[k][0] == (read[k - 1].last ?? -2) + 1 && lines[read[k][0]].indent == 1 {
                notes.append(Issue(severity: .warning, code: "ambiguous-rows", page: lines[read[k][0]].page,
                                   message: "goal table under \"\(names.joined(separator: " "))\": a new page starts a row (\"\(lines[read[k][0]].text)\"); the text does not say whether it is a new row or the rest of the row above, which the page broke"))
            }
            // A label whose first line holds two cells is no label: the shared-line reading wins.
            if let shared, stride(from: 0, to: blocks.count, by: width).contains(where: { SharedLineCells.cut(blocks[$0][0]).count > 1 }) {
                blocks = shared
            }
        } else if let shared {
            blocks = shared
        } else {
            return nil
        }
        // A goal, task or project starts with a capital; a lowercase label is a cell's rest.
        guard !stride(from: 0, to: blocks.count, by: width).contains(where: { WordTraits.startsLowercase(blocks[$0][0]) }) else { return nil }

        func text(_ block: [String]) -> String { TextJoiner.join(block) }
        var rows: [Row] = []
        for r in stride(from: 0, to: blocks.count, by: width) {
            rows.append(Row(label: text(blocks[r]), level: 0,
                            cells: (1..<width).map { Cell(text: text(blocks[r + $0])) }))
        }
        guard let last = span.last(where: { !lines[$0].isEmpty }) else { return nil }
        let pages = Array(Set(lines[headerStart...last].map(\.page))).sorted()
        var draft = TableDraft(page: lines[headerStart].page, pages: pages, bbox: nil, caption: nil, unit: nil,
                               columns: names.dropFirst().map { Column(header: $0) }, rows: rows, hasHeader: true,
                               firstLine: headerStart, lastLine: last, pendingGroup: nil)
        draft.notes = notes
        return draft
    }

    /// The first non-empty line after `line` is taken by another table or a heading.
    private func nextTaken(after line: Int, lines: [TextLine], excluded: Set<Int>) -> Bool {
        var k = line + 1
        while k < lines.count, lines[k].isEmpty { k += 1 }
        return k < lines.count && excluded.contains(k)
    }

    /// Column names that head the row labels (the goal, task or project), not a value column.
    static func namesLabelColumn(_ name: String) -> Bool {
        let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return ["tavoite", "tavoitteet", "toiminnalliset", "tehtävä/tavoite", "tehtävä", "tuottavuustoimenpide",
                "hanke", "kuvaus", "riski", "riskit"].contains(first)
    }

    /// The label column's name as a block just above the header: header words, one column, at
    /// most one blank line between.
    private func labelHeader(above start: Int, lines: [TextLine], excluded: Set<Int>) -> (String, Int)? {
        var k = start - 1
        if k >= 0, lines[k].isEmpty { k -= 1 }
        var block: [Int] = []
        while k >= 0, !lines[k].isEmpty, !excluded.contains(k), block.count < 4 { block.insert(k, at: 0); k -= 1 }
        guard !block.isEmpty, let names = Self.columns(block.flatMap { lines[$0].words.map(\.text) }),
              names.count == 1 else { return nil }
        return (names[0], block[0])
    }
}
