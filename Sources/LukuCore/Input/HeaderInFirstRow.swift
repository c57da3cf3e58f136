/// A converter's pipe table whose column headers went into its first row: each value cell of that
/// row holds the header's lines and the row's figure, one `<br>` line each. pymupdf4llm writes the
/// cash-flow statement of the HTML-made synthetic tammiselka (p. 2, "RAHOITUSLASKELMA") as
/// "||Ulkoi|nen|" over "|Toiminnan rahavirta|Tilinpäätös<br>2024<br>1 000 euroa<br>13 784|…|", and
/// that of the spreadsheet-made synthetic kalliosalo (p. 2) as "||**Kunt**|**a**||" over
/// "|**Toiminnan rahavirta**|**TP**<br>**2024**<br>**665 210,64 €**|…|**346,9**<br>**Muutos**<br>**%**|"
/// (the figure first or last). Read as drawn, the row's cells are text and the columns have no kind.
/// When every filled value cell of the first row under the alignment row (two at least) holds
/// exactly one figure line (no year, no unit alone) and other lines, and its label cell no figure,
/// the other lines are appended to the header cell above, and the figure alone is the row's cell.
/// No figure changes or moves.
enum HeaderInFirstRow {
    /// The text with every such first row's header lines moved up into the header.
    static func reorder(_ text: String) -> String {
        guard text.contains("<br") || text.contains("<BR") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for r in lines.indices.dropFirst().dropLast() {
            guard let rule = SideBySidePipeTables.rawCells(lines[r]), FigureInLabelCell.isAlignment(rule),
                  var head = SideBySidePipeTables.rawCells(lines[r - 1]),
                  var first = SideBySidePipeTables.rawCells(lines[r + 1]),
                  head.count == first.count, first.count >= 3,
                  !PipeCellBreaks.split(first[0]).contains(where: FigureInLabelCell.isFigure) else { continue }
            var moved: [Int: (header: [String], figure: String)] = [:]
            for c in first.indices.dropFirst() where !PipeCellBreaks.lines(first[c]).lines.isEmpty {
                guard let split = headerAndFigure(first[c]) else { moved = [:]; break }
                moved[c] = split
            }
            guard moved.count >= 2, moved.count == first.indices.dropFirst().filter({ !PipeCellBreaks.lines(first[$0]).lines.isEmpty }).count
            else { continue }
            for (c, split) in moved {
                head[c] = ([head[c]].filter { !PipeCellBreaks.lines($0).lines.isEmpty } + split.header).joined(separator: "<br>")
                first[c] = split.figure
            }
            lines[r - 1] = "|" + head.joined(separator: "|") + "|"
            lines[r + 1] = "|" + first.joined(separator: "|") + "|"
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The header lines and the one figure line of a cell, or nil.
    static func headerAndFigure(_ cell: String) -> (header: [String], figure: String)? {
        let segments = PipeCellBreaks.split(cell).filter { !PipeCellBreaks.lines($0).lines.isEmpty }
        let figures = segments.filter(FigureInLabelCell.isFigure)
        guard segments.count >= 2, figures.count == 1, let figure = figures.first else { return nil }
        return (segments.filter { $0 != figure }, figure)
    }
}
