/// Reads printed words into a cell: the text exactly as printed, the value when it is one
/// Finnish number, the unit printed on it (or the column's `%`), and a flag when the digits
/// were joined across a doubtful gap.
enum CellReader {
    static func cell(_ text: String, column: Column?, doubtful: Bool = false) -> Cell {
        let parsed = FinnishNumber.parse(text)
        var unit = parsed?.unit
        if unit == nil, parsed != nil, column?.unit == "%" { unit = "%" }
        return Cell(text: text, value: parsed?.value, unit: unit, flags: doubtful ? [.ambiguousSplit] : [])
    }

    /// Adds a word to what the column already holds on this line. Two numbers in one column
    /// mean the columns were misread: the cell keeps the text, loses the value and is flagged.
    /// The cell's box grows by the word's, so it covers every word read into it.
    static func append(_ word: Word, to existing: Cell?, column: Column) -> Cell {
        guard let existing else {
            var first = cell(word.text, column: column, doubtful: word.doubtfulJoin)
            first.bbox = word.box
            return first
        }
        var merged = cell(existing.text + " " + word.text, column: column,
                          doubtful: word.doubtfulJoin || existing.flags.contains(.ambiguousSplit))
        merged.bbox = BoundingBox.union(existing.bbox, word.box)
        if merged.value == nil, existing.value != nil || WordTraits.isValue(word.text) && FinnishNumber.parse(word.text) != nil {
            merged.flags.append(.merged)
        }
        return merged
    }
}
