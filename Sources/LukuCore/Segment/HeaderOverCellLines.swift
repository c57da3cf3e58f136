/// A header line of a table written one cell per line heads that table, not rows of its own:
/// PyMuPDF writes each column name of such a table on a line of its own, and one of them may read
/// as a whole header ("Muutettu TA 2019" among "Toteutuma 2018" / "Talousarvio 2019" /
/// "TA-muutokset" / … / "Tot. %", synth honkakoski pp. 5–6; "Talousarvio muutosten jälkeen" /
/// "Toteutuma 2024" / … / "€", synth saarnijoki pp. 5–6; koivukyla p. 4 "Muutettu TA 2022";
/// kuusiselka pp. 6, 8 and varpuvirta p. 7, Word-made). Read as a header of one row per line,
/// each value line became a row and its digits were split into the header's two columns
/// ("1 732" / "976,22", all flagged). The header heads the cells below it when only label lines
/// (no figure but a year) and unit lines stand between it and the first row written one cell per
/// line (a label, then two value lines), within a few lines, and the cell-per-line reader takes a
/// table there. (It takes none under "Tot. 09/2023 Tot.-% TA 2024" in lapua-sivla p. 18:
/// "Toimintatuotot" / six value lines is followed by rows with their values on the label's line,
/// "Toimintakulut *) -29.250.652 -21.702.537" / "74,2" / …, which the header's own reading takes.)
enum HeaderOverCellLines {
    /// Lines after the header within which the first row must start (kuusiselka p. 6: eleven
    /// name and unit lines, then a group name, under "TA 2020").
    static let reach = 20

    static func heads(_ lines: [TextLine], at i: Int, cells: CellPerLineTable, excluded: Set<Int>) -> Bool {
        var j = i + 1
        while j < min(lines.count, i + reach) {
            let line = lines[j]
            // (Unit lines under the names, "1000 €" ×4, kuusiselka p. 6, are the header's too.)
            if line.isEmpty || TableUnit.ofUnitLine(line) != nil { j += 1; continue }
            // (A row's own label may open with its project code, "7020 Nuorisotilan muutostyöt":
            // `CodedRowLabel`.)
            let rowStart = j + 2 < lines.count && cells.isValue(lines[j + 1]) && cells.isValue(lines[j + 2])
            guard cells.isLabel(line), line.words.allSatisfy({ FinnishNumber.parse($0.text) == nil || WordTraits.isYear($0.text) })
                    || rowStart && CodedRowLabel.applies(line)
            else { return false }
            if rowStart {
                // The table may start at a group name above the row ("Toimintatuotot" over "Myyntituotot").
                return (i + 1...j).contains { cells.table(lines, from: $0, excluded: excluded) != nil }
            }
            j += 1
        }
        return false
    }
}
