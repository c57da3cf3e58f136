/// Rows of one number each printed right after a table of several columns, with no header of
/// their own ("Kh on alittanut raamin 469 800" / "Säästötavoite -212 300" under the
/// KAUPUNGINHALLITUS table, "Sivla on alittanut raamin -281 425" / "Säästötavoite -1 759 900" /
/// "Säästötavoitetta jäljellä -1 478 475" under SIVISTYSLAUTAKUNTA: Lapua TA 2025 pp. 3–4, five
/// boards, in `pdftotext -layout`, -raw and pypdf alike). In the PDF they are a small table of
/// their own under the first column; in text the column is gone, and placing them as short rows
/// of the table above would put each figure under a column the text does not name. They are read
/// as a table of one unnamed column instead. A figure whose digits also read as two numbers
/// ("469 800" as 469 | 800) is flagged `ambiguous-split`, since only the PDF's gaps tell.
enum TrailingOneNumberRows {
    /// At least this many one-number rows make the run.
    static let minRows = 2
    /// The table above must have at least this many columns, so that one number is plainly not a full row.
    static let minColumns = 3

    /// The index in `tails` (rows in order; empty for a label-only row) where the trailing run of
    /// one-number rows starts, or nil. The row right before the run must read fully into
    /// `columns` numbers, and the table must keep two such rows.
    static func start(_ tails: [[String]], columns: Int) -> Int? {
        guard columns >= minColumns, let lastNumbers = tails.lastIndex(where: { !$0.isEmpty }) else { return nil }
        var k = lastNumbers + 1
        var run = 0
        while k > 0 {
            let tail = tails[k - 1]
            if tail.isEmpty {
                k -= 1  // a label-only row inside the run ("Säästötavoitteeseen päästy")
                continue
            }
            guard isOneNumber(tail) else { break }
            run += 1
            k -= 1
        }
        // The run starts at its first number row, not at a label-only row before it.
        while k < tails.count, tails[k].isEmpty { k += 1 }
        guard run >= minRows, k < tails.count else { return nil }
        let full = tails[..<k].filter { tail in
            DigitRunSplitter.split(tail, columns: columns).map { !ShortRows.cutsNumbersApart($0.numbers) } == true
        }
        guard full.count >= 2, let before = tails[..<k].last(where: { !$0.isEmpty }),
              DigitRunSplitter.split(before, columns: columns) != nil else { return nil }
        return k
    }

    /// The tail reads as exactly one number (and is not already a full row of a narrower table).
    static func isOneNumber(_ tail: [String]) -> Bool {
        DigitRunSplitter.split(tail, columns: 1) != nil
    }

    /// The one number as a cell, flagged when its digits also read as two numbers.
    static func cell(_ tail: [String]) -> Cell? {
        guard let one = DigitRunSplitter.split(tail, columns: 1)?.numbers.first else { return nil }
        let two = DigitRunSplitter.split(tail, columns: 2).map { !ShortRows.cutsNumbersApart($0.numbers) } == true
        return CellReader.cell(one, column: nil, doubtful: two)
    }

    /// Blank lines crossed between a table and its one-number rows (Hyvinvointilautakunta's
    /// "Hyvla on alittanut raamin 9 207" stands three blank lines below its table in `-layout`).
    static let maxGap = 4

    /// A run of one-number rows starting within `maxGap` blank lines of `start` (the line after a
    /// table of `columns` columns), up to the next blank or other line: the run's table and the
    /// line after it.
    static func after(_ lines: [TextLine], from start: Int, columns: Int, excluded: Set<Int>) -> (TableDraft, Issue, Int)? {
        guard columns >= minColumns else { return nil }
        var i = start
        while i < lines.count, i - start < maxGap, lines[i].isEmpty { i += 1 }
        var rows: [(index: Int, label: String, tail: [String])] = []
        while i < lines.count, !excluded.contains(i), !lines[i].isEmpty, lines[i].tabCells == nil,
              lines[i].markdownLevel == nil, PlainHeader(lines[i]) == nil {
            let words = lines[i].words.map(\.text)
            let split = TextTableBuilder.tailStart(words)
            if split == words.count, words.count <= TableLineRole.maxLabelWords, !rows.isEmpty {
                rows.append((i, words.joined(separator: " "), []))  // a label-only row inside the run
            } else {
                guard split > 0, split < words.count, isOneNumber(Array(words[split...])) else { break }
                rows.append((i, words[..<split].joined(separator: " "), Array(words[split...])))
            }
            i += 1
        }
        while let r = rows.last, r.tail.isEmpty { rows.removeLast() }
        guard rows.filter({ !$0.tail.isEmpty }).count >= minRows, let (draft, issue) = table(lines, rows: rows) else { return nil }
        return (draft, issue, draft.lastLine + 1)
    }

    /// The run as a table of one unnamed column; `rows` are (line index, label, tail).
    static func table(_ lines: [TextLine], rows: [(index: Int, label: String, tail: [String])]) -> (TableDraft, Issue)? {
        guard let first = rows.first?.index, let last = rows.last?.index else { return nil }
        var assembler = RowAssembler(columnCount: 1)
        for row in rows {
            if row.tail.isEmpty {
                assembler.addLabelOnly(row.label, level: 0)
            } else {
                assembler.addRow(label: row.label, level: 0, cells: [cell(row.tail)])
            }
        }
        let page = lines[first].page
        let draft = TableDraft(page: page, pages: Array(Set(lines[first...last].map(\.page))).sorted(), bbox: nil,
                               caption: nil, unit: nil, columns: [Column(header: "")], rows: assembler.rows,
                               hasHeader: true, firstLine: first, lastLine: last, pendingGroup: assembler.pendingGroup)
        let issue = Issue(severity: .info, code: "columns-from-rows", page: page,
                          message: "\(rows.filter { !$0.tail.isEmpty }.count) row(s) of one number each after a table of several columns: read as a table of one unnamed column")
        return (draft, issue)
    }
}
