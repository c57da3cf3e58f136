/// The label column's header cell holding only a unit: "€" or "1 000 €" printed in the top-left
/// cell of a table, above the labels, on the same line as the column headers ("€  Liite
/// 31.12.2025  31.12.2024", "1 000 €  TP 2024  TA 2025 …"). Tables made in Excel carry the unit in
/// their first cell, and HTML tables from publishing systems put it in the `<th>` over the labels
/// (DOMAIN.md, units; hold-out set 3: headless Chromium's print, hold3-02, -04, -05, -07, -08,
/// -09). Printed flush left it stands in the label column; right-aligned (the `<th>` style of a
/// sheet) it ends just left of the first value column. Either way it is the first cell of a
/// header line whose other cells head the value columns: the table's `unit`, the header of no
/// column. Without this rule the flush-left "€" (a header token) made the line a subtitle
/// (`HeaderZone`), so every column name was lost and a long table's pages were not joined, and
/// the right-aligned one headed a phantom empty first column that moved every cell one place right.
enum UnitInLabelHeaderCell {
    struct Found {
        /// The unit as printed, without parentheses ("1 000 €").
        var unit: String
        /// Where the unit cell is printed.
        var unitBox: BoundingBox
        /// The header line without the unit cell.
        var rest: TextLine
    }

    /// The unit cell and the rest of `line`, when the line's first cell (words a label gap apart)
    /// is a unit alone, ends left of `valueLeft` (the left edge of the table's values), and
    /// another cell that is no unit follows it. Lines without positions (text input) are never
    /// cut: without gaps the unit cannot be told from the header words.
    static func split(_ line: TextLine, valueLeft: Double, settings: TableSettings) -> Found? {
        guard line.box != nil else { return nil }
        let chunks = line.chunks(gapEm: settings.labelGapEm)
        guard chunks.count >= 2, let first = chunks.first, let firstBox = box(of: first), firstBox.x1 < valueLeft else { return nil }
        let text = first.map(\.text).joined(separator: " ")
        guard let unit = TableUnit.ofWholeText(text),
              chunks.dropFirst().contains(where: { !TableUnit.isUnitCell($0.map(\.text).joined(separator: " ")) })
        else { return nil }
        let words = Array(chunks.dropFirst().joined())
        let rest = TextLine(page: line.page, words: words, box: box(of: words), fontSize: line.fontSize, isBold: line.isBold,
                            indent: line.indent)
        return Found(unit: unit, unitBox: firstBox, rest: rest)
    }

    private static func box(of words: [Word]) -> BoundingBox? {
        words.compactMap(\.box).reduce(nil as BoundingBox?) { BoundingBox.union($0, $1) }
    }
}
