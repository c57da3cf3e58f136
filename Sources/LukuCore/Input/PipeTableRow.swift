/// One line of a GitHub Markdown pipe table, as Markdown converters write them (Docling,
/// pymupdf4llm, markitdown): `| Toimintatuotot | 438.900 | 349.095 | 79,5 |`. Its cells feed the
/// same cell-table reader as tab-separated text. Escaped pipes (`\|`) stay in the cell, bold
/// marks are dropped (they make the row bold), and the alignment row (`|---|:--:|`) is recognised
/// so that it can be skipped.
enum PipeTableRow {
    case cells([String], bold: Bool)
    /// Several rows the converter stacked into one with `<br>` (`PipeCellBreaks`).
    case stacked([[String]], bold: Bool)
    /// A row and the bold heading line put into its label cell (`BoldHeadingLineInLabelCell`).
    case headed(row: [String], heading: [String])
    /// One row with a figure put together from the converter's marks (`MinusAmongCellLines`), read
    /// in doubt by `SpacerPipeColumns`, or with two figures in one cell (`TwoFiguresInOnePipeCell`):
    /// its values are flagged.
    case readFromMarks([String], bold: Bool)
    case alignment

    /// nil when the line is no pipe-table row.
    static func parse(_ text: Substring) -> PipeTableRow? {
        let trimmed = text.drop { $0 == " " }
        guard trimmed.first == "|" else { return nil }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for c in trimmed.dropFirst() {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "|" { cells.append(current); current = ""; continue }
            current.append(c)
        }
        // A row ends with a pipe; text after the last one is not a cell.
        guard !cells.isEmpty, current.allSatisfy({ $0 == " " }) else { return nil }
        // A row `SpacerPipeColumns` read in doubt carries its mark in front of the label.
        let doubted = cells.first?.trimmingSpaces.first == SpacerPipeColumns.doubtMark
        if doubted { cells[0] = String(cells[0].trimmingSpaces.dropFirst()) }
        let trimmedCells = cells.map { SuperscriptMarkInCell.rewritten($0.trimmingSpaces) }
        if trimmedCells.allSatisfy({ isAlignmentCell($0) }) { return .alignment }
        if let (row, heading) = BoldHeadingLineInLabelCell.rows(trimmedCells) { return .headed(row: row, heading: heading) }
        let split = trimmedCells.map(PipeCellBreaks.lines)
        let bold = split.contains(where: \.bold)
        let lines = LeaderDotsInPipeCells.cleaned(split.map(\.lines))
        if let rows = PipeCellBreaks.stackedRows(lines) { return .stacked(rows, bold: bold) }
        // A figure whose minus the converter set among its lines (`MinusAmongCellLines`).
        let minusJoined = lines.indices.map { $0 == 0 ? nil : MinusAmongCellLines.joined(lines[$0]) }
        let read = lines.indices.map { minusJoined[$0] ?? lines[$0].joined(separator: " ") }
        if doubted || minusJoined.contains(where: { $0 != nil }) || TwoFiguresInOnePipeCell.applies(read) {
            return .readFromMarks(read, bold: bold)
        }
        return .cells(read, bold: bold)
    }

    /// `---`, `:--`, `--:`, `:-:`.
    private static func isAlignmentCell(_ cell: String) -> Bool {
        var body = Substring(cell)
        if body.first == ":" { body = body.dropFirst() }
        if body.last == ":" { body = body.dropLast() }
        return body.count >= 1 && body.allSatisfy { $0 == "-" }
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\u{00A0}" }.reversed().drop { $0 == " " || $0 == "\u{00A0}" }.reversed())
    }
}
