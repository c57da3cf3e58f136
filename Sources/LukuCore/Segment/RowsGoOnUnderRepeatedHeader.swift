/// A long table whose rows go on on the next page under its header printed again, read as one
/// table while its rows are read, in text without positions (`pdftotext -raw`): the first part's
/// last row ends its page (a page number, a footer, "jatkuu" after it at most), the next page opens
/// (after its running head) with the same header line, and the rows go on under it. The
/// investment table of hold-out sets 3, 4 and 6 (Chromium's `thead` repeated with no page number;
/// Apache FOP's `table-header` under a running head that names the page's group; iText's header
/// rows under a report engine's page head and foot), about 100 rows over three or four pages.
/// DOMAIN.md: long tables repeat their header on every page; the parts are one table.
///
/// `RepeatedHeaderContinuation` joins two tables read apart, when both headers name every
/// column. These headers name four of five columns (the cost estimate's "Kustannus-" / "arvio"
/// or "€ Kustannusarvio" is on a line of its own above them), so the parts were never joined,
/// and a part of a page or two was read on its own rows: a column count from few rows, or none
/// (the last page's two total rows, unsplittable). Read on under the repeated header, every part
/// shares the first part's columns and its rows' evidence.
///
/// The lines between the parts must each be page furniture (`RepeatedHeaderContinuation.isFurniture`,
/// `MarkerRunningHeadInText`) or a copy of one of the lines right above the first part's header (its
/// upper header lines: "€ Kustannusarvio", "Talousarvio ja taloussuunnitelma", "Hanke, €",
/// "Kustannus-"); the header copy must be the same text as the header line and on the next page.
/// A title of another table between them ("Kaupunginhallitus") keeps the parts apart.
enum RowsGoOnUnderRepeatedHeader {
    /// Lines of the header block above the header line that may be printed again.
    static let linesAboveHeader = 3
    /// Lines between the parts at most: page furniture and the header's upper lines.
    static let maxBetween = RepeatedHeaderContinuation.maxFurniture + linesAboveHeader

    /// The line after the header's copy on the next page, when line `i`, right after the table's
    /// last row `last`, starts the lines between the parts; nil when the table does not go on there.
    static func resume(_ lines: [TextLine], at i: Int, header: Int, below: Range<Int>, last: Int) -> Int? {
        let page = lines[last].page
        guard header < last else { return nil }
        // The header's copy first (page numbers are compared before any text), then the lines before it.
        var between: [Int] = []
        var copy: Int?
        for k in i..<lines.count where !lines[k].isEmpty {
            guard lines[k].page == page || lines[k].page == page + 1, between.count <= maxBetween else { return nil }
            if lines[k].page == page + 1, lines[k].words.map(\.text) == lines[header].words.map(\.text) { copy = k; break }
            between.append(k)
        }
        guard let copy, between.count <= maxBetween else { return nil }
        let above = Set((max(0, header - linesAboveHeader)..<header).map { lines[$0].text }.filter { !$0.isEmpty })
        let apart = between.contains { k in
            if above.contains(lines[k].text) { return false }
            if lines[k].page == page + 1, MarkerRunningHeadInText.holds(lines, at: k) { return false }
            return !RepeatedHeaderContinuation.isFurniture(lines, at: k) || isFigureRow(lines, at: k)
        }
        guard !apart else { return nil }
        // The lines the header block held under its header line (a unit line, a wrapped column name) are printed again too.
        let under = Set(below.map { lines[$0].text }.filter { !$0.isEmpty })
        var resume = copy + 1
        while resume < lines.count, lines[resume].isEmpty || under.contains(lines[resume].text) && lines[resume].page == page + 1 { resume += 1 }
        return resume
    }

    /// A row of figures whose label words also stand at another page's edge ("€/asukas 3 931 4 159 …"
    /// at a page's foot, "€/asukas 2 180 …" near the next one's top: synth varpuvirta p. 8) is no
    /// furniture: only a page number, a continuation note or a line printed word for word at another
    /// page's edge (a running head with its date) may hold figures.
    private static func isFigureRow(_ lines: [TextLine], at k: Int) -> Bool {
        let line = lines[k]
        guard line.text.contains(where: \.isNumber), line.words.count > 2, !ContinuationTitle.core(line.text).marked else { return false }
        var firstOf: [Int: Int] = [:], lastOf: [Int: Int] = [:]
        for (j, l) in lines.enumerated() where !l.isEmpty && l.page != line.page {
            if firstOf[l.page] == nil { firstOf[l.page] = j }
            lastOf[l.page] = j
        }
        let edges = firstOf.keys.flatMap { p -> [Int] in
            guard let a = firstOf[p], let b = lastOf[p] else { return [] }
            return Array(a...min(b, a + RepeatedHeaderContinuation.edgeLines - 1)) + Array(max(a, b - RepeatedHeaderContinuation.edgeLines + 1)...b)
        }
        return !edges.contains { !lines[$0].isEmpty && lines[$0].text == line.text }
    }
}
