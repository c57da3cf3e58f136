/// The value cells of one row of a tab-separated or pipe table. The converter drew the cell
/// bounds, so a cell that holds two numbers is two cells merged, not a range or a wrapped
/// number: pymupdf4llm writes `|-​ 16.756.130 -​ 13.155.924|78,​5|` where the PDF prints three
/// columns (lapua-sivla-poytakirja-2024-11-21 page 18), and the number lexer calls the first cell
/// "a range". Such a cell is flagged `merged`, and every cell after it in the row
/// `ambiguous-split`: once two numbers share a cell, which column each later cell belongs to is
/// no longer known.
enum TabCellReader {
    static func cells(_ texts: [String], columns: [Column]) -> [Cell?] {
        var out: [Cell?] = []
        var shifted = false
        for (c, text) in texts.enumerated() {
            guard !text.isEmpty, c < columns.count else { out.append(nil); continue }
            var cell = CellReader.cell(text, column: columns[c])
            if cell.value == nil, holdsSeveralNumbers(text) {
                cell.flags = [.merged]  // says more than `unreadable`: two numbers share the cell
                out.append(cell)
                shifted = true
                continue
            }
            if shifted, !cell.flags.contains(.ambiguousSplit) { cell.flags.append(.ambiguousSplit) }
            out.append(cell)
        }
        return out
    }

    /// Not one number, but two or more numbers, each marked whole (grouping dots, a decimal comma or
    /// a sign), with nothing but number marks around them; a range of years ("2023 - 2024") and
    /// dates or periods are text.
    static func holdsSeveralNumbers(_ text: String) -> Bool {
        guard FinnishNumber.parse(text) == nil else { return false }
        let words = text.split(whereSeparator: { FinnishNumber.isSpace($0.unicodeScalars.first!.value) || $0 == " " })
            .map { String($0.unicodeScalars.filter { !FinnishNumber.isInvisible($0.value) }.map(Character.init)) }
            .filter { !$0.isEmpty }
        let numbers = words.filter { $0.contains(where: \.isASCIIDigit) }
        guard numbers.count >= 2, words.allSatisfy({ CellReader.looksNumeric($0) || isSign($0) }) else { return false }
        if numbers.allSatisfy(WordTraits.isYear) { return false }
        // Two whole numbers, each marked as one by its grouping dots, decimal comma or sign
        // ("438.900 349.095"); "1500 000" is one number with a group run together (unreadable).
        let marked = words.indices.filter { k in
            words[k].contains(where: \.isASCIIDigit)
                && (words[k].contains(".") || words[k].contains(",") || k > 0 && isSign(words[k - 1]) || words[k].first.map { "-−–+".contains($0) } == true)
        }
        return marked.count >= 2
    }

    private static func isSign(_ word: String) -> Bool {
        word.unicodeScalars.count == 1 && (word == "+" || FinnishNumber.isMinus(word.unicodeScalars.first!.value))
    }
}
