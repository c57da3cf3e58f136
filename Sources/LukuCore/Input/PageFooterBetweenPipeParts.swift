/// A page's footer number printed between two parts of a converter's pipe table, in a text too
/// short for a run of footers: pymupdf4llm joins every page into one text and keeps the footer "1"
/// as a paragraph of its own between the last row of page 1's part and page 2's running head and
/// repeated header (hold-out hold4-11, Apache FOP's rahoituslaskelma kept in groups over two
/// pages; hold5-03, LaTeX's longtable investment programme, "1" before "Investointiosa 2026–2029").
/// `PageNumberLines` wants a run of at least three footers before it reads any as a page break (a
/// lone "10" could be a wrapped row's value), so a two-page document kept every line on page 1;
/// the footer was then dropped as page debris (`PageDebrisFilter.filterText`), and nothing told
/// `LabelHeaderRepeatedOverPage` that the table went on over a page break: the second part was read
/// as a new table of its own (240 of hold5-03's 500 figures, 8 of hold4-11's 32 missing).
///
/// Where no run is found, a footer (a line of "1", "1/2" or "Sivu 1", blank lines around it) whose
/// nearest filled line above is a pipe row, and which has a pipe row after it within
/// `PipeTableContinuation.maxLinesBetween` filled lines, ends its page, when such footers rise from
/// "1" (the first page's number: a figure fallen out of a table would have to be exactly 1 and
/// then 2, 3, … at the next breaks). It says only that a page ended there; whether the parts are one
/// table is still decided by `PipeTableContinuation` (same caption, unit and header, page debris only
/// between).
enum PageFooterBetweenPipeParts {
    /// The pages such footers mark (as `PageNumberLines.breaks`), or nil when there are none.
    static func breaks(_ lines: [Substring], feet: [PageNumberLines.Candidate]) -> (first: Int, starts: [Int: Int])? {
        let between = feet.filter { splitsPipeTable(lines, at: $0.line) }
        let run = PageNumberLines.longestRun(between)
        guard let first = run.first, first.number == 1 else { return nil }
        var starts: [Int: Int] = [:]
        for c in run { starts[c.line + 1] = c.number + 1 }
        return (first.number, starts)
    }

    /// Whether line `i` stands between a pipe row above it (blank lines aside) and one a few filled
    /// lines below it.
    static func splitsPipeTable(_ lines: [Substring], at i: Int) -> Bool {
        guard let above = lines[..<i].lastIndex(where: { !PageNumberLines.isBlank($0) }), isPipeRow(lines[above]) else {
            return false
        }
        var filled = 0
        for line in lines[(i + 1)...] where !PageNumberLines.isBlank(line) {
            if isPipeRow(line) { return true }
            filled += 1
            if filled > PipeTableContinuation.maxLinesBetween { return false }
        }
        return false
    }

    static func isPipeRow(_ line: Substring) -> Bool {
        SideBySidePipeTables.rawCells(String(line)) != nil
    }
}
