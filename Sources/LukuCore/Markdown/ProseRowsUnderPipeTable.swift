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
/// A numbered heading cut the same way is taken out too: markitdown ends hold-out 12's
/// Sivistyslautakunta table (lualatex, p. 1) with the next section's heading,
/// "| 3 Tekninen | lautakunta |          |          |", which kept in the grid joins the last row's
/// label ("NETTOMENO 3 Tekninen lautakunta") and leaves the section unheaded. Such a row is a
/// section number and a capitalised word in the label cell, every other filled cell words going on
/// from it, and no figure (`isCutHeading`).
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
            while start - 1 > lastFigure, let row = cells[start - 1], row.count == cells[lastFigure]?.count, isCutSentence(row) || isCutHeading(row) {
                start -= 1
            }
            guard start < block.count else { return nil }
            let prose = cells[start...].compactMap { $0 }.map { row in
                row.map(TurnedPipeTable.plain).filter { !$0.isEmpty }.joined(separator: " ")
            }
            return Array(block[..<start]) + [""] + prose
        }
    }

    /// Words at most in a heading cut into the grid.
    static let maxHeadingWords = 6

    /// A numbered heading cut at the column edges: "3 Tekninen" / "2.1 Talous" in the label cell (a
    /// section number of one or two digits a level, then a capital), the other filled cells (one at
    /// least) words, no figure, at most `maxHeadingWords` words in all.
    static func isCutHeading(_ cells: [String]) -> Bool {
        let plain = cells.map(TurnedPipeTable.plain)
        guard let label = plain.first, !SpacerPipeColumns.hasFigure(plain) else { return false }
        let words = label.split(separator: " ")
        guard words.count >= 2, let number = words.first, words[1].first?.isUppercase == true,
              number.split(separator: ".").allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              number.first?.isASCIIDigit == true else { return false }
        let rest = plain.dropFirst().filter { !$0.isEmpty }
        guard !rest.isEmpty, rest.allSatisfy({ $0.first?.isLetter == true && !$0.contains(where: \.isNumber) }) else { return false }
        return words.count + rest.reduce(0) { $0 + $1.split(separator: " ").count } <= maxHeadingWords
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
