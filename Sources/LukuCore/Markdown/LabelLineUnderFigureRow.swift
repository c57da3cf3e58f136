/// A pipe row of figures whose label the converter left under the grid as a line of text.
/// markitdown (pdfplumber's table finder) takes a row's label out of the table when the label
/// does not sit level with its figures (a label cell aligned to the bottom of a taller row, LaTeX's
/// `\bottomrule` just under it): the row is drawn with an empty label cell and the label follows
/// the table as a line of its own. Hold-out 12 (lualatex, p. 1–2) ends three käyttötalous tables so:
/// "|     |       | 140291  | −5724455 | … |" then "NETTOMENO"; "|  | −4097389 | 846214 | … |" then
/// "NETTOMENO"; hold-out 02 (siunitx) has "|                | −128833,0 | −153040,6 |" then
/// "Toimintakulut" between the Toimintatuotot and Toimintakate rows; the sheet-made synth
/// joutsenkyla's income statement "|                     | - 127 805 |     |     | - 342 701 |" then
/// "Korkokulut" between Muut rahoitustuotot and Muut rahoituskulut.
/// A row whose cells before its figures are all empty and whose other cells are figures (two at
/// least; a year, a date or a unit is a header word, not a figure), in a pipe block where another
/// figure row has its label in the cell just left of where this row's figures start, takes the
/// line right under it as its label when that line is a short label (words with a capital first,
/// no digit, at most `maxWords` words, no sentence end). The line is taken out of the text. A
/// group heading over the next rows would look the same, so the row is read in doubt: its figures
/// are flagged (`SpacerPipeColumns.doubtMark`). No figure moves.
enum LabelLineUnderFigureRow {
    /// Words at most in a label line: more is prose or a heading.
    static let maxWords = 3
    /// Figures at least in the row: fewer do not show a row of a table.
    static let minFigures = 2

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        var taken: [Int] = []
        var blockStart = 0
        for i in lines.indices {
            guard let row = cells[i] else { blockStart = i + 1; continue }
            guard i + 1 < lines.count, cells[i + 1] == nil, !FigureInLabelCell.isAlignment(row),
                  let first = firstFigure(row), isLabelLine(lines[i + 1]) else { continue }
            // Another figure row of the block holds its label in cell `first - 1`.
            let block = cells[blockStart..<i].compactMap { $0 }.filter { $0.count == row.count && !FigureInLabelCell.isAlignment($0) }
            guard block.contains(where: { SpacerPipeColumns.hasFigure($0) && $0[first - 1].contains(where: \.isLetter) }) else { continue }
            var out = row
            out[first - 1] = " " + lines[i + 1].trimmingCharacters(in: .whitespaces) + " "
            guard let doubted = SpacerPipeColumns.doubtedLine(out) else { continue }
            lines[i] = doubted
            taken.append(i + 1)
        }
        guard !taken.isEmpty else { return text }
        for k in taken.reversed() { lines.remove(at: k) }
        return lines.joined(separator: "\n")
    }

    /// The index of the row's first figure cell when every cell before it is empty (one at least)
    /// and every filled cell from it on is a figure (`minFigures` at least); nil otherwise.
    static func firstFigure(_ row: [String]) -> Int? {
        let t = row.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = t.firstIndex(where: { !$0.isEmpty }), first >= 1 else { return nil }
        let filled = t[first...].filter { !$0.isEmpty }
        guard filled.count >= minFigures, filled.allSatisfy({ SpacerPipeColumns.isFigure($0) && !SpacerPipeColumns.isUnit($0) }) else { return nil }
        return first
    }

    /// A short label: a capital first, letters, no digit, at most `maxWords` words, no sentence
    /// end or word cut at the line's end, no Markdown heading or list mark.
    static func isLabelLine(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard let c = t.first, c.isUppercase, !t.contains(where: \.isNumber), !t.contains("|"),
              let last = t.last, !".:-–,;".contains(last) else { return false }
        return t.split(separator: " ").count <= maxWords
    }
}
