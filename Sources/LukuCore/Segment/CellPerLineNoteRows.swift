/// Rows of one value each closing a table written one cell per line are a table of their own,
/// as `TrailingOneNumberRows` reads them in `-raw` text: "Kh on alittanut raamin" / "469 800" /
/// "Säästötavoite" / "-212 300" under the KAUPUNGINHALLITUS rows of five values, and the same
/// under each board (lapua-ta2025-lautakuntien-talousarviot pp. 3–4 in PyMuPDF, five boards). In
/// the PDF they stand in a small table under the first column; placed as short rows of the table
/// above, each figure would go under a column the text does not name. One value on its own line
/// is one cell, so unlike the `-raw` reading no figure here is in doubt.
enum CellPerLineNoteRows {
    /// Where the trailing run of one-value rows starts in rows of these value counts, or nil:
    /// at least `TrailingOneNumberRows.minRows` such rows after two or more full rows of a table
    /// of three or more columns, the row right before the run full.
    static func start(_ counts: [Int], columns: Int) -> Int? {
        guard columns >= TrailingOneNumberRows.minColumns else { return nil }
        var k = counts.count
        while k > 0, counts[k - 1] == 1 { k -= 1 }
        guard counts.count - k >= TrailingOneNumberRows.minRows, k > 0, counts[k - 1] == columns,
              counts[..<k].filter({ $0 == columns }).count >= 2 else { return nil }
        return k
    }

    /// The run as a table of one unnamed column, starting on the line after `after`; each row is
    /// its label lines (a wrapped label joined, others group names), its value and its last line.
    static func table(_ lines: [TextLine], rows: [(labels: [String], value: String, last: Int)], after: Int)
        -> (draft: TableDraft, issue: Issue) {
        var assembler = RowAssembler(columnCount: 1)
        for row in rows {
            let label = CellPerLineTable.rowLabel(row.labels, groupsInto: &assembler)
            assembler.addRow(label: label, level: 0, cells: [CellReader.cell(row.value, column: nil)])
        }
        let first = after + 1, last = rows.last?.last ?? first
        let page = lines[first].page
        let draft = TableDraft(page: page, pages: Array(Set(lines[first...last].map(\.page))).sorted(), bbox: nil,
                               caption: nil, unit: nil, columns: [Column(header: "")], rows: assembler.rows,
                               hasHeader: true, firstLine: first, lastLine: last, pendingGroup: assembler.pendingGroup)
        let issue = Issue(severity: .info, code: "columns-from-rows", page: page,
                          message: "\(rows.count) row(s) of one value each after a table written one cell per line: read as a table of one unnamed column")
        return (draft, issue)
    }
}
