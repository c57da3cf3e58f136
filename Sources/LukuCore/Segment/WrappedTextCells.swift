/// A converter's pipe row that holds only the second printed line of the word cells above it.
/// pymupdf4llm writes each printed line of a table as a pipe row of its own, so a cell that wraps
/// in the PDF becomes a row with an empty label: Kemijärvi konserni p. 26 (the cost centres moved
/// to other departments) prints "hallinto-" / "palveluissa" in each of the three past-period
/// columns, "|MENOT|hallinto-|hallinto-|hallinto-|−334 000|−334 000|" then
/// "||palveluissa|palveluissa|palveluissa|||"; its goal tables (pp. 21, 25) wrap a measure the same
/// way ("|Riskienhallinnan parantaminen|Laaditaan elinkeino- ja|…|" / "||työllisuuspalveluille||").
/// A row with no label whose every non-empty cell is words, each under a cell of text in the row
/// above (never under a number or an empty cell), goes on with those cells; a row holding any
/// number is never joined, so no figure moves. The wrapped words are joined as the PDF path joins
/// wrapped lines (`TextJoiner`: "hallinto-" + "palveluissa" → "hallintopalveluissa").
enum WrappedTextCells {
    /// `cells` (label first) is the wrapped second line of the word cells of `above`.
    static func continues(_ cells: [String], above: [String]) -> Bool {
        guard cells.count == above.count, cells.count >= 2, cells[0].isEmpty else { return false }
        let filled = cells.indices.dropFirst().filter { !cells[$0].isEmpty }
        guard !filled.isEmpty else { return false }
        return filled.allSatisfy { isWords(cells[$0]) && isText(above[$0]) }
    }

    /// The rows with each wrapped line joined onto the row above it.
    static func join(_ rows: [[String]]) -> [[String]] {
        TextJoiner.joinRows(rows) { continues($0, above: $1) }
    }

    /// A cell of text above: letters in it, and not one number (a wrapped measure may name a year:
    /// "toteutus keväällä 2024, kyselyjen vertailu aiempiin", tp2024 p. 2).
    static func isText(_ cell: String) -> Bool {
        cell.contains(where: \.isLetter) && FinnishNumber.parse(cell) == nil
    }

    /// Words, no figure: "palveluissa", "hallinto- palveluissa", a year among words ("vuoden 2025
    /// suunnitelmiin.", tp2024 p. 2); not "−334 000", "2026" or "x 12".
    static func isWords(_ cell: String) -> Bool {
        let tokens = cell.split(separator: " ").map(String.init)
        guard tokens.contains(where: { $0.contains(where: \.isLetter) }) else { return false }
        return !tokens.contains { FinnishNumber.parse($0) != nil && !WordTraits.isYear($0) }
    }
}
