/// A unit line printed right above a column header stacked one cell per line ("1 000 euroa" /
/// "Tilinpäätös" / "2020" / "Tilinpäätös" / "2019" at the top of a page of synth kivimaki in
/// `pdftotext -raw`): it is the table's unit and the table's first line. Left outside, it stood
/// between the page's top and the table, so a table continued from the page before, its header
/// and unit repeated, was never joined to its first part (`TableMerger` joins a part that starts
/// its page) and the scorer, as a reader would, found half the statement.
enum UnitAboveStackedHeader {
    /// The unit of the line above `i` when that line prints nothing but a unit, is free (at or
    /// after `floor`, the line after the last table) and on the same page.
    static func unit(_ lines: [TextLine], above i: Int, floor: Int, excluded: Set<Int>) -> String? {
        let k = i - 1
        guard k >= floor, k >= 0, !excluded.contains(k), lines[k].page == lines[i].page else { return nil }
        return TableUnit.ofUnitLine(lines[k])
    }

    /// Whether line `k` is a unit alone ("t€") right above the first line of a stacked header:
    /// the line above it is no stack line, the line below it is. The stack starts after it (synth koivukyla p. 4 in `pdftotext -raw` and pypdf: "t€" /
    /// "Muutettu" / "TA 2022" / "TP" / "2022" / "Poikkeama" / "2022" / "Käyttö-" / "%"). Without
    /// this the unit, itself a column word, was the stack's first line: "t€ Muutettu TA 2022 …"
    /// headed no table, and the twelve rows under it fell into a paragraph and two headerless tables.
    static func standsApart(_ lines: [TextLine], _ k: Int) -> Bool {
        guard k + 1 < lines.count, lines[k + 1].page == lines[k].page, TableUnit.ofUnitLine(lines[k]) != nil,
              StackedHeaderLines.isStacked(lines, k + 1) else { return false }
        return !(k > 0 && lines[k - 1].page == lines[k].page && StackedHeaderLines.isStacked(lines, k - 1))
    }
}
