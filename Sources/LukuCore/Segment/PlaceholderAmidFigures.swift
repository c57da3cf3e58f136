/// A word standing in one number column between figures, in text without positions
/// (`pdftotext -raw`, pypdf): "5300 Kiinteistö Oy Teollisuustalon osakkeet 3 466 000 0 3 466 000
/// siirretty 3 466 000", "2050 Päiväkoti Tuulenpesän uudisrakennus 570 000 siirretty –570 000".
/// DOMAIN.md lists words among the placeholders of number columns (`siirretty`: the item was moved,
/// nothing was spent on it here); an investment table prints it in its outturn column with the
/// budget before it and the deviation after it. The label ends before the first run of figures,
/// not at the word (the row's name would swallow its budget figures), and the word is a cell of
/// its own at the place it is printed.
///
/// The figures before the word fill the columns from the first one, the word the next, the
/// figures after it the ones after that; the row is read only when one such sharing fits every
/// column. A row one cell short of the columns is read the same way only when the last column is
/// a percent column (a share of the budget used, "Käyttö-%", "Tot. %", has nothing to measure
/// when the outturn was moved), and its cells are flagged: the text does not say which column is
/// blank.
enum PlaceholderAmidFigures {
    /// The words DOMAIN.md names as placeholders of number columns. Only these: a word after a
    /// figure is otherwise a unit of the label ("Hankinnat / 1.000 asukasta 426 432 439 352",
    /// kauhava p. 95, whose figures would also share the columns with "asukasta" as a cell).
    static let placeholders: Set<String> = ["siirretty"]

    /// The row's label, its number tokens and how many of them come before the word, when the
    /// row reads label, figures, one lowercase word, figures. `split`: where the trailing figures
    /// start (`TextTableBuilder.tailStart`).
    static func parse(_ words: [String], split: Int) -> (label: [String], numbers: [String], before: Int, word: String)? {
        guard split >= 3, split < words.count else { return nil }
        let word = words[split - 1]
        guard isPlaceholderWord(word) else { return nil }
        let head = Array(words[..<(split - 1)])
        let start = TextTableBuilder.tailStart(head)
        guard start > 0, start < head.count else { return nil }
        let before = Array(head[start...])
        // A year amid words is part of a sentence ("… v. 2026 siirretty 12 …").
        guard before.contains(where: { $0.contains(where: \.isNumber) }),
              !(before.count == 1 && WordTraits.isYear(before[0])) else { return nil }
        return (Array(head[..<start]), before + Array(words[split...]), before.count, word)
    }

    /// A placeholder word as printed in a number column ("siirretty").
    static func isPlaceholderWord(_ word: String) -> Bool {
        placeholders.contains(word)
    }

    /// The row's cells, or nil when no sharing of the columns fits.
    static func cells(numbers: [String], before: Int, word: String, columns: [Column]) -> [Cell?]? {
        let n = columns.count
        let left = Array(numbers[..<before]), right = Array(numbers[before...])
        guard !left.isEmpty, !right.isEmpty else { return nil }
        var widths = [n]
        if let last = columns.last, last.header.contains("%") { widths.append(n - 1) }
        for width in widths where width >= 3 {
            var readings: [(a: Int, left: DigitSplit, right: DigitSplit)] = []
            for a in 1...(width - 2) {
                guard let l = DigitRunSplitter.split(left, columns: a),
                      let r = DigitRunSplitter.split(right, columns: width - 1 - a) else { continue }
                readings.append((a: a, left: l, right: r))
            }
            guard let reading = readings.first else { continue }
            let doubtful = readings.count > 1 || width < n || reading.left.ambiguous || reading.right.ambiguous
            var cells = Array(repeating: Cell?.none, count: n)
            for (c, text) in reading.left.numbers.enumerated() {
                cells[c] = CellReader.cell(text, column: columns[c], doubtful: doubtful)
            }
            cells[reading.a] = Cell(text: word, flags: doubtful ? [.ambiguousSplit] : [])
            for (k, text) in reading.right.numbers.enumerated() {
                let c = reading.a + 1 + k
                cells[c] = CellReader.cell(text, column: columns[c], doubtful: doubtful)
            }
            return cells
        }
        return nil
    }
}
