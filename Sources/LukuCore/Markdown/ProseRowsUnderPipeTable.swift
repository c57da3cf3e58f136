import Foundation

/// Running prose that a converter drew into a pipe table's grid. pymupdf4llm on hold-out set 4's
/// hold4-08 (a two-column region: the table in the right column, level with prose in the left one)
/// ends the henkilöstö table with the prose lines cut at its column edges:
/// "|Kunnan talous kehittyi|tilikaudella|ennakoitua|vakaammin.|"; on Kauhava's p. 136 (note 38) the
/// last row is "|Sopimuksiin ei sisällyolennaisia irtisanomis-j|a lunastusehdon|mukaisia vastuit|a.||".
/// Kept in the table, such a row is a text row that fills the columns the figures leave empty
/// (hold4-08's blank column between the labels and 2024), so the grid shows a column that is
/// none of the printed ones. A row of this shape is a sentence going on across the cuts: after the
/// table's last figure row, no figure in it, a label starting with a capital, and at least two
/// other cells filled, each starting with a small letter (a word or a word's end going on from the
/// cell before). Such rows at the end of a table are taken out of it as one line of text each
/// (cells joined with spaces, after a blank line that closes the table). A figure is never moved.
enum ProseRowsUnderPipeTable {
    /// Filled cells besides the label at least: one alone is a label's note, not a sentence cut up.
    static let minCutCells = 2

    static func reorder(_ text: String) -> String {
        PipeTableBlocks.rewriteEach(text, containing: ["|"]) { block in
            // A table with a figure row, the rows after its last one cut sentences to the block's end.
            let cells = block.map(SideBySidePipeTables.rawCells)
            guard let lastFigure = cells.lastIndex(where: { $0.map { SpacerPipeColumns.hasFigure($0.map(TurnedPipeTable.plain)) } == true }),
                  cells[..<lastFigure].contains(where: { $0.map(FigureInLabelCell.isAlignment) == true }) else { return nil }
            var start = block.count
            while start - 1 > lastFigure, let row = cells[start - 1], row.count == cells[lastFigure]?.count, isCutSentence(row) {
                start -= 1
            }
            guard start < block.count else { return nil }
            let prose = cells[start...].compactMap { $0 }.map { row in
                row.map(TurnedPipeTable.plain).filter { !$0.isEmpty }.joined(separator: " ")
            }
            return Array(block[..<start]) + [""] + prose
        }
    }

    /// A row that is a sentence cut at the column edges: a label starting with a capital, no
    /// figure, and at least `minCutCells` other cells filled, each starting with a small letter.
    static func isCutSentence(_ cells: [String]) -> Bool {
        let plain = cells.map(TurnedPipeTable.plain)
        guard let label = plain.first?.first, label.isUppercase, !SpacerPipeColumns.hasFigure(plain) else { return false }
        let rest = plain.dropFirst().filter { !$0.isEmpty }
        return rest.count >= minCutCells && rest.allSatisfy { $0.first?.isLowercase == true }
    }
}
