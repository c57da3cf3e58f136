/// A header that names its columns with words of count and amount (`NamedColumnWords`: "Kpl",
/// "Euroa", "Äänivalta / kpl"), written one cell per line as PyMuPDF's `get_text()` writes the
/// shares note of koha-suomi-oy-tilinpaatos-2024 p. 6: "Osakkeet ja osakesarjat" / "Kpl" /
/// "Euroa" / "Äänivalta / kpl" / "Osake" / "1 930 450" / "229 908,22" / "1". The one-row-per-line
/// texts of the same page (`-raw`, pypdf) print the header on one line and `NamedColumnWords`
/// reads it there; here the cell-per-line reader finds no table, as one row gives no column count
/// (`CellPerLineTable.minRows`). The lines are such a table when the label column's name and
/// the k name lines after it, read as one line, are a `NamedColumnWords` header of exactly k
/// columns (each line one column), and then one or more rows follow, each a label line and
/// exactly k value lines: the header names the count, so no value is placed by guess.
enum StackedNamedColumns {
    static func table(_ lines: [TextLine], at i: Int, excluded: Set<Int>, cells: CellPerLineTable) -> (TableDraft, Int)? {
        guard cells.isLabel(lines[i]), !lines[i].words.contains(where: { NamedColumnWords.names.contains($0.text) }) else { return nil }
        // The name lines: each one name, or a name, "/" and a word.
        var j = i + 1
        while j < lines.count, !excluded.contains(j), lines[j].page == lines[i].page, isNameLine(lines[j]) { j += 1 }
        let k = j - i - 1
        guard k >= 2, let named = NamedColumnWords.read(lines[i..<j].flatMap { $0.words.map(\.text) }),
              named.headers.count == k else { return nil }
        let columns = named.headers.map(TextTableBuilder.column)
        var assembler = RowAssembler(columnCount: k)
        var last = j - 1
        while j + k < lines.count, lines[j].page == lines[i].page, cells.isLabel(lines[j]),
              (j + 1...j + k).allSatisfy({ !excluded.contains($0) && lines[$0].page == lines[i].page && cells.isValue(lines[$0]) }) {
            // A row of more values than the header names is no row of this table.
            if j + k + 1 < lines.count, lines[j + k + 1].page == lines[i].page, cells.isValue(lines[j + k + 1]) { return nil }
            let texts = (j + 1...j + k).map { lines[$0].text.trimmingCharacters(in: .whitespaces) }
            let row = zip(texts, columns).map { CellReader.cell($0, column: $1) }
            assembler.addRow(label: lines[j].text.trimmingCharacters(in: .whitespaces), level: 0, cells: row)
            last = j + k
            j += k + 1
        }
        guard !assembler.rows.isEmpty else { return nil }
        let draft = TableDraft(page: lines[i].page, pages: [lines[i].page], bbox: nil, caption: named.caption, unit: nil,
                               columns: columns, rows: assembler.rows, hasHeader: true, firstLine: i, lastLine: last,
                               pendingGroup: assembler.pendingGroup)
        return (draft, last + 1)
    }

    /// "Kpl", "Euroa", "Äänivalta / kpl": a column name alone on its line.
    private static func isNameLine(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        guard line.tabCells == nil, let first = words.first, NamedColumnWords.names.contains(first) else { return false }
        return words.count == 1 || words.count == 3 && words[1] == "/" && words[2].allSatisfy(\.isLetter)
    }
}
