/// A column header cell of the document's own word before a period ("Raami 2025" beside "TP 2023",
/// "TA 2024", "TA 2025"): a column heading like the kinds (design/DOMAIN.md), though no kind word
/// names it. markitdown's Markdown of lapua-ta2025-lautakuntien-talousarviot p. 2 prints three
/// boards' tables in one pipe grid, each board's header a row of its own inside it
/// ("| KAUPUNGINVALTUUSTO | TP2023 | TA 2024 | Raami 2025 | | TA 2025 |" under VAALIT's rows); the
/// row heads a new table only when every value cell of it is a heading, this one included
/// (`TabHeaderCaption.startsHeader`). The plain-text header reads the same words the same way
/// (`PlainHeader`'s named period, `pdftotext -layout` of the same pages).
enum NamedPeriodHeaderCell {
    /// One capitalised word of letters and a period after it ("Raami 2025", "Kehys 2026"), nothing else.
    static func matches(_ cell: String) -> Bool {
        let words = cell.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        guard words.count == 2, let first = words[0].first, first.isUppercase,
              words[0].count >= 2, words[0].allSatisfy(\.isLetter) else { return false }
        return PlainHeader.isPeriod(words[1]) && !ColumnHeader.isHeaderToken(words[0])
    }
}
