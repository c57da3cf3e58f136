/// Cells written one per line with a blank line between them, as `pdftotext` writes a table of a
/// PDF made from HTML in its default reading order: every cell is a paragraph of its own
/// ("Toimintakulut" / "" / "-23.843.300,00" / "" / "-23.843.300,00" / "" / … / "8,7%", synth
/// pauhaniemi pp. 5–7, pihlajaniemi pp. 1–4, koivukyla p. 5). One blank line between a row's label
/// and its values is no break in the row; two are (a new paragraph of prose or a new table).
/// The same order moves labels away from their figures (a group's "NETTOMENO" lines after the
/// table, synth tamminiemi p. 6, pauhaniemi p. 5) and runs column blocks together (tamminiemi
/// p. 1: "Valmistus omaan käyttöön" / "2.393.704" + "12.641.106" / "2.786.209" / "0" …, four
/// figures of three rows), so a table read this way is placed by order alone: every cell is
/// flagged `ambiguous-split`, as `ColumnBlockTable` flags its cells.
enum BlankSeparatedCells {
    /// Blank lines that may stand between two cells of one row.
    static let maxBlanks = 1

    /// The first non-blank line after `i` past at most `maxBlanks` blank lines, or `lines.count`
    /// when there is none.
    static func next(_ lines: [TextLine], after i: Int) -> Int {
        var j = i + 1, blanks = 0
        while j < lines.count, lines[j].isEmpty {
            blanks += 1
            j += 1
        }
        guard j < lines.count, blanks <= maxBlanks else { return lines.count }
        return j
    }

    /// A blank line stands right above one of the figures on these lines: the table was read
    /// across blank lines (Koha-Suomi p. 4 in `pdftotext`'s default order: "Yhteensä" / "" /
    /// "15 078,44" / "264,21" / … / "18 630,84", two column blocks of four run together).
    static func crossesBlank(_ lines: [TextLine], values: [Int]) -> Bool {
        values.contains { $0 > 0 && lines[$0 - 1].isEmpty }
    }
}
