/// A converter's table whose page ends before its total group, the next page repeating the
/// table's caption row and column headers over the totals: markitdown's text of hold-out set 6's
/// hold6-08 (iText, one group band per board; the running head "| Järvelän kaupunki | … | Ajopäivä
/// … |" and "| € | TP 2024 | … |" printed again on page 2, then "Yhteensä" and its MENOT, TULOT and
/// NETTOMENO). A repeated caption row alone is no continuation (pymupdf4llm's konserni pp. 25–26
/// prints two tables under one caption, `PipeTableContinuation.continues`), so the arithmetic
/// decides (DOMAIN: a total is the sum of its items): the part continues the table when it
/// repeats the caption, unit and column headers, stands near it (`PipeTableContinuation.near`),
/// and each of its figure rows is the sum of the table's rows of that label (two or more of them)
/// in every column but one at most (a percentage column never adds up). Its cells keep their
/// columns; the rows that repeat the table's own head rows ("€ | TP 2024 | …") are left out.
enum GroupTotalContinuation {
    /// `b`'s own rows as rows of `a`, or nil when `b` is no such total part of `a`.
    static func rows(_ b: TableDraft, continuing a: TableDraft, lines: [TextLine]) -> [Row]? {
        guard let caption = a.caption, b.caption == caption, b.unit == a.unit, !a.columns.isEmpty,
              b.columns.map(\.header) == a.columns.map(\.header),
              PipeTableContinuation.near(a, b, lines: lines) else { return nil }
        let repeated = b.rows.prefix { row in a.rows.contains { $0.label == row.label && texts($0) == texts(row) } }
        let own = Array(b.rows.dropFirst(repeated.count))
        let figureRows = own.filter { $0.cells.contains { $0?.value != nil } }
        guard !figureRows.isEmpty else { return nil }
        let n = a.columns.count
        for row in figureRows {
            let key = GroupIdentityReading.plainLabel(row.label)
            let terms = a.rows.filter { GroupIdentityReading.plainLabel($0.label) == key }
            guard terms.count >= 2, row.cells.count == n else { return nil }
            let summed = (0..<n).filter { c in
                guard let total = row.cells[c]?.value else { return false }
                let values = terms.compactMap { $0.cells.indices.contains(c) ? $0.cells[c]?.value : nil }
                return values.count == terms.count && values.reduce(0, +) == total
            }.count
            guard summed >= max(2, n - 1) else { return nil }
        }
        return own
    }

    private static func texts(_ row: Row) -> [String?] {
        row.cells.map { $0?.text }
    }
}
