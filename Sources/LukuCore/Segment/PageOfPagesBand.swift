/// A report engine's page footer (or header) band: free text at the left margin and, at the right
/// end of the same line, the page of pages `Sivu 1 / 3` (JasperReports' `$V{PAGE_NUMBER}` with an
/// evaluation-time-report total, SSRS's `Globals!PageNumber of TotalPages`, iText's page template;
/// also `Sivu 1/3`, `Sivu 1 (3)`). The band is page furniture (DOMAIN.md "Page debris"), but a
/// lone "1 / 2" is not all it holds ("Talousraportointi / HOLD6 Sivu 1 / 2"), so `PageDebrisFilter`
/// kept it, and in a report of two pages (too few for a running footer) it stood after the last
/// row of page 1: the table did not end its page, and its part on page 2 was not joined to it
/// (hold-out set 6: hold6-08, a board's MENOT / TULOT / NETTOMENO moved whole to page 2, 18 figures
/// missing; hold6-01, TOIMINTAKATE alone on page 2, 6 missing; hold6-12, an account report).
///
/// Matched: a page's first or last line that ends with "Sivu" and a page of pages n ≤ N (whole
/// numbers, at most `PageDebrisFilter.maxPageNumber`), with no figure among the words before it
/// (a table row never ends in a page of pages; the band's left text is a title, a system's name or
/// a run date; a year in it is its title's, `isTitleYear`). The word "Sivu" is required: a bare
/// "1 / 2" at a line's end could be a fraction or a row's last cells.
enum PageOfPagesBand {
    /// The word that says "page", compared case-insensitively (`WordedPageFooter.words`).
    static let pageWords = WordedPageFooter.words
    /// Most words before "Sivu": a band's left text is short.
    static let maxLeadWords = 12

    static func matches(_ line: TextLine) -> Bool {
        line.tabCells == nil && matches(line.words.map(\.text))
    }

    static func matches(_ words: [String]) -> Bool {
        guard let s = words.lastIndex(where: { pageWords.contains($0.lowercased()) }),
              s <= maxLeadWords, s + 1 < words.count,
              let (n, total) = pageOfPages(words[(s + 1)...].joined()),
              n >= 1, n <= total, total <= PageDebrisFilter.maxPageNumber
        else { return false }
        // The left text holds no figure: a row's cells would. A year is the report's title
        // (`isTitleYear`), not a figure.
        return !words[..<s].contains { FinnishNumber.parse($0) != nil && !isTitleYear($0) }
    }

    /// A year or a span of years in the band's title: "2026", "2026–2029" (an FPDF report's
    /// `header()` prints its title, `Investointiohjelma 2026–2029 · Talousarvio 2026`, before
    /// `Sivu 2/2`: hold-out set 8, hold8-03, whose table's second page under the band was read as
    /// a table of its own, 49 rows missing). A row's figures are not years of 1900–2100 with
    /// nothing else before "Sivu n/N".
    static func isTitleYear(_ word: String) -> Bool {
        let parts = word.split(omittingEmptySubsequences: false) { $0 == "–" || $0 == "-" }
        return (1...2).contains(parts.count) && parts.allSatisfy { WordTraits.isYear(String($0)) }
    }

    /// "1/3" or "1(3)" (the words after "Sivu" joined without spaces) → (1, 3).
    static func pageOfPages(_ s: String) -> (Int, Int)? {
        var text = Substring(s)
        if text.last == ")" {
            text = text.dropLast()
            guard let open = text.firstIndex(of: "(") else { return nil }
            return pair(text[..<open], text[text.index(after: open)...])
        }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        return pair(text[..<slash], text[text.index(after: slash)...])
    }

    private static func pair(_ a: Substring, _ b: Substring) -> (Int, Int)? {
        guard (1...4).contains(a.count), (1...4).contains(b.count), a.allSatisfy(\.isASCIIDigit),
              b.allSatisfy(\.isASCIIDigit), let n = Int(a), let m = Int(b) else { return nil }
        return (n, m)
    }
}
