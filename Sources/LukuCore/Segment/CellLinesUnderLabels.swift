import Foundation

/// PyMuPDF's `get_text()` text (one cell per line) of a spreadsheet-made budget outturn page
/// whose label column and figure columns were separate text boxes: first each row's label with
/// the few cells printed in its own box ("Menot" / "–" / "99,5", "Menot" / "88,5 %"; group names
/// such as "Yleishallinto" alone), then, past the column headings or a paragraph, the figures one
/// per line, row after row, with no label ("224 027,64 €" / "234 200,00 €" / …). Synth kalliosalo
/// p. 6 (the board's outturn: 23 rows, Toteutuma-%), joutsenkyla p. 5 (Käyttö-%, 11 rows, whose
/// 33 figures come after another table's 24), louhivirta p. 8. The one-row-per-line reading of the
/// same pages is `FigureRowsUnderLabels`.
///
/// Where one row's figures end and the next one's begin is not in the text, so a run of figure
/// lines is paired only with a stretch of the rows with cells above it on the page (not yet paired) when
/// (1) one column count gives every row that count less its own cells in figures, one or more,
/// together as many as the run holds; (2) each row's own last cell, its percent, is the same
/// ratio of two of its figure columns in every row (a / b or (a − b) / b, to the printed
/// decimals: the outturn's Käyttö-% or Toteutuma-%), checked on three rows or more; and (3) a
/// placeholder own cell ("–", no budget change) has a column where the full rows add up
/// (TA + muutokset = TA + TA-muutokset) and its row's neighbours are equal. Exactly one set of
/// rows may pass. The page is in column blocks, so every cell is flagged `ambiguous-split`.
enum CellLinesUnderLabels {
    /// Rows a paired run needs; own cells a label may hold; columns at most.
    static let minRows = 3, maxOwn = 2, maxColumns = 8

    private struct LabelRow {
        var label: Int
        var own: [String]
        var groups: [Int]
    }

    /// The tables read from `lines` on `pages`: each with its first and last line, and the line
    /// of its first row (or that row's group) after its heading lines.
    static func tables(_ lines: [TextLine], pages: Set<Int>, excluded: Set<Int>,
                       isValue: (TextLine) -> Bool, isLabel: (TextLine) -> Bool) -> [(TableDraft, Int, Int, Int)] {
        var out: [(TableDraft, Int, Int, Int)] = []
        var i = 0
        while i < lines.count {
            let page = lines[i].page
            var end = i
            while end < lines.count, lines[end].page == page { end += 1 }
            if pages.contains(page) {
                out += onPage(lines, i..<end, excluded: excluded, isValue: isValue, isLabel: isLabel)
            }
            i = end
        }
        return out
    }

    private static func onPage(_ lines: [TextLine], _ range: Range<Int>, excluded: Set<Int>,
                               isValue: (TextLine) -> Bool, isLabel: (TextLine) -> Bool) -> [(TableDraft, Int, Int, Int)] {
        let kept = range.filter { !excluded.contains($0) && !lines[$0].isEmpty }
        var rows: [LabelRow] = []
        var groups: [Int] = []
        var out: [(TableDraft, Int, Int, Int)] = []
        var k = 0
        var unpaired = 0  // rows[unpaired...] are free
        var rowEnd = -1  // where the last row's cells end
        while k < kept.count {
            let line = lines[kept[k]]
            if isValue(line) {
                var run: [Int] = []
                while k < kept.count, isValue(lines[kept[k]]) { run.append(kept[k]); k += 1 }
                if run.count > maxOwn, let (found, end) = pair(lines, run: run, rows: Array(rows[unpaired...])) {
                    var (draft, body) = found
                    draft.lastLine = run[run.count - 1]
                    out.append((draft, draft.firstLine, draft.lastLine, body))
                    unpaired += end  // the rows down to the stretch are taken or passed over
                }
                groups = []
                continue
            }
            // A label with one or two own cells under it, then a line that is no figure.
            var own: [String] = []
            var j = k + 1
            while j < kept.count, own.count <= maxOwn, isValue(lines[kept[j]]) {
                own.append(lines[kept[j]].text.trimmingCharacters(in: .whitespaces))
                j += 1
            }
            // A title over its scale lines ("Tuloslaskelma" / "1 000 euroa" / "1 000 euroa",
            // pauhaselka p. 1): no row; the title heads the table (`ScaleLineNoFigure`).
            if isLabel(line), !own.isEmpty, own.allSatisfy(ScaleLineNoFigure.applies) {
                groups.append(kept[k])
                k = j
                continue
            }
            // A row printed whole in its label's box (pauhaselka p. 1 "Muut rahoituskulut" /
            // "–158" / "–149" / "6,0 %"): see `WholeRowInLabelBox`.
            if isLabel(line), own.count > maxOwn,
               let whole = WholeRowInLabelBox.cells(lines, kept: kept, after: k, isValue: isValue) {
                rows.append(LabelRow(label: kept[k], own: whole, groups: groups))
                groups = []
                k += 1 + whole.count
                rowEnd = k
                continue
            }
            if isLabel(line), (1...maxOwn).contains(own.count) {
                rows.append(LabelRow(label: kept[k], own: own, groups: groups))
                groups = []
                k = j
                rowEnd = j
                continue
            }
            // The last label's own cells run straight into the figures (joutsenkyla p. 5 "Netto" /
            // "92,6 %" / "5 228 800" / …): its first one or two, whichever alone pairs.
            if isLabel(line), own.count > maxOwn, rowEnd == k {
                var run: [Int] = []
                j = k + 1
                while j < kept.count, isValue(lines[kept[j]]) { run.append(kept[j]); j += 1 }
                let found = (1...maxOwn).compactMap { o -> ((TableDraft, Int), LabelRow)? in
                    let last = LabelRow(label: kept[k], own: run[..<o].map { lines[$0].text.trimmingCharacters(in: .whitespaces) }, groups: groups)
                    let free = Array(rows[unpaired...]) + [last]
                    guard run.count - o > maxOwn, let (draft, end) = pair(lines, run: Array(run[o...]), rows: free),
                          end == free.count else { return nil }
                    return (draft, last)
                }
                if found.count == 1, let ((first, body), last) = found.first {
                    var draft = first
                    draft.lastLine = run[run.count - 1]
                    out.append((draft, draft.firstLine, draft.lastLine, body))
                    rows.append(last)
                    unpaired = rows.count
                    groups = []
                    k = j
                    continue
                }
                // Else the figures are another table's (joutsenkyla p. 5: the previous board's,
                // its labels on the page before); the label, right under a row of the block (not
                // a column heading over the figures, kalliosalo p. 6 "Toteutuma-" / "%"), keeps
                // its first cell and may pair later.
                rows.append(LabelRow(label: kept[k], own: [lines[run[0]].text.trimmingCharacters(in: .whitespaces)], groups: groups))
                groups = []
                k += 2
                continue
            }
            groups = isLabel(line) ? groups + [kept[k]] : []
            k += 1
        }
        return out
    }

    /// The table pairing `run` with one stretch of `rows`, the only one that checks.
    private static func pair(_ lines: [TextLine], run: [Int], rows: [LabelRow]) -> ((TableDraft, Int), Int)? {
        guard rows.count >= minRows else { return nil }
        let figures = run.map { lines[$0].text.trimmingCharacters(in: .whitespaces) }
        var found: [((TableDraft, Int), Int)] = []
        // The rows next above the run, or rows further up: another table's labels may stand
        // between (kalliosalo p. 9, the investments' labels between the board's and its figures).
        for (end, r) in (minRows...rows.count).reversed().flatMap({ end in (minRows...end).map { (end, $0) } }) {
            // A whole row next to the stretch takes no figure: it is the stretch's own.
            if end < rows.count, rows[end].own.count > maxOwn { continue }
            if end - r > 0, rows[end - r - 1].own.count > maxOwn { continue }
            let taken = Array(rows[(end - r)..<end])
            let own = taken.reduce(0) { $0 + $1.own.count }
            guard (figures.count + own) % r == 0 else { continue }
            let n = (figures.count + own) / r
            // A row printed whole in its label's box takes no figure (`WholeRowInLabelBox`).
            guard n <= maxColumns, taken.allSatisfy({ $0.own.count > maxOwn ? $0.own.count == n : n - $0.own.count >= 1 }) else { continue }
            let readings = [false, true].compactMap { table(lines, figures: figures, rows: taken, columns: n, ownFirst: $0) }
            // Own figures before or after the run's: only one may check (`OwnFigureBeforeRun`).
            if readings.count == 2, readings[0].0.rows != readings[1].0.rows { return nil }
            if let draft = readings.first { found.append((draft, end)) }
            if found.count > 1 { return nil }
        }
        return found.first
    }

    /// The rows' cells (figures, then own cells; a placeholder where the sums put it), when
    /// every row's percent checks.
    private static func table(_ lines: [TextLine], figures: [String], rows: [LabelRow], columns n: Int,
                              ownFirst: Bool) -> (TableDraft, Int)? {
        var cut = 0
        var split: [[String]] = []
        for row in rows {
            let count = n - row.own.count
            split.append(Array(figures[cut..<cut + count]))
            cut += count
        }
        // Own cells: the percent alone; an empty change ("–", or "0,00" in pauhaselka p. 9), then
        // the percent; or the last figure and the percent (kalliosalo p. 9 "−924,52 €" / "−1,3").
        guard rows.allSatisfy({ $0.own.last.map { value($0) != nil } ?? false }) else { return nil }
        func empty(_ text: String) -> Bool { FinnishNumber.isPlaceholder(text) || value(text) == 0 }
        func trailing(_ row: LabelRow) -> Bool { row.own.count == 1 || row.own.dropLast().allSatisfy { !empty($0) } }
        let full = rows.indices.filter { rows[$0].own.count == 1 }
        let width = n - 1
        var place: Int?
        if !rows.allSatisfy(trailing) {
            place = sumColumn(full.map { split[$0] }, width: width)
            guard place != nil else { return nil }
        }
        var cells: [[String]] = []
        for (row, figs) in zip(rows, split) {
            if trailing(row) {
                cells.append(ownFirst ? Array(row.own.dropLast()) + figs + Array(row.own.suffix(1)) : figs + row.own)
            } else if let c = place {
                // The neighbours of an empty change are equal (TA = TA + muutokset).
                guard c < figs.count, let a = value(figs[c - 1]), let b = value(figs[c]), a == b else { return nil }
                cells.append(Array(figs[..<c]) + [row.own[0]] + Array(figs[c...]) + [row.own[1]])
            } else {
                return nil
            }
        }
        guard percentChecks(cells, width: width) else { return nil }
        let columns = Array(repeating: Column(header: ""), count: n)
        var assembler = RowAssembler(columnCount: n)
        for (r, row) in rows.enumerated() {
            // Group names on the lines right above a row (only one above the first: the lines
            // higher up are the table's title and headings).
            for g in (r == 0 ? Array(row.groups.suffix(1)) : row.groups) {
                assembler.addLabelOnly(lines[g].text.trimmingCharacters(in: .whitespaces), level: 0)
            }
            let rowCells = cells[r].enumerated().map { c, text in CellReader.cell(text, column: columns[c], doubtful: true) }
            assembler.addRow(label: lines[row.label].text.trimmingCharacters(in: .whitespaces), level: 0, cells: rowCells)
        }
        // The table's title and column headings, the label lines above its first row (a numbered
        // section heading aside), are its own: another reading of them gives way to this one.
        let above = rows[0].groups.lastIndex { WordTraits.startsWithOutlineMarker(lines[$0].text) }.map { rows[0].groups[($0 + 1)...] }
            ?? rows[0].groups[...]
        let first = above.first ?? rows[0].label
        let page = lines[rows[0].label].page
        let draft = TableDraft(page: page, pages: [page], bbox: nil, caption: nil, unit: nil, columns: columns,
                               rows: assembler.rows, hasHeader: true, firstLine: first, lastLine: first, pendingGroup: nil)
        return (ColumnBlockPages.flagEveryCell(draft), rows[0].groups.last ?? rows[0].label)
    }

    /// The column c of the figures (width `width`) where every full row has c+1 = (c−1) + c.
    static func sumColumn(_ rows: [[String]], width: Int) -> Int? {
        guard rows.count >= minRows, width >= 3 else { return nil }
        let places = (1..<(width - 1)).filter { c in
            rows.allSatisfy { row in
                guard row.count == width, let a = value(row[c - 1]), let b = value(row[c]), let s = value(row[c + 1]) else { return false }
                return a + b == s
            }
        }
        return places.count == 1 ? places[0] : nil
    }

    /// One pair of figure columns (a, b) whose ratio a / b or change (a − b) / b, in percent,
    /// is every row's last cell to its printed decimals; rows with b = 0 aside, three rows or more.
    static func percentChecks(_ cells: [[String]], width: Int) -> Bool {
        for a in 0..<width {
            for b in 0..<width where b != a {
                for change in [false, true] {
                    var checked = 0
                    let holds = cells.allSatisfy { row in
                        guard row.count == width + 1, let p = value(row[width]) else { return false }
                        guard let x = value(row[a]), let y = value(row[b]) else { return true }  // a placeholder
                        guard y != 0 else { return true }
                        let ratio = 100 * ((change ? x - y : x) as NSDecimalNumber).doubleValue / (y as NSDecimalNumber).doubleValue
                        let half = 0.5 * pow(10, -Double(decimals(row[width]))) + 1e-9
                        checked += 1
                        return abs(ratio - (p as NSDecimalNumber).doubleValue) <= half
                    }
                    if holds, checked >= minRows { return true }
                }
            }
        }
        return false
    }

    private static func value(_ text: String) -> Decimal? {
        FinnishNumber.isPlaceholder(text) ? nil : FinnishNumber.parse(text)?.value
    }

    /// Digits after the decimal comma ("99,5" → 1, "101 %" → 0).
    private static func decimals(_ text: String) -> Int {
        guard let comma = text.firstIndex(where: { $0 == "," || $0 == "." }) else { return 0 }
        return text[text.index(after: comma)...].prefix(while: \.isASCIIDigit).count
    }
}
