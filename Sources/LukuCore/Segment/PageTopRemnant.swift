/// The last row of a table printed alone at the top of the next page, without the header
/// repeated: "Netto 5 304 000 …" over the next heading on p. 8 of synth katajaselka (the
/// hyvinvointilautakunta table of p. 7), "Investointiosa" / "yhteensä -29.610.000,00 …" on p. 8
/// of synth pauhaniemi (the investment table of p. 7). One data line with no header is no table
/// of its own, but it is one when it opens its page right after a table that ended the page
/// before: it is read as a table that only continues that one (`TableDraft.onlyContinues`), and
/// `TableMerger` drops it, its lines left as text, unless its values stand in that table's columns.
enum PageTopRemnant {
    /// True when line `first` is the first line of its page (a region starting there may be a remnant).
    static func opensPage(_ first: Int, lines: [TextLine]) -> Bool {
        first > 0 && first < lines.count && lines[first - 1].page != lines[first].page
    }

    /// True when the region starting at line `first` opens its page and the last table found so
    /// far (`previous`) ends the page before on the line right above it.
    static func continues(_ previous: TableDraft?, regionStart first: Int, lines: [TextLine]) -> Bool {
        guard let previous, first > 0, first < lines.count, lines[first - 1].page != lines[first].page,
              previous.lastLine == first - 1, previous.pages.last == lines[first].page - 1 else { return false }
        return true
    }
}
