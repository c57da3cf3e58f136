/// A report's group printed once, in a column of its own left of the rows: an ERP account report
/// (tiliraportti) sets the cost centre ("110 Hallinto") on the first line of its group only, level
/// with that line's account ("3000 Myyntituotot"), and leaves the column empty under it (a report
/// field with "print repeated values" off; printed again at the top of a new page). The geometric
/// reader takes the leftmost words of a line as its label, so the centre became the first row's
/// label, the other rows had none, and every account's code and name became a text cell in a
/// column of their own (hold-out set 6: hold6-12-erp-tiliraportti, PDF and `pdftotext -layout`,
/// 171 figures read under no label the truth knows).
///
/// Read: when the table's first column holds words (no figure) on every row, the label is filled
/// on its first row and on at most a third of its rows, and every other column is figures, the
/// labels are the groups (carried down to the next one) and the first column's words the rows'
/// labels. The first column's header goes with it; words of the label column's name that were read
/// into the first value column's header ("Tilin nimi TA 2025") go when the rest names the column.
/// A table whose rows each print their own label (any goal or text table with a text column) has
/// labels on more than a third of its rows and is not touched.
///
/// PDF only. `pdftotext -layout` of the same page sets the account's code apart from its name, and
/// the page is read as two tables (the codes under the centres, the names with the figures); only
/// the page-2 part, whose page header band is read into its header, took this reading, and scored
/// against the page-1 truth rows of the same account names it counted 36 figures wrong without a
/// flag. The PDF path reads both pages' parts as drawn and joins them.
enum GroupColumnPrintedOnce {
    /// Rows per printed group label at least (a group of one or two rows is no suppressed repeat).
    static let minRowsPerGroup = 3

    static func apply(_ draft: TableDraft) -> TableDraft {
        guard draft.columns.count >= 3, draft.rows.count >= 2 * minRowsPerGroup,
              let first = draft.rows.first, !first.label.isEmpty else { return draft }
        let labelled = draft.rows.filter { !$0.label.isEmpty }
        guard labelled.count * minRowsPerGroup <= draft.rows.count,
              labelled.allSatisfy({ $0.label.contains(where: \.isLetter) }) else { return draft }
        // The first column: words on every row.
        for row in draft.rows {
            guard let cell = row.cells.first ?? nil, cell.value == nil, cell.text.contains(where: \.isLetter) else { return draft }
        }
        // The other columns: figures only.
        for row in draft.rows {
            for cell in row.cells.dropFirst() {
                if let c = cell, c.value == nil { return draft }
            }
        }
        var out = draft
        var group: String?
        out.rows = draft.rows.map { row in
            var r = row
            if !row.label.isEmpty { group = row.label }
            r.group = group
            r.label = row.cells[0]?.text ?? ""
            r.level = 0
            r.cells = Array(row.cells.dropFirst())
            return r
        }
        out.columns = Array(draft.columns.dropFirst())
        if let named = unprefixed(out.columns[0].header), out.columns[0].kind == nil { out.columns[0] = named }
        if draft.spans.count == draft.columns.count { out.spans = Array(draft.spans.dropFirst()) }
        out.headerSpans = draft.headerSpans.filter { $0.first >= 1 }.map {
            HeaderSpan(header: $0.header, first: $0.first - 1, last: $0.last - 1)
        }
        out.pendingGroup = draft.pendingGroup ?? group
        return out
    }

    /// "Tilin nimi TA 2025" → the column "TA 2025": the longest tail of the header that names a
    /// column kind (`ColumnHeader` reads a kind from the header's start), or nil.
    static func unprefixed(_ header: String) -> Column? {
        let words = header.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        for k in 1..<words.count {
            let column = TextTableBuilder.column(words[k...].joined(separator: " "))
            if column.kind != nil { return column }
        }
        return nil
    }
}
