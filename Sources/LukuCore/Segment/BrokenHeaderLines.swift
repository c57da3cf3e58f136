/// A plain-text column header broken over lines, as PyMuPDF's `get_text()` writes the minutes of
/// lapua-sivla-poytakirja-2024-11-21 (pages 17 and 18: "TA 2024" / "Tot. 09/2024 Tot-%", and
/// "TP 2023" / "Tot. 09/2023 Tot.-% TA 2024" / "Tot. 09/2024 Tot.-%"): consecutive short lines
/// of column words only (kinds, periods, units) are one header when together they name two or
/// more columns and the first alone does not. The header is read as if printed on one line.
enum BrokenHeaderLines {
    /// Lines joined at most.
    static let maxLines = 3

    /// The header starting at line `i` and the index of its last line, when `i` opens a header
    /// broken over lines; nil when line `i` alone is a header or no header starts there.
    static func header(_ lines: [TextLine], at i: Int) -> (header: PlainHeader, last: Int)? {
        guard isHeaderWords(lines[i]), PlainHeader(lines[i]) == nil else { return nil }
        var words = lines[i].words
        var j = i
        var found: (header: PlainHeader, last: Int)?
        // The longest run of header lines: "TP 2023" / "Tot. 09/2023 …" / "Tot. 09/2024 Tot.-%".
        while j + 1 < lines.count, j - i + 1 < maxLines, lines[j + 1].page == lines[i].page, isHeaderWords(lines[j + 1]) {
            j += 1
            words += lines[j].words
            if let header = PlainHeader(TextLine(page: lines[i].page, words: words), joiningKinds: false), header.columns.count >= 2 { found = (header, j) }
        }
        return found
    }

    /// A short line of two or more column words only, one of them a kind ("TA 2024"), set
    /// flush left: text that keeps the layout (`pdftotext -layout`) indents its header lines over
    /// their columns and stacks their words on purpose ("TA" over "2024"), which the plain-table
    /// reader joins column by column.
    private static func isHeaderWords(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        // One word per line is the stacked header of a table written one cell per line
        // ("TP" / "TA+MUUTOS" / … / "2024" / "2025", PyMuPDF's konserni page 26), not this shape.
        guard words.count >= 2, words.count <= 6, line.indent < 2, line.box == nil, line.tabCells == nil,
              line.markdownLevel == nil else { return false }
        return words.contains(where: PlainHeader.isKind)
            && words.allSatisfy { ColumnHeader.isHeaderToken($0) || PlainHeader.isPeriod($0) || PlainHeader.isKind($0) }
    }
}
