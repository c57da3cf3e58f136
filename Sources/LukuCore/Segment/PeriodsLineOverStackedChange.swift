/// A header line of periods whose last column is stacked under it one word per line, in
/// one-row-per-line text (`pdftotext -raw`, pypdf): "2021 2020" / "Muutos" / "%" over
/// "Vuosikate 28 407 588,73 19 980 368,51 42,2%" (synth kuusimaki pp. 2–3, the rahoituslaskelma
/// and its continuation; the html and word producers wrap the change column's header, set in a
/// narrower cell, onto lines of its own). The periods line alone is a plain header of two columns,
/// so it was read as one and every row of three figures fitted no reading into two columns:
/// each kept as one `merged` text cell.
///
/// The whole run is read as one stacked header (StackedHeaderLines) when it names more columns
/// than the first line does; a periods line with no column words stacked under it is read as before.
enum PeriodsLineOverStackedChange {
    /// The stacked header starting at line `i`, when it names more columns than `plain`, the
    /// header line `i` reads as alone.
    static func wider(_ lines: [TextLine], at i: Int, than plain: PlainHeader) -> Bool {
        guard i + 1 < lines.count, lines[i + 1].page == lines[i].page, StackedHeaderLines.isStacked(lines, i + 1),
              let stacked = StackedHeaderLines.header(lines, at: i) else { return false }
        return stacked.header.columns.count > plain.columns.count
    }
}
