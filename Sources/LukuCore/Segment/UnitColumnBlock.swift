/// A unit line that heads one column of a table written in column blocks (`pdftotext` default
/// order), not a one-value outline: the column's period is the line right above it ("2024" /
/// "1 000 €", kauhava-tilinpaatos-2024 page 49, the group's cash-flow statement, whose 2023
/// column follows later on the page as a block of values under "2023" / "1 000 €"), or another
/// unit heads the next column right beside it ("1 000 €" / "%", the same document's page 38,
/// income and costs with their shares: the "%" line, right below a unit, heads a column too). Such a table holds one column of several and which value
/// belongs to which row is only probable, so `UnitHeadedTextTable`'s cells from it are flagged
/// `ambiguous-split` and the page gets a `column-blocks` warning. The state budget's own text
/// extract (../shared/real, a title line above "1000 €", a caps title below it) is no such table.
enum UnitColumnBlock {
    /// The unit line at `i` heads a column of column blocks.
    static func headsBlock(_ lines: [TextLine], at i: Int) -> Bool {
        let above = nonEmpty(lines, from: i - 1, step: -1).flatMap { lines[$0].page == lines[i].page ? $0 : nil }
        let below = nonEmpty(lines, from: i + 1, step: 1).flatMap { lines[$0].page == lines[i].page ? $0 : nil }
        if let above, isBarePeriod(lines[above]) || isUnit(lines[above]) { return true }
        if let below, isUnit(lines[below]) { return true }
        return false
    }

    /// A unit alone on its line ("%", "1 000 €").
    private static func isUnit(_ line: TextLine) -> Bool {
        line.text.trimmingCharacters(in: .whitespaces) == "%" || TableUnit.ofUnitLine(line) != nil
    }

    /// The drafts with every cell flagged `ambiguous-split`, and the warning for their page.
    static func flagged(_ drafts: [TableDraft], page: Int) -> ([TableDraft], Issue) {
        let marked = drafts.map(ColumnBlockPages.flagEveryCell)
        return (marked, Issue(severity: .warning, code: "column-blocks", page: page,
                              message: "a unit line heading one column of column blocks (a period above it, or a second unit below it, as `pdftotext` writes tables by default): the values read under it are one column of several and which row each belongs to is only probable; all flagged ambiguous-split; use `pdftotext -layout` or the PDF"))
    }

    private static func isBarePeriod(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        return words.count == 1 && PlainHeader.isPeriod(words[0])
    }

    private static func nonEmpty(_ lines: [TextLine], from start: Int, step: Int) -> Int? {
        var j = start
        while j >= 0, j < lines.count {
            if !lines[j].isEmpty { return j }
            j += step
        }
        return nil
    }
}
