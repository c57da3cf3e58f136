/// Text cells of a row written one cell per line (PyMuPDF's `get_text()`): the same note printed
/// in several period columns of one row, each copy on a line of its own or broken over two
/// ("hallinto-" / "palveluissa"). Proved on kemijarvi-konserni-elinvoima-ta2026: p. 26, every
/// cost centre ("MENOT" / "hallinto-" / "palveluissa" ×3 / "−334 000" / "−334 000", "Kehityksessä"
/// ×3 before TA 2026 | KS 2026), and pp. 9–10 (Joukkoliikenne, Kehittämisprojektit,
/// Maaseutuneuvontapalvelut: three periods' figures, then "siirretty" ×2, "elinkeino- ja" ×2).
/// A note printed once is never taken for a cell: one text line between rows is a label or a
/// group name, and only copies of one text next to a figure make a run.
enum RepeatedTextCells {
    /// Words a note in a cell may have ("työllisyys va", "elinkeino- ja"); longer text is prose.
    static let maxWords = 3

    /// The run of two or more identical text cells starting at line `i`, right after or right
    /// before a value line: the cell text (a break inside a word joined), how many copies, and
    /// the line after the run. `isValue`/`isLabel` are the cell-per-line reader's own tests.
    static func run(_ lines: [TextLine], at i: Int, isValue: (TextLine) -> Bool, isLabel: (TextLine) -> Bool)
        -> (text: String, count: Int, end: Int)? {
        guard let first = cell(lines, at: i, isLabel: isLabel) else { return nil }
        var count = 1, j = first.end
        while let next = cell(lines, at: j, isLabel: isLabel), next.text == first.text, next.end - j == first.end - i {
            count += 1
            j = next.end
        }
        guard count >= 2 else { return nil }
        let before = (0..<i).last { !lines[$0].isEmpty }
        let valueBefore = before.map { lines[$0].page == lines[i].page && isValue(lines[$0]) } ?? false
        let valueAfter = j < lines.count && lines[j].page == lines[i].page && isValue(lines[j])
        guard valueBefore || valueAfter else { return nil }
        return (first.text, count, j)
    }

    /// One text cell at `i`: the line, or the line and the next when a word breaks at the line
    /// end ("hallinto-" / "palveluissa" → "hallintopalveluissa").
    private static func cell(_ lines: [TextLine], at i: Int, isLabel: (TextLine) -> Bool) -> (text: String, end: Int)? {
        guard i < lines.count, isNote(lines[i], isLabel: isLabel) else { return nil }
        let text = lines[i].text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("-"), i + 1 < lines.count, lines[i + 1].page == lines[i].page,
           isNote(lines[i + 1], isLabel: isLabel), WordTraits.startsLowercase(lines[i + 1].text) {
            return (TextJoiner.join([text, lines[i + 1].text]), i + 2)
        }
        return (text, i + 1)
    }

    /// Short words without digits, in lower case at least in part: copies of a title in capitals
    /// ("VASTATTAVAA" / "VASTATTAVAA" over a balance sheet's two periods, synth katajaselkä's
    /// PyMuPDF text) head columns; a note in a cell is written as a sentence is.
    private static func isNote(_ line: TextLine, isLabel: (TextLine) -> Bool) -> Bool {
        isLabel(line) && line.words.count <= maxWords && !line.text.contains(where: \.isNumber)
            && line.text.contains(where: \.isLowercase)
    }
}
