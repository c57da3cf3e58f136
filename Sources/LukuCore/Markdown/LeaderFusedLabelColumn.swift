/// A pipe table whose converter drew no bound between the label and the first value column where
/// a dot leader runs from one to the other: each row's label, leader and first figure are one
/// cell, and the header row names only the value columns. pymupdf4llm writes hold-out 12's
/// rahoituslaskelma (p. 1, solid leaders, trailing minus) as "|**1.1.–30.6.**<br>**2025**|
/// **1.1.–30.6.**<br>**2024**|" over "|Vuosikate ........ 1 023 602,41|5 360 268,52|"; read as drawn
/// the label is "Vuosikate ........ 1 023 602,41" and every figure stands one column left of its
/// header. When at least `minRows` body rows open with such a cell (words, a leader of three dots
/// or more, one figure: `LeaderDotsInPipeCells.fused`), and they are at least half of the body
/// rows with words in their first cell, every row gets the bound back: a fused cell is two (label,
/// figure), any other row's first cell is a value cell under an empty label (a unit row "|€|€|"),
/// except a cell of words alone, which is a label with an empty first value; the header and the
/// alignment row get an empty label cell in front. A table of contents (one cell a row,
/// kauhava-tilinpaatos-2024 pp. 2–3) has no value cell after the fused one and is left alone.
/// No figure changes or moves between rows.
enum LeaderFusedLabelColumn {
    /// Fewer fused rows than this do not show the missing bound.
    static let minRows = 3

    /// The text with every such pipe table's first cell split in two.
    static func reorder(_ text: String) -> String {
        PipeTableBlocks.rewriteEach(text, containing: [".."], rewrite)
    }

    /// The block's lines with the fused first cell split, or nil when the block does not show it.
    static func rewrite(_ block: [String]) -> [String]? {
        let rows = block.compactMap(SideBySidePipeTables.rawCells)
        guard rows.count == block.count, let width = rows.first?.count, width >= 2,
              rows.allSatisfy({ $0.count == width }),
              let rule = rows.firstIndex(where: FigureInLabelCell.isAlignment), rule >= 1 else { return nil }
        let body = rows[(rule + 1)...]
        let worded = body.filter { plain($0[0]).contains(where: \.isLetter) }
        let fused = worded.filter { LeaderDotsInPipeCells.fused(plain($0[0])) != nil && !plain($0[1]).isEmpty }
        guard fused.count >= minRows, 2 * fused.count >= worded.count else { return nil }
        return rows.indices.map { k in
            let cells = rows[k]
            let first: [String]
            if k == rule {
                first = ["---", cells[0]]
            } else if k < rule {
                first = ["", cells[0]]
            } else if let (label, figure) = LeaderDotsInPipeCells.fused(plain(cells[0])) {
                let bold = cells[0].contains("**")
                first = bold ? ["**" + label + "**", "**" + figure + "**"] : [label, figure]
            } else if plain(cells[0]).contains(where: \.isLetter), FinnishNumber.parse(plain(cells[0])) == nil,
                      !TableUnit.isUnitCell(plain(cells[0])) {
                first = [cells[0], ""]
            } else {
                first = ["", cells[0]]
            }
            return "|" + (first + cells.dropFirst()).joined(separator: "|") + "|"
        }
    }

    /// The cell's text without bold or italic marks.
    private static func plain(_ cell: String) -> String {
        PipeCellBreaks.lines(cell).lines.joined(separator: " ")
    }
}
