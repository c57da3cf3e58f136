/// Pages whose figures stand apart from their labels: ten or more value lines in a row with no
/// label between them. Text written one cell per line keeps each row's values under its label
/// (at most eight in a row on any real page with truth); a long run of bare figures means the
/// extractor wrote the page's columns as blocks, so the few figures that do stand under a label
/// (a percent column, a stray total) are not that row's in the printed order. Proved on the
/// PyMuPDF text of the spreadsheet-made synthetic statements (../shared/synth *-sheet-*: runs of
/// 10–131 figures on every table page, e.g. kalliosalo p. 9 "Myyntituotot" / "−924,52 €" /
/// "−1,3" with its other three figures 60 lines below) and Kauhava pp. 30, 143–144 (column
/// blocks); no page of PyMuPDF text read right has such a run.
enum DetachedValueRuns {
    /// Value lines in a row (blank lines aside) that mark a page as written in column blocks.
    static let minRun = 10

    /// The pages holding such a run; `isValue` is the cell-per-line reader's test for a figure.
    static func pages(_ lines: [TextLine], isValue: (TextLine) -> Bool) -> Set<Int> {
        var pages = Set<Int>()
        var run = 0, page = -1
        for line in lines {
            if line.page != page { run = 0; page = line.page }
            if line.isEmpty { continue }
            run = isValue(line) ? run + 1 : 0
            if run >= minRun { pages.insert(line.page) }
        }
        return pages
    }
}
