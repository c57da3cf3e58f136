/// Plain-text rows that end in words where numbers were expected ("MENOT -318 280 -348 070 -361 424
/// siirretty siirretty"): budget tables write what happened to a cost centre into the later period
/// columns. The numbers fill the first columns, the words the last ones; the words are cut into
/// as many cells as the columns they must fill only when the cut gives equal pieces
/// ("elinkeino- ja elinkeino- ja" → two "elinkeino- ja"), else they stay one cell flagged `merged`.
enum TrailingTextCells {
    /// Most words a run of text cells may have; longer runs are prose, not cells.
    static let maxWords = 8

    /// Splits a row's words into label, number tokens and trailing text words, when the row
    /// reads label, numbers, words. nil for any other shape.
    static func parse(_ words: [String]) -> (label: [String], numbers: [String], texts: [String])? {
        guard let lastNumber = words.lastIndex(where: TextTableBuilder.isTailToken), lastNumber < words.count - 1,
              words.count - lastNumber - 1 <= maxWords else { return nil }
        var firstNumber = lastNumber
        while firstNumber > 0, TextTableBuilder.isTailToken(words[firstNumber - 1]) { firstNumber -= 1 }
        // A year amid words is part of a sentence ("Palvelut siirtyneet v. 2026 alusta …").
        guard firstNumber > 0, !(firstNumber == lastNumber && WordTraits.isYear(words[lastNumber])) else { return nil }
        return (Array(words[..<firstNumber]), Array(words[firstNumber...lastNumber]), Array(words[(lastNumber + 1)...]))
    }

    /// The row's cells: the numbers read into the first columns, the words into the rest. Among
    /// the ways to share the columns, equal repeated pieces of text win, the most pieces first.
    static func cells(numbers: [String], texts: [String], columns: [Column]) -> [Cell?]? {
        let n = columns.count
        var choice: (pieces: Int, split: DigitSplit)?
        for pieces in stride(from: min(n - 1, texts.count), through: 1, by: -1) where texts.count % pieces == 0 {
            guard let split = DigitRunSplitter.split(numbers, columns: n - pieces) else { continue }
            let size = texts.count / pieces
            let chunks = (0..<pieces).map { texts[($0 * size)..<(($0 + 1) * size)] }
            if pieces == 1 || chunks.allSatisfy({ $0.elementsEqual(chunks[0]) }) {
                choice = (pieces, split)
                break
            }
        }
        guard let (pieces, split) = choice else { return nil }
        var cells = split.numbers.enumerated().map { c, text -> Cell? in
            CellReader.cell(text, column: columns[c], doubtful: split.ambiguous)
        }
        let size = texts.count / pieces
        for p in 0..<pieces {
            cells.append(Cell(text: texts[(p * size)..<((p + 1) * size)].joined(separator: " ")))
        }
        return cells
    }
}
