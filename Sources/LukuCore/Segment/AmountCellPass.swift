/// One pass over a table's amount cells, the shape the converter-damage rules share
/// (`FusedThousandsGroups`, `LostZerosRestored`, `DroppedZeroGroups`): every cell of a column that
/// is not a percent column, row by row and left to right, offered to a rewrite that returns the
/// cell's new form or nil to leave it. Percent columns are never rewritten: their values are small
/// by nature and their groups are not thousands.
extension Table {
    /// Replaces each amount cell for which `rewrite` returns a cell (it sees the table as rewritten
    /// so far); returns how many were replaced.
    mutating func rewriteAmountCells(_ rewrite: (_ table: Table, _ row: Int, _ column: Int, _ cell: Cell) -> Cell?) -> Int {
        var count = 0
        for r in rows.indices {
            count += rewriteAmountCells(inRow: r, rewrite)
        }
        return count
    }

    /// The same over one row.
    mutating func rewriteAmountCells(inRow r: Int, _ rewrite: (_ table: Table, _ row: Int, _ column: Int, _ cell: Cell) -> Cell?) -> Int {
        var count = 0
        for c in rows[r].cells.indices {
            guard c < columns.count, columns[c].unit != "%", let cell = rows[r].cells[c],
                  let new = rewrite(self, r, c, cell) else { continue }
            rows[r].cells[c] = new
            count += 1
        }
        return count
    }
}
