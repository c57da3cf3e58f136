/// A pipe table of header rows and one row of figures whose figures stand on pipe columns no header
/// fills. `SpacerPipeColumns` reads a fine grid only from two figure rows or more (one row does not
/// show which pipe columns go together), so a lone row keeps the grid's columns: Kemijärvi
/// konserni's p. 7 appropriations in markitdown ("| Hallintopalvelut | | TA+muutos | | | TA | MUUTOS |
/// | MUUTOS | |" and "| | | | 2025 | | 2026 | | € | | % |" over "| MENOT | | −6 837 670 | |
/// −5 341 090 | | −1 496 580 | | | −21,9 |": −5 341 090 is under no header word, and the row's
/// cells land one column right of TA 2026). A figure on a pipe column that no header row above it
/// fills makes the row doubtful (every figure flagged); nothing is moved.
enum LoneFigureRowOffHeaders {
    static func mark(_ text: String) -> String {
        SpacerPipeColumns.markRows(in: text) { members, cells in
            let dataRows = members.filter { k in cells[k].map { !FigureInLabelCell.isAlignment($0) && !RunningHeadPipeRow.matches($0) } ?? false }
            let figureRows = dataRows.filter { k in cells[k].map(SpacerPipeColumns.hasFigure) ?? false }
            guard figureRows.count == 1, let k = figureRows.first, let row = cells[k] else { return [] }
            let headers = dataRows.filter { $0 < k }.compactMap { cells[$0] }
                .filter { !SpacerPipeColumns.hasFigure($0) && $0.dropFirst().contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
            guard !headers.isEmpty else { return [] }
            let headed = Set(headers.flatMap { h in h.indices.dropFirst().filter { !h[$0].trimmingCharacters(in: .whitespaces).isEmpty } })
            return row.indices.dropFirst().contains { SpacerPipeColumns.isFigure(row[$0]) && !headed.contains($0) } ? [k] : []
        }
    }
}
