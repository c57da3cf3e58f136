/// A table in `pdftotext -layout` text whose header is words over the columns, not period kinds
/// ("Alkuperäinen / talousarvio", "Talousarvio- / muutokset", "Toteutuma", "Poikkeama": Kauhava's
/// rahoitusosan toteutuminen p. 126; "Alkuper. / määrä- / raha", "Tarkistettu / määräraha", …,
/// "Menot / Tot-%": its investointien toteutuminen p. 120), with rows that leave columns empty
/// ("Vuosikate 4 780 470 · 4 780 470 9 551 587,40 4 771 117,40"). Run-together digits cannot say
/// which column is empty, but `-layout` keeps the printed x as character columns, and the
/// figures are right-aligned: a column is a right edge shared by the figures of several rows
/// (within `alignChars`), and each figure goes to the column its right edge is at — the text
/// twin of the PDF path's right-edge columns (TABLES.md, decision 2).
///
/// Read only when a header is found above the rows (lines of words over the value columns, no
/// figures), so header-less runs stay with `HeaderlessTextTable`. A figure whose edge is at no
/// column keeps the row's figures as one flagged cell; a number wrapped over two lines
/// ("11 635" / "000", "Tekninen lautakunta yh-  13 397" / "teensä  700 …", p. 120) is joined by
/// `WrappedNumber` and flagged unless the lower part cannot stand alone.
struct LayoutColumnsTable: Sendable {
    var minRows = 3
    var minColumns = 3
    /// Right edges within this many characters are one column (pdftotext rounds x to columns).
    var alignChars = 2
    var maxBlankRun = 2
    var maxHeaderLines = 5
    /// A page's worth of lines at most (text without form feeds is one long page).
    var maxLines = 200

    /// A line cut at gaps of two or more spaces: label runs, then the trailing number runs.
    struct Run { var start: Int; var end: Int; var tokens: [String] }

    /// The trailing runs of a positioned line that are all number tokens, and the label before them.
    static func split(_ line: TextLine) -> (label: String, numbers: [Run])? {
        guard let runs = runs(line) else { return nil }
        var k = runs.count
        while k > 0, runs[k - 1].tokens.allSatisfy(TextTableBuilder.isTailToken) { k -= 1 }
        return (runs[..<k].flatMap(\.tokens).joined(separator: " "), Array(runs[k...]))
    }

    /// The line's words in runs cut at gaps of two or more spaces; nil without word columns.
    static func runs(_ line: TextLine) -> [Run]? {
        guard line.tabCells == nil, line.markdownLevel == nil, !line.words.isEmpty,
              line.words.allSatisfy({ $0.column != nil }) else { return nil }
        var runs: [Run] = []
        for w in line.words {
            let start = w.column!, end = start + w.text.count
            if let last = runs.last, start - last.end < 2 {
                runs[runs.count - 1].end = end
                runs[runs.count - 1].tokens.append(w.text)
            } else {
                runs.append(Run(start: start, end: end, tokens: [w.text]))
            }
        }
        return runs
    }

    private enum Kind { case data(String, [Run]), labelOnly(String), blank }

    func table(_ lines: [TextLine], from start: Int, floor: Int, excluded: Set<Int>) -> (TableDraft, Int, [Issue])? {
        guard let first = LayoutColumnsTable.split(lines[start]), !first.numbers.isEmpty, !excluded.contains(start) else { return nil }
        // Only from the top of a block of rows: started lower, the header is not right above, and
        // trying every line of a long block again would cost its length squared.
        if start > 0, let above = LayoutColumnsTable.split(lines[start - 1]), !above.numbers.isEmpty, !above.label.isEmpty { return nil }
        // 1. The region: data rows, label-only lines, short blank runs.
        var kinds: [(Int, Kind)] = []
        var i = start, blanks = 0
        // One page: pdftotext sets each page's columns on its own, so edges drift between pages.
        while i < lines.count, i - start < maxLines, !excluded.contains(i), lines[i].page == lines[start].page {
            let line = lines[i]
            if line.isEmpty {
                blanks += 1
                if blanks > maxBlankRun { break }
                kinds.append((i, .blank)); i += 1; continue
            }
            blanks = 0
            guard PlainHeader(line) == nil, let (label, numbers) = LayoutColumnsTable.split(line) else { break }
            if numbers.isEmpty {
                let text = line.text
                guard line.words.count <= TableLineRole.maxLabelWords, !(text.hasSuffix(".") && line.words.count > 2) else { break }
                kinds.append((i, .labelOnly(text)))
            } else {
                kinds.append((i, .data(label, numbers)))
            }
            i += 1
        }
        while let last = kinds.last {
            if case .data = last.1 { break }
            kinds.removeLast()
        }
        let data = kinds.compactMap { k -> (Int, String, [Run])? in
            if case .data(let l, let n) = k.1 { return (k.0, l, n) }
            return nil
        }
        guard data.filter({ !$0.1.isEmpty }).count >= minRows else { return nil }
        // 2. Columns: right edges shared by at least two figures.
        // (Runs of two numbers a single space apart, "559 100 10 761 256,51", say nothing of an edge.)
        let columns = clusters(data.flatMap { $0.2.filter { DigitRunSplitter.split($0.tokens, columns: 1) != nil }.map(\.end) })
        // Some row fills every column: more edges than any row has figures are drift, not columns.
        guard columns.count >= minColumns, columns.count == data.map({ $0.2.count }).max() else { return nil }
        // The label zone ends where the first column's figures begin.
        let zone = data.flatMap { $0.2.map(\.start) }.min() ?? 0
        // 3. The header: lines right above the rows (and their group lines) with words over the columns.
        var top = start
        while top > floor, top - 1 >= 0, !excluded.contains(top - 1), !lines[top - 1].isEmpty,
              LayoutColumnsTable.split(lines[top - 1])?.numbers.isEmpty == true, lines[top - 1].words.allSatisfy({ ($0.column ?? 0) < zone }),
              lines[top - 1].words.count <= TableLineRole.maxLabelWords {
            top -= 1  // group lines above the first row ("Toiminta ja investoinnit")
        }
        var headerLines: [Int] = []
        var h = top - 1
        while h >= floor, h >= 0, headerLines.count < maxHeaderLines, !excluded.contains(h), isHeaderLine(lines[h], zone: zone) {
            headerLines.insert(h, at: 0)
            h -= 1
        }
        guard !headerLines.isEmpty else { return nil }
        kinds = (top..<start).map { ($0, Kind.labelOnly(lines[$0].text)) } + kinds
        var parts = Array(repeating: [String](), count: columns.count)
        for h in headerLines {
            var perColumn = Array(repeating: [String](), count: columns.count)
            for w in lines[h].words {
                guard let c = w.column, c + w.text.count > zone else { continue }
                perColumn[columnUnder(center: Double(c) + Double(w.text.count) / 2, columns: columns)].append(w.text)
            }
            for c in columns.indices where !perColumn[c].isEmpty { parts[c].append(perColumn[c].joined(separator: " ")) }
        }
        let heads = parts.map { TextTableBuilder.column(TextJoiner.join($0)) }
        // 4. Rows.
        var assembler = RowAssembler(columnCount: columns.count)
        var unplaced = 0, doubtful = 0
        var carried: [Cell?]?  // a label-less line of figures: the top of numbers wrapped below it
        // Figures with no labelled line right under them are a row of their own, never dropped.
        func flushCarried() {
            guard let upper = carried else { return }
            assembler.addRow(label: "", level: 0, cells: upper)
            carried = nil
        }
        for (_, kind) in kinds {
            switch kind {
            case .blank:
                flushCarried()
            case .labelOnly(let text):
                flushCarried()
                assembler.addLabelOnly(text, level: 0)
            case .data(let label, let runs):
                var cells = Array(repeating: Cell?.none, count: columns.count)
                var placed = true
                for run in runs {
                    if let c = column(of: run.end, columns: columns), cells[c] == nil,
                       DigitRunSplitter.split(run.tokens, columns: 1) != nil || run.tokens.count == 1 {
                        cells[c] = CellReader.cell(run.tokens.joined(separator: " "), column: heads[c])
                        continue
                    }
                    // Two figures pdftotext set one space apart: split over the columns whose
                    // edges the run covers, flagged when the digits allow more than one reading.
                    let covered = columns.indices.filter { columns[$0].upperBound >= run.start && columns[$0].lowerBound <= run.end + alignChars + 1 }
                    guard covered.count >= 2, covered.allSatisfy({ cells[$0] == nil }),
                          let split = DigitRunSplitter.split(run.tokens, columns: covered.count) else { placed = false; break }
                    for (c, text) in zip(covered, split.numbers) {
                        cells[c] = CellReader.cell(text, column: heads[c], doubtful: split.ambiguous)
                    }
                }
                if !placed {
                    flushCarried()
                    unplaced += 1
                    cells = Array(repeating: nil, count: columns.count)
                    cells[0] = Cell(text: runs.flatMap(\.tokens).joined(separator: " "), flags: [.merged])
                    assembler.addRow(label: label, level: 0, cells: cells)
                    continue
                }
                if label.isEmpty {
                    flushCarried()
                    carried = cells
                    continue
                }
                // The figures above join this row's only as the top of wrapped numbers; otherwise
                // they stay a row of their own.
                if let upper = carried, let joined = WrappedNumber.join(upper: upper, lower: cells, columns: heads) {
                    carried = nil
                    cells = joined
                }
                flushCarried()
                if cells.contains(where: { $0?.flags.contains(.ambiguousSplit) == true }) { doubtful += 1 }
                if !assembler.mergeIntoLast(label: label, cells: cells, columns: heads) {
                    assembler.addRow(label: label, level: 0, cells: cells)
                }
            }
        }
        flushCarried()
        guard let last = data.last?.0 else { return nil }
        let firstLine = headerLines[0]
        let page = lines[start].page
        let draft = TableDraft(page: page, pages: Array(Set(lines[firstLine...last].map(\.page))).sorted(), bbox: nil,
                               caption: nil, unit: nil, columns: heads, rows: assembler.rows, hasHeader: true,
                               firstLine: firstLine, lastLine: last, pendingGroup: assembler.pendingGroup)
        var issues = [Issue(severity: .info, code: "columns-from-layout", page: page,
                            message: "a table under a header of words: \(columns.count) columns from the right edges of its figures in the text's character columns")]
        if unplaced > 0 {
            issues.append(Issue(severity: .warning, code: "unsplittable-numbers", page: page,
                                message: "a table read by character columns: \(unplaced) row(s) have figures at no column edge; kept as one text cell flagged merged"))
        }
        if doubtful > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                message: "a table read by character columns: \(doubtful) row(s) have a number wrapped over two lines whose lower part could stand alone, or figures run together with more than one reading; the chosen cells are flagged ambiguous-split"))
        }
        return (draft, last + 1, issues)
    }

    /// A plain header of period kinds that names fewer columns than the rows below it hold by
    /// their right edges ("määrä- määräraha inv.menot inv.tulot Tot-% Tot-%" over eight columns,
    /// Kauhava p. 120): the table read by its character columns instead, header lines included,
    /// when every figure stands at a column edge.
    func wider(than count: Int, _ lines: [TextLine], after header: Int, floor: Int, excluded: Set<Int>) -> (TableDraft, Int, [Issue])? {
        guard let j = ((header + 1)..<min(lines.count, header + 8)).first(where: {
            LayoutColumnsTable.split(lines[$0]).map { !$0.numbers.isEmpty && !$0.label.isEmpty } ?? false
        }), let found = table(lines, from: j, floor: floor, excluded: excluded),
              found.0.columns.count > count, found.0.firstLine <= header,
              // Only a clean reading outranks the header: every figure at a column edge (the
              // left-aligned figures of Lapua's minutes p. 20 are not).
              !found.2.contains(where: { $0.code == "unsplittable-numbers" }) else { return nil }
        return found
    }

    /// Words over the value columns and no figures: a header line. A line of prose (one run
    /// reaching from the label zone into the columns) is not.
    private func isHeaderLine(_ line: TextLine, zone: Int) -> Bool {
        guard let (_, numbers) = LayoutColumnsTable.split(line), numbers.isEmpty || numbers.allSatisfy({ run in
            run.tokens.allSatisfy { WordTraits.isYear($0) || ColumnHeader.isHeaderToken($0) }
        }) else { return false }
        guard line.words.contains(where: { ($0.column ?? 0) >= zone }) else { return false }
        // No word may straddle the zone's edge with text on both sides joined by single spaces.
        var previousEnd: Int?
        for w in line.words {
            guard let c = w.column else { return false }
            if let e = previousEnd, c - e < 2, c >= zone, e <= zone { return false }
            previousEnd = c + w.text.count
        }
        return true
    }

    /// Right edges grouped: consecutive edges within `alignChars`; groups of two or more edges.
    private func clusters(_ ends: [Int]) -> [ClosedRange<Int>] {
        var out: [(lo: Int, hi: Int, n: Int)] = []
        for e in ends.sorted() {
            if let last = out.last, e - last.hi <= 1, e - last.lo <= alignChars + 1 {
                out[out.count - 1].hi = e
                out[out.count - 1].n += 1
            } else {
                out.append((e, e, 1))
            }
        }
        return out.filter { $0.n >= 2 }.map { $0.lo...$0.hi }
    }

    private func column(of end: Int, columns: [ClosedRange<Int>]) -> Int? {
        columns.firstIndex { $0.lowerBound - 1 <= end && end <= $0.upperBound + 1 }
    }

    /// The column whose zone (right of the previous column's edge, up to a little past its own)
    /// holds the header word's centre.
    private func columnUnder(center: Double, columns: [ClosedRange<Int>]) -> Int {
        for (c, range) in columns.enumerated() where center <= Double(range.upperBound + alignChars) { return c }
        return columns.count - 1
    }
}
