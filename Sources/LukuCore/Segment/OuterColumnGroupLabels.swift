/// A converter's table that sets its item labels in the second column and its group and total
/// labels in the first: markitdown's Markdown of Word-made balance sheets (synth kuusimaki p. 3,
/// "| PYSYVÄT VASTAAVAT | | | | 143 994 254,86 | | 142 344 216,24 |" over
/// "| | Aineettomat hyödykkeet | | | | 1 105 714,82 | 1 176 969,87 |"; varpuvirta p. 4, the
/// lyhytaikainen vieras pääoma's items under an empty first cell, then "| Vastattavaa yhteensä |
/// | | | 399 201 212 | | | 404 144 879 |"). Every row fills one of the two cells, never both: a group's
/// label stands further left, as the page indents its items. Read as drawn, the items' labels are
/// a column of words and their labels empty, so the rows were lost. When no row fills both first
/// cells, every filled second cell is words, and at least `minRows` rows have an empty first cell,
/// words in the second and a figure after it, the two cells are one label (as `EmptyLabelColumn`
/// reads a first column that is empty in every row). Value cells are not touched.
enum OuterColumnGroupLabels {
    /// Fewer item rows with figures than this do not make a table of it.
    static let minRows = 3

    static func applies(_ rows: [[String]]) -> Bool {
        guard rows.allSatisfy({ $0.count >= 3 && ($0[0].isEmpty || $0[1].isEmpty) }),
              rows.contains(where: { !$0[0].isEmpty }) else { return false }
        let labels = rows.map { $0[1] }.filter { !$0.isEmpty }
        guard labels.allSatisfy({ $0.contains(where: \.isLetter) && FinnishNumber.parse($0) == nil }) else { return false }
        // A first cell holding a figure is a value column, not a label.
        guard rows.allSatisfy({ FinnishNumber.parse($0[0]) == nil }) else { return false }
        return rows.filter { $0[0].isEmpty && !$0[1].isEmpty && $0.dropFirst(2).contains { FinnishNumber.parse($0) != nil } }.count >= minRows
    }
}
