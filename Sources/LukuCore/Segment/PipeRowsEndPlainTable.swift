/// A plain text table ends at a converter's grid that holds rows wider than its header: markitdown
/// writes a table's header as text when its grid misses it ("TP TP" over the pipe blocks "| | 2024
/// | | 2023 | |" / "| | euroa | | euroa | |" of synth kalliosalo p. 10, the income statement in
/// item and subtotal columns) and the rows as pipe rows. Read on under the two-column text header,
/// the grid's rows were taken word by word: rows of two figures fitted, the rows of four (an item
/// and its group's subtotal per year) did not, and every row of item figures was lost. A grid any
/// of whose rows (the run of pipe rows of one width from here, alignment rows between) fills more
/// cells than the header names columns is read as the pipe table it is. A grid whose rows fit the
/// header is still read under it (Kemijärvi konserni p. 3: "Tunnusluvut TP 2024 … TS 2028" over
/// rows of six figures in an eleven-column grid, the header's only copy of the column names).
enum PipeRowsEndPlainTable {
    static func ends(_ lines: [TextLine], at i: Int, columns: Int) -> Bool {
        guard let width = lines[i].tabCells?.count else { return false }
        var j = i
        var blanks = 0
        while j < lines.count, blanks < 2 {
            if let cells = lines[j].tabCells {
                guard cells.count == width else { break }
                if cells.dropFirst().filter({ !$0.isEmpty }).count > columns { return true }
                blanks = 0
            } else if lines[j].isEmpty {
                blanks += 1
            } else {
                break
            }
            j += 1
        }
        return false
    }
}
