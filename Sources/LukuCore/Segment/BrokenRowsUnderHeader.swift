/// Rows broken over lines under a header broken over lines, as PyMuPDF's `get_text()` writes
/// the six-column table of lapua-sivla-poytakirja-2024-11-21 p. 18 (an HTML-to-PDF table whose
/// text spans end anywhere): "TP 2023" / "Tot. 09/2023 Tot.-% TA 2024" / "Tot. 09/2024 Tot.-%",
/// then "Toimintatuotot" with its six figures one per line, "Toimintakulut *) -29.250.652
/// -21.702.537" / "74,2" / "-28.948.150 -21.394.653" / "73,9", and "Toimintakate" likewise.
/// The first row alone looks like a table written one cell per line, which would otherwise keep
/// the header from heading it (`CellPerLineTable.startsSoon`: a unit line over one-cell-per-line
/// rows is that table's), and the cell-per-line reader cannot read the rows that hold two
/// figures on a line. The header heads the rows when, right below it, at least `minRows` rows
/// each read as a label and then exactly as many figures as the header names columns, on its
/// line and the figure lines right after it (`BrokenRowLines.rowEnd`: dot-grouped text only,
/// where a space always ends a figure), and at least one row holds a figure on its label's line
/// or two figures on one line, which text written one cell per line never does.
enum BrokenRowsUnderHeader {
    /// Rows needed below the header.
    static let minRows = 2

    /// Whether the lines after `headerEnd` are such rows for a header of `n` columns.
    static func follow(_ lines: [TextLine], after headerEnd: Int, columns n: Int) -> Bool {
        var i = headerEnd + 1, rows = 0, mixed = false
        while i < lines.count, lines[i].page == lines[headerEnd].page, lines[i].tabCells == nil {
            let words = lines[i].words.map(\.text)
            if words.isEmpty { i += 1; continue }
            let split = TextTableBuilder.tailStart(words)
            guard split > 0 else { break }
            let tail = Array(words[split...])
            guard let end = BrokenRowLines.rowEnd(lines, from: i, tokens: tail, columns: n) else { break }
            let twoOnALine = (i + 1..<end).contains { j in lines[j].words.filter { word in FinnishNumber.parse(word.text) != nil }.count >= 2 }
            if !tail.isEmpty || twoOnALine { mixed = true }
            rows += 1
            i = end
        }
        return rows >= minRows && mixed
    }
}
