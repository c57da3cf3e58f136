/// A book's running head with its folio: the page number at the head's outer end, the text beside
/// it (`Talousarvio 2026 · Investointiosa 1` on a right-hand page, `2 Esimerkkikunta` on the left-hand
/// one), as DTP programs set them on facing pages (Scribus, InDesign: master pages, page numbers at
/// the outer margins). The text differs between left and right pages and from section to section,
/// so the head is not the same line on many pages (`PageDebrisFilter.removeRunning`), and in a
/// short document it stood between a table's rows on one page and their continuation on the next,
/// which became a table of its own without a head (hold-out set 10: hold10-04, an investment
/// programme threaded over two facing pages, 38 rows and 190 figures missing).
///
/// Matched: a page's first or last line whose first or last word is a folio (a whole number of
/// one to four digits, not a year, `minGapEm` apart from the next word), the other words holding no figure but years (a title's
/// `Talousarvio 2026`, `PageOfPagesBand.isTitleYear`), on at least two pages whose folios differ
/// by exactly as many pages as the pages do (page 1 → 1, page 2 → 2; or a book's 46, 47 on PDF
/// pages 3, 4). A table row at a page's edge does not number its pages.
enum FolioRunningHead {
    /// A folio stands apart from the head's text (a tab to the outer margin), at least this many
    /// ems: a numbered heading at a page's top (`2 Talous`) has one space after its number.
    static let minGapEm = 2.0

    /// The space between two words: of their boxes (PDF), or in characters (text laid out in print
    /// columns, `pdftotext -layout`, where an em is about one character); 0 otherwise.
    static func gap(_ a: Word, _ b: Word) -> Double {
        if let x = a.box, let y = b.box { return y.x0 - x.x1 }
        guard let ca = a.column, let cb = b.column else { return 0 }
        return Double(cb - ca - a.text.count)
    }

    /// The folio of a head line (a page's first or last), or nil.
    static func folio(_ line: TextLine) -> Int? {
        let words = line.words.map(\.text)
        guard line.tabCells == nil, words.count >= 2 else { return nil }
        let ends = [(words[0], words.dropFirst(), gap(line.words[0], line.words[1])),
                    (words[words.count - 1], words.dropLast(), gap(line.words[words.count - 2], line.words[words.count - 1]))]
        for (number, rest, gap) in ends {
            guard gap >= minGapEm * max(line.fontSize, 1), (1...4).contains(number.count), number.allSatisfy(\.isASCIIDigit),
                  !WordTraits.isYear(number), let n = Int(number), n >= 1, n <= PageDebrisFilter.maxPageNumber else { continue }
            if rest.contains(where: { FinnishNumber.parse($0) != nil && !PageOfPagesBand.isTitleYear($0) }) { continue }
            return n
        }
        return nil
    }

    /// The indexes (of `candidates`, each a page's first or last line) that are folio heads: at least
    /// two whose folio minus page is the same.
    static func heads(_ lines: [TextLine], candidates: [Int]) -> Set<Int> {
        var byOffset: [Int: [Int]] = [:]
        for i in candidates {
            if let n = folio(lines[i]) { byOffset[n - lines[i].page, default: []].append(i) }
        }
        var result = Set<Int>()
        for (_, indexes) in byOffset where Set(indexes.map { lines[$0].page }).count >= 2 { result.formUnion(indexes) }
        return result
    }
}
