/// One or two rows in `pdftotext -layout` text right under a line of column names whose right
/// edges are the figures' right edges ("Osakkeet ja osakesarjat   Kpl   Euroa   Äänivalta / kpl"
/// over "Osake   1 930 450   229 908,22   1", Koha-Suomi's tilinpäätös p. 6): too few rows for the
/// columns to show by themselves (`LayoutColumnsTable` needs three), but each figure stands
/// flush under its name, which is how a reader pairs them. Every figure must end where a name
/// ends (within one character); otherwise nothing is read.
enum LayoutHeadedRows {
    /// At most this many rows: more rows are `LayoutColumnsTable`'s.
    static let maxRows = 2

    static func table(_ lines: [TextLine], from start: Int, floor: Int, excluded: Set<Int>) -> (TableDraft, Int, [Issue])? {
        let h = start - 1
        guard h >= floor, h >= 0, !excluded.contains(h), !excluded.contains(start),
              let header = LayoutColumnsTable.runs(lines[h]), header.count >= 3,
              let (firstLabel, firstFigures) = LayoutColumnsTable.split(lines[start]), !firstLabel.isEmpty,
              firstFigures.count >= 2 else { return nil }
        // The names are the header's runs over the figures; the first run is the label column's.
        let names = Array(header.dropFirst())
        guard names.allSatisfy({ !$0.tokens.allSatisfy(TextTableBuilder.isTailToken) }),
              names.first.map({ $0.start > header[0].end }) == true else { return nil }
        var rows: [(String, [Cell?])] = []
        var i = start
        while i < lines.count, rows.count < maxRows, !excluded.contains(i),
              let (label, figures) = LayoutColumnsTable.split(lines[i]), !label.isEmpty, !figures.isEmpty {
            var cells = Array(repeating: Cell?.none, count: names.count)
            for run in figures {
                guard let c = names.firstIndex(where: { abs($0.end - run.end) <= 1 }), cells[c] == nil,
                      DigitRunSplitter.split(run.tokens, columns: 1) != nil || run.tokens.count == 1 else { return nil }
                cells[c] = CellReader.cell(run.tokens.joined(separator: " "), column: nil)
            }
            rows.append((label, cells))
            i += 1
        }
        // More rows of figures below: not this rule's table.
        if i < lines.count, let (_, more) = LayoutColumnsTable.split(lines[i]), !more.isEmpty { return nil }
        guard !rows.isEmpty else { return nil }
        let columns = names.map { TextTableBuilder.column($0.tokens.joined(separator: " ")) }
        var assembler = RowAssembler(columnCount: columns.count)
        for (label, cells) in rows {
            assembler.addRow(label: label, level: 0, cells: cells.enumerated().map { c, cell in
                cell.map { CellReader.cell($0.text, column: columns[c]) }
            })
        }
        let last = i - 1
        let page = lines[start].page
        let caption = header[0].tokens.joined(separator: " ")
        let draft = TableDraft(page: page, pages: Array(Set(lines[h...last].map(\.page))).sorted(), bbox: nil,
                               caption: caption, unit: nil, columns: columns, rows: assembler.rows, hasHeader: true,
                               firstLine: h, lastLine: last, pendingGroup: assembler.pendingGroup)
        let issue = Issue(severity: .info, code: "columns-from-layout", page: page,
                          message: "\(rows.count) row(s) under \"\(lines[h].text)\": each figure ends where a column name ends in the text's character columns")
        return (draft, last + 1, [issue])
    }
}
