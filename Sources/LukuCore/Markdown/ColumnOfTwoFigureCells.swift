/// A pipe column that holds two figures in one cell in some row of a table run
/// (`TwoFiguresInOnePipeCell`: "215 –2 546") is two printed columns put into one, so any other cell
/// of that column whose text cuts into two figures at a space may be two figures too, though it
/// reads as one number: synth katajaselka's rahoituslaskelma (HTML-made, markitdown) prints the item
/// and the group subtotal of one year side by side, and "| Tulorahoituksen korjauserät | | –105 577 |"
/// is −105 and 577, not −105 577, in the column where "| hyödykkeiden luovutustulot | | 215 –2 546 |"
/// shows the two. Every row of the run with such a cell in such a column is read in doubt (its
/// figures flagged, as `SpacerPipeColumns` marks rows); nothing is split or moved.
enum ColumnOfTwoFigureCells {
    static func mark(_ text: String) -> String {
        SpacerPipeColumns.markRows(in: text) { members, cells in
            let rows = members.compactMap { k in cells[k].map { (k, $0) } }.filter { !FigureInLabelCell.isAlignment($0.1) }
            let paired = Set(rows.flatMap { _, row in
                row.indices.dropFirst().filter { TwoFiguresInOnePipeCell.holdsTwoFigures(row[$0].trimmingCharacters(in: .whitespaces)) }
            })
            guard !paired.isEmpty else { return [] }
            return rows.filter { _, row in paired.contains(where: { $0 < row.count && cutsIntoTwoFigures(row[$0]) }) }.map(\.0)
        }
    }

    /// A cell that cuts at one of its spaces into two texts that each read as a number.
    static func cutsIntoTwoFigures(_ cell: String) -> Bool {
        let tokens = cell.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).map(String.init)
        guard tokens.count >= 2 else { return false }
        return (1..<tokens.count).contains { k in
            FinnishNumber.parse(tokens[..<k].joined(separator: " ")) != nil
                && FinnishNumber.parse(tokens[k...].joined(separator: " ")) != nil
        }
    }
}
