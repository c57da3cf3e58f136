/// A pipe table whose fullest rows disagree about its columns. markitdown draws each block of a
/// table on its own grid (pdfplumber cuts a column wherever a line's text starts or ends), so one
/// block of a balance sheet puts the items' figures one pipe column further right than the next:
/// synth kurkivirta's vastattavaa ("| IV Tilikauden yli-/alijäämä | -2 436 | 32 774 | | -2 988 |
/// 35 210 |" beside "| 2. Vapaaehtoiset varaukset | | 379 | 2 308 | 382 | 2 335 |", the same four
/// printed columns on other pipe columns). When even the printed columns found over the whole run
/// (`SpacerPipeColumns.joinedColumns`: next pipe columns no row fills both of are one) leave the rows
/// that hold the most figures, three or more, on different columns, which of them stands where its
/// header says is a guess: each such row is read in doubt (every figure flagged); nothing is moved.
/// Rows holding fewer figures leave columns empty by design (items, subtotals) and prove nothing.
enum FullRowsOnOtherColumns {
    /// Figures a row must hold for its columns to say where the table's columns are.
    static let minFigures = 3

    static func mark(_ text: String) -> String {
        SpacerPipeColumns.markRows(in: text) { members, cells in
            let rows = members.compactMap { cells[$0] }.filter { !RunningHeadPipeRow.matches($0) }
            guard let width = rows.first?.count, width >= 4, rows.contains(where: FigureInLabelCell.isAlignment) else { return [] }
            let dataRows = members.filter { k in cells[k].map { !FigureInLabelCell.isAlignment($0) && !RunningHeadPipeRow.matches($0) } ?? false }
            // Only the run's own lines: a text of many runs is read once over, not once per run.
            let filled = Dictionary(uniqueKeysWithValues: dataRows.map { k in
                (k, cells[k]?.map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? [])
            })
            let fills = { (k: Int, c: Int) in filled[k].map { c < $0.count && $0[c] } ?? false }
            let used = (1..<width).filter { c in dataRows.contains { fills($0, c) } }
            let columns = SpacerPipeColumns.joinedColumns(used, rows: dataRows, fills: fills)
            let figureRows = dataRows.compactMap { k in cells[k].flatMap { SpacerPipeColumns.hasFigure($0) ? k : nil } }
            guard figureRows.count >= 2 else { return [] }
            let taken = Dictionary(uniqueKeysWithValues: figureRows.map { k in
                (k, Set(columns.indices.filter { g in columns[g].contains { fills(k, $0) } }))
            })
            guard let most = taken.values.map(\.count).max(), most >= minFigures else { return [] }
            let fullest = figureRows.filter { taken[$0]?.count == most }
            return Set(fullest.compactMap { taken[$0] }).count > 1 ? fullest : []
        }
    }
}
