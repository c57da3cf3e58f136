/// A unit printed in a converter's header row, over the label column or a value column: pymupdf4llm
/// heads the balance sheets of the Word-made synthetic kivimaki (pp. 3–4) with
/// "||**1000 €**|**31.12.**|**2020**|**31.12**|**.2019**|". "1000 €" reads as an amount, so the
/// row was taken for the table's first data row and its "1000 €" for a label holding a figure,
/// which kept `MarkerLabelColumn` from joining the marker column "A", "I", "1." to the labels. A
/// cell that is a unit alone (`TableUnit.isUnitCell`: "1000 €", "1 000 euroa", "t€") beside other
/// header words is no figure when deciding whether the first row is a header. A row of units
/// alone ("||1000 €|", the state budget in pymupdf4llm) stays the unit row `TextTableBuilder` reads
/// as the table's unit, which `PipeTableContinuation` matches across pages.
enum UnitHeaderCell {
    /// `cell` of the row `cells` (label first) is a unit among header words.
    static func isUnit(_ cell: String, in cells: [String]) -> Bool {
        TableUnit.isUnitCell(cell) && cells.dropFirst().contains { !$0.isEmpty && !TableUnit.isUnitCell($0) }
    }
}
