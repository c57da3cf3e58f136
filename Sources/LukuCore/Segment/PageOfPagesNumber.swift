/// A page number printed as "page (pages)": "1 (1)", "2 (2)", "18 (29)" alone on a line, the form
/// Finnish minutes and report templates put at a page's foot or head. It is page debris
/// (DOMAIN.md "Page debris") like a lone "5" or "2/157", where `PageDebrisFilter` finds it (a
/// page's first or last line, or a text line set far in), so short documents
/// lose no row to it: as a running footer it is only recognised from three pages on. In text it
/// goes as a page's first or last line or set far in (`pdftotext -layout`'s centred footer), not as
/// a margin line between blanks: the `pdftotext` default text of lapua-sivla-poytakirja-2024-11-21
/// prints "18 (29)" so inside its six-line running head, which `removeRunning` reads as one block
/// (taking that line alone out cost its p. 17–18 table two cells).
///
/// Proved on the hold-out documents hold-03 (p. 1, footer "1 (1)" read into the last row's label
/// `TOIMINTAKATE 1 (1)`, PDF and `pdftotext -layout`) and hold-04 (`NETTOMENO 1 (1)`), and on the
/// `pdftotext` default text of lapua-sivla-poytakirja-2024-11-21, whose running head prints "18 (29)"
/// on a line of its own on every page (kept there, see above). A line of values cannot take this shape: the page is at
/// most the count, both are whole numbers of at most four digits, and the line holds nothing else.
enum PageOfPagesNumber {
    /// "n (N)" with 1 ≤ n ≤ N ≤ `PageDebrisFilter.maxPageNumber`, as the line's only two words.
    static func matches(_ line: TextLine) -> Bool {
        line.tabCells == nil && matches(line.words.map(\.text))
    }

    static func matches(_ words: [String]) -> Bool {
        guard words.count == 2, let n = number(Substring(words[0])) else { return false }
        let total = words[1]
        guard total.count >= 3, total.first == "(", total.last == ")",
              let m = number(total.dropFirst().dropLast()) else { return false }
        return n >= 1 && n <= m && m <= PageDebrisFilter.maxPageNumber
    }

    private static func number(_ s: Substring) -> Int? {
        guard (1...4).contains(s.count), s.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(s)
    }
}
