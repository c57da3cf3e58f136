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
}
