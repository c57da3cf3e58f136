/// Finds text tables in PDFs: goal and control tables ("Tavoite | Toimenpiteet | Mittarit |
/// TP 2024") whose cells hold several lines of words. Such a table starts at a header line of at
/// least three runs of words standing a column gap apart; the runs' left edges are the columns.
/// It goes on while every run of every line starts at a column and stays inside it, across a
/// page break too. A new row starts after a vertical gap, or where the first column and another
/// column both start with a capital (cells are top-aligned, so a row's first line opens every
/// cell at once) — unless the page draws its rows and draws none there (`RuledRows`).
struct GridTableBuilder: Sendable {
    /// Runs of words further apart than this (em) are different cells.
    var cellGapEm = 1.0
    /// A run may start this far (em) from its column's left edge.
    var alignEm = 1.0
    /// Largest vertical gap (em) inside a table.
    var maxGapEm = 3.0
    var minColumns = 3

    /// `rules`: the PDF's drawn rules, asked only when a row was started by the capital rule
    /// alone; nil (text input) keeps the text-only decision.
    func tables(in lines: [TextLine], excluded: Set<Int>, rules: PageRules? = nil) -> [TableDraft] {
        var found: [RuledRows.Table] = []
        let drafts = TableScan.drafts(lineCount: lines.count, excluded: excluded) {
            table(at: $0, lines: lines, excluded: excluded, undone: [], record: &found)
        }
        guard let rules, found.contains(where: { $0.boundaries.contains(where: \.byCapital) }) else { return drafts }
        let undone = RuledRows.undone(found, lines: lines, rules: rules)
        guard !undone.isEmpty else { return drafts }
        // Row decisions never change where a table starts or ends: the same scan, other rows.
        var again: [RuledRows.Table] = []
        return TableScan.drafts(lineCount: lines.count, excluded: excluded) {
            table(at: $0, lines: lines, excluded: excluded, undone: undone, record: &again)
        }
    }

    /// `undone`: lines the capital rule would start a row at that the drawn rules say go on
    /// the row above. `record` gets the table's row boundaries.
    private func table(at start: Int, lines: [TextLine], excluded: Set<Int>, undone: Set<Int>,
                       record: inout [RuledRows.Table]) -> TableDraft? {
        let head = lines[start]
        let headChunks = head.chunks(gapEm: cellGapEm)
        guard headChunks.count >= minColumns, head.box != nil,
              !headChunks.contains(where: { $0.allSatisfy { WordTraits.isValue($0.text) } }) else { return nil }
        let starts = headChunks.compactMap { $0.first?.box?.x0 }
        let em = max(head.fontSize, 1)

        // Header: the first line and the bold lines under it that align. The first line's own
        // runs must fit the columns it defines too: in a damaged PDF its boxes can overlap (a
        // run reaching past the next column's edge), and then it is no header at all.
        guard let headPlacement = placement(head, starts: starts, em: em) else { return nil }
        var header = [start]
        var headerParts = [headPlacement]
        var j = start + 1
        while j < lines.count, head.isBold, lines[j].isBold, !excluded.contains(j), follows(lines[j - 1], lines[j], em: em),
              let parts = placement(lines[j], starts: starts, em: em) {
            header.append(j); headerParts.append(parts); j += 1
        }
        var body: [Int] = []
        var bodyParts: [[(Int, String)]] = []
        while j < lines.count, !excluded.contains(j), follows(lines[j - 1], lines[j], em: em),
              let parts = placement(lines[j], starts: starts, em: em) {
            body.append(j); bodyParts.append(parts); j += 1
        }
        guard !body.isEmpty else { return nil }

        var headers = Array(repeating: [String](), count: starts.count)
        for parts in headerParts {
            for (c, text) in parts { headers[c].append(text) }
        }
        var rows: [[[String]]] = []
        var boundaries: [RuledRows.Boundary] = []
        for (n, b) in body.enumerated() {
            let parts = bodyParts[n]
            let above = n == 0 ? header[header.count - 1] : body[n - 1]
            let start = rows.isEmpty ? nil : startsRow(parts, line: lines[b], after: lines[above], em: em)
            if let start { boundaries.append(RuledRows.Boundary(above: above, below: b, byCapital: start == .capital)) }
            if rows.isEmpty || start == .gap || (start == .capital && !undone.contains(b)) {
                rows.append(Array(repeating: [], count: starts.count))
            }
            for (c, text) in parts { rows[rows.count - 1][c].append(text) }
        }
        let columns = headers.dropFirst().map { Column(header: TextJoiner.join($0)) }
        let tableRows = rows.map { row -> Row in
            Row(label: TextJoiner.join(row[0]), level: 0,
                cells: row.dropFirst().map { $0.isEmpty ? nil : Cell(text: TextJoiner.join($0)) })
        }
        // Rows without a label are the lower lines of a taller header (Kauhava p. 145), not a table.
        guard tableRows.contains(where: { !$0.label.isEmpty }) else { return nil }
        let all = header + body
        // Every line here has a box: `follows` and the guard on `head.box` saw to it.
        let boxes = all.compactMap { lines[$0].box }
        guard let firstBox = boxes.first else { return nil }
        let bbox = boxes.dropFirst().reduce(firstBox) { $0.union($1) }
        let pages = Array(Set(all.map { lines[$0].page })).sorted()
        record.append(RuledRows.Table(lastHeader: header[header.count - 1], firstBody: body[0], boundaries: boundaries,
                                      x0: boxes.map(\.x0).min() ?? firstBox.x0, x1: boxes.map(\.x1).max() ?? firstBox.x1))
        let spans = zip(starts, starts.dropFirst().map { $0 } + [bbox.x1]).map { ColumnClusterer.Span(x0: $0, x1: $1, count: 1) }
        return TableDraft(page: head.page, pages: pages, bbox: lines[start].page == pages.last ? bbox : firstBox,
                          caption: nil, unit: nil, columns: columns, rows: tableRows, hasHeader: true,
                          firstLine: start, lastLine: body[body.count - 1], pendingGroup: nil, spans: Array(spans.dropFirst()))
    }

    /// Column index and text of each run of the line, or nil when a run does not fit a column.
    /// A run of words that reaches over a column's left edge is cut there when a word starts
    /// right at that edge: full cells leave less than the usual gap ("oikea-" ends just before
    /// "selkeästi" opens the next column).
    private func placement(_ line: TextLine, starts: [Double], em: Double) -> [(Int, String)]? {
        var out: [(Int, String)] = []
        for chunk in line.chunks(gapEm: cellGapEm) {
            for piece in cutAtColumns(chunk, starts: starts, em: em) {
                guard let x0 = piece.first?.box?.x0, let x1 = piece.last?.box?.x1 else { return nil }
                guard let c = starts.lastIndex(where: { $0 <= x0 + alignEm * em }) else { return nil }
                if c + 1 < starts.count, x1 > starts[c + 1] - 0.2 * em { return nil }
                if let last = out.last, last.0 >= c { return nil }
                out.append((c, piece.map(\.text).joined(separator: " ")))
            }
        }
        return out.isEmpty ? nil : out
    }

    private func cutAtColumns(_ chunk: [Word], starts: [Double], em: Double) -> [[Word]] {
        var pieces: [[Word]] = [[]]
        for word in chunk {
            if let x0 = word.box?.x0, !pieces[pieces.count - 1].isEmpty,
               starts.dropFirst().contains(where: { abs($0 - x0) <= 0.3 * em }) {
                pieces.append([])
            }
            pieces[pieces.count - 1].append(word)
        }
        return pieces
    }

    /// The next line continues the table: the same page within `maxGapEm`, or the top of the
    /// next page.
    private func follows(_ a: TextLine, _ b: TextLine, em: Double) -> Bool {
        guard let ab = a.box, let bb = b.box else { return false }
        if b.page == a.page + 1 { return true }
        return b.page == a.page && bb.y0 >= ab.y0 - 1 && bb.y0 - ab.y1 <= maxGapEm * em
    }

    private enum RowStart { case gap, capital }

    /// Why `line` starts a new row, or nil when it goes on the row above. A capital start on
    /// a new page counts as a gap: the drawn rules of one page say nothing across the break.
    private func startsRow(_ parts: [(Int, String)], line: TextLine, after previous: TextLine, em: Double) -> RowStart? {
        let capital = parts.first?.0 == 0 && capitalStarts(parts) >= 2
        if line.page != previous.page { return capital ? .gap : nil }
        if let a = previous.box, let b = line.box, b.y0 - a.y1 > 0.6 * em { return .gap }
        return capital ? .capital : nil
    }

    /// How many cells open with a capital, counting only when every cell on the line does: a
    /// row's first line opens all its cells at once, while a sentence that starts inside a long
    /// cell ("Kemijärvi halutaan…" beside "seuraajamäärät ja…") leaves other cells going on.
    private func capitalStarts(_ parts: [(Int, String)]) -> Int {
        guard parts.allSatisfy({ $0.1.first.map { $0.isUppercase || $0.isNumber } == true }),
              parts.first?.1.first?.isUppercase == true else { return 0 }
        return parts.count
    }
}
