/// A converter's table cut at a page break and written on, after blank lines, as a table of fewer
/// cells: pymupdf4llm's Markdown of the Word-made synthetic kuusiselka (p. 4, "TASEEN TUNNUSLUVUT")
/// ends the balance sheet's five-cell rows with "|Kertynytyli-/alijäämä, 1 000 €||135.801||130.808|"
/// and goes on, after three blank lines, with "|Kertynytyli-/alijäämä, €/asukas|1.537|1.482|" over
/// an alignment row of three cells. Read on as the same table, its two figures fill the first two of
/// four columns, where the truth has them in the second and fourth (the subtotal columns): which
/// columns they belong to is not in the text. A row after a gap with fewer cells than the row
/// before it, its last cell filled (so no empty cells were trimmed off its end), starts another
/// table; the rows are kept, none is placed in columns it may not belong to.
enum NarrowerBlockAfterGap {
    /// `cells` (label first), after a gap, below rows of `width` cells, is another table's row.
    static func startsAnother(_ cells: [String], width: Int) -> Bool {
        cells.count < width && cells.count >= 2 && cells.last?.isEmpty == false
    }
}
