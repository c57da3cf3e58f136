/// Rows printed with empty cells, one under another, inside a table written one cell per line.
/// A balance sheet prints every item of the formula, those without a balance too, so PyMuPDF's
/// text of the HTML-made synth tammiselka (p. 3) has "B TOIMEKSIANTOJEN VARAT" / "0" / "0", then
/// "Valtion toimeksiannot" / "Lahjoitusrahastojen erityiskatteet" / "Muut toimeksiantojen varat"
/// with no value lines, then "C VAIHTUVAT VASTAAVAT" / "72 793" / "75 891"; its vastattavaa and
/// p. 3's saamiset ("Myyntisaamiset" … under "Pitkäaikaiset saamiset" / "0" / "0") the same, and
/// the HTML-made honkakoski's euro income statement (p. 7) "Satunnaiset erät" / "Satunnaiset
/// tuotot" / "Satunnaiset kulut" / "Satunnaiset erät yhteensä" / "0,00" / "0,00". `CellPerLineTable`
/// ends a table after `maxLabelRun` label lines, so each such run cut the statement in two and
/// the rows after it were lost to the statement. A longer run stays in the table only when the text
/// shows it is rows of the same table: at most `maxRun` lines, each an item name (no digit, no
/// unit or per cent sign, no sentence end, short: no page number, period, running head or prose),
/// all on the page of the rows around them, and the row under the run holds exactly as many value
/// lines as the row above it (k ≥ 2). The lines before the run's last label become label-only rows,
/// as any label run does; no value moves.
enum EmptyItemRowsInCellLines {
    /// Label lines in a run at most (three rows with empty cells, a group name and its row).
    static let maxRun = 6
    /// Characters of an item name at most: a longer line is prose.
    static let maxNameLength = 60

    /// Whether the label run `run` (the labels above line `i`, itself a label) goes on in the table:
    /// the run, `i` and any label lines after it are item names on the page of `i`, at most `maxRun`
    /// in all, and the value lines after them are exactly `previous` (≥ 2), the count of the row above.
    static func continues(_ lines: [TextLine], at i: Int, run: [String], previous: Int,
                          isValue: (TextLine) -> Bool, isLabel: (TextLine) -> Bool) -> Bool {
        guard previous >= 2, run.allSatisfy(isItemName) else { return false }
        var count = run.count
        var j = i
        while j < lines.count, !isValue(lines[j]) {
            if !lines[j].isEmpty {
                guard lines[j].page == lines[i].page, isLabel(lines[j]), isItemName(lines[j].text) else { return false }
                count += 1
                guard count <= maxRun else { return false }
            }
            j += 1
        }
        var values = 0
        while j < lines.count, lines[j].page == lines[i].page, isValue(lines[j]) { values += 1; j += 1 }
        return values == previous
    }

    /// A line that can name a balance sheet's or a statement's item: no digit (page numbers,
    /// periods, dates), no "€" or "%" (units), no sentence end or colon, not long.
    static func isItemName(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= maxNameLength, !t.contains(where: \.isNumber) else { return false }
        guard !t.contains("€"), !t.contains("%"), t.last != ".", t.last != ":" else { return false }
        return t.contains(where: \.isLetter)
    }
}
