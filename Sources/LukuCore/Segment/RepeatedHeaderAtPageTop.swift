/// A table written one cell per line that goes on over a page break with its header printed
/// again at the new page's top: PyMuPDF's `get_text()` of a Word-made statement repeats the
/// header rows ("1 000 euroa" / "Tilinpäätös" / "2020" / "Tilinpäätös" / "2019", synth kivimaki
/// pp. 1–2 and 2–3; "1 000 euroa" / "Tilinpäätös 2020" / …, saarnisaari pp. 1–2) before the next
/// row's label. Read as label lines, the header ended the table (a run of labels too long for
/// one row) and the rest of the statement became a new table or prose. The header lines are
/// skipped when each of them is printed among the lines above the table's first row, at least
/// one is a period or a scale, and a label (not a figure) follows them (DOMAIN.md: "a table
/// continued on the next page with or without its header repeated").
enum RepeatedHeaderAtPageTop {
    /// Lines above the table's first row searched for the header.
    static let reach = 14

    /// The index after the repeated header starting at `i` (the first line of a page inside the
    /// table that starts at `tableStart`), or nil when the lines there are no copy of it.
    static func end(_ lines: [TextLine], at i: Int, tableStart: Int, excluded: Set<Int>,
                    isLabel: (TextLine) -> Bool) -> Int? {
        let above = Set(lines[max(0, tableStart - reach)..<tableStart].map(text).filter { !$0.isEmpty })
        var j = i, copied = 0, headerLike = false
        while j < lines.count, !excluded.contains(j), lines[j].page == lines[i].page {
            let t = text(lines[j])
            if t.isEmpty { j += 1; continue }
            guard above.contains(t) else { break }
            if ScaleLineNoFigure.applies(t) || t.split(separator: " ").contains(where: { PlainHeader.isPeriod(String($0)) }) {
                headerLike = true
            }
            copied += 1
            j += 1
        }
        guard copied >= 2, headerLike, j < lines.count, isLabel(lines[j]) else { return nil }
        return j
    }

    private static func text(_ line: TextLine) -> String { line.text.trimmingCharacters(in: .whitespaces) }
}
