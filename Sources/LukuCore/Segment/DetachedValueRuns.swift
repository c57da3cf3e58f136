/// Pages whose figures stand apart from their labels: ten or more value lines in a row with no
/// label between them. Text written one cell per line keeps each row's values under its label
/// (at most eight in a row on any real page with truth); a long run of bare figures means the
/// extractor wrote the page's columns as blocks, so the few figures that do stand under a label
/// (a percent column, a stray total) are not that row's in the printed order. Proved on the
/// PyMuPDF text of the spreadsheet-made synthetic statements (../shared/synth *-sheet-*: runs of
/// 10–131 figures on every table page, e.g. kalliosalo p. 9 "Myyntituotot" / "−924,52 €" /
/// "−1,3" with its other three figures 60 lines below) and Kauhava pp. 30, 143–144 (column
/// blocks); no page of PyMuPDF text read right has such a run.
///
/// One-row-per-line text (`pdftotext -raw`, pypdf) of the same pages writes the labels as a block
/// and then each row's figures on a line of their own with no label ("Tilikauden ylijäämä
/// (-alijäämä)" / "57 591 700,00 –205 000,00 57 386 700,00 54 121 746,61 –3 264 953,39" / … 17
/// such lines, synth pauhaselka p. 10; kalliosalo pp. 1, 6): such a line of figures alone counts
/// as a value line too (`isBareFigureRow`), so the figure rows read under the last label are
/// flagged instead of standing as that label's.
enum DetachedValueRuns {
    /// A line of figures only, no label: every word a token of a row's number tail.
    static func isBareFigureRow(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        return !words.isEmpty && TextTableBuilder.tailStart(words) == 0 && words.contains { $0.contains(where: \.isNumber) }
    }

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
