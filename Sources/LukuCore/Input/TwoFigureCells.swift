/// A converter's pipe table that drew no bound between two value columns, so each cell of the
/// merged column holds two figures on two `<br>` lines. pymupdf4llm writes two of the toteutuminen
/// tables of lapua-sivla-poytakirja-2024-11-21 (p. 18: "sisäinen hallinto", and the investments
/// "Yläkoulun irtaimisto … Lukio") as "||**TA 2024 **|**Tot. 09/2024 Tot-%**|" over
/// "|Toimintakulut *)|-643.630|-493.853<br>76,7|" and "|Lukio|-10.000|-245<br>2,5|": the header
/// names both columns in one cell, and the cells hold the amount and the percentage. Read as
/// drawn, the cell is two numbers in one (`TabCellReader` flags it `merged`).
/// When every cell of a value column that holds a digit is exactly two figure lines (at least
/// `minRows` of them, and the label cells single lines, so they are not rows stacked at a page
/// break, `PipeCellBreaks`), the column is two: line one in the first, line two in the second.
/// The header cell stays over the first (its text is not cut: the printed split is not in it) and
/// the second has none. No figure changes or moves between rows.
enum TwoFigureCells {
    /// Fewer two-figure cells than this do not show the missing bound.
    static let minRows = 2

    /// The text with every such column split in two.
    static func reorder(_ text: String) -> String {
        PipeTableBlocks.rewriteEach(text, rewrite)
    }

    /// The block's lines with its two-figure columns split, or nil when it has none.
    static func rewrite(_ block: [String]) -> [String]? {
        var rows = block.compactMap(SideBySidePipeTables.rawCells)
        guard rows.count == block.count, let width = rows.first?.count, width >= 3,
              rows.allSatisfy({ $0.count == width }),
              let rule = rows.firstIndex(where: FigureInLabelCell.isAlignment), rule >= 1 else { return nil }
        let body = rows[(rule + 1)...]
        guard body.allSatisfy({ PipeCellBreaks.lines($0[0]).lines.count <= 1 }) else { return nil }
        let columns = (1..<width).filter { c in
            let withDigits = body.map { $0[c] }.filter { $0.contains(where: \.isASCIIDigit) }
            return withDigits.count >= minRows && withDigits.allSatisfy { figures($0) != nil }
        }
        guard !columns.isEmpty else { return nil }
        for c in columns.reversed() {
            for k in rows.indices {
                let second: String
                if k == rule {
                    second = "---"
                } else if k < rule {
                    second = ""
                } else if let (a, b) = figures(rows[k][c]) {
                    rows[k][c] = a
                    second = b
                } else {
                    second = ""
                }
                rows[k].insert(second, at: c + 1)
            }
        }
        return rows.map { "|" + $0.joined(separator: "|") + "|" }
    }

    /// The two figures of a cell of exactly two figure lines, else nil.
    static func figures(_ cell: String) -> (String, String)? {
        let segments = PipeCellBreaks.split(cell).filter { !PipeCellBreaks.lines($0).lines.isEmpty }
        guard segments.count == 2, segments.allSatisfy(FigureInLabelCell.isFigure) else { return nil }
        return (segments[0], segments[1])
    }
}
