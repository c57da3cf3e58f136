/// Rows that print a unit after every figure ("3 037 970 € 63 233 € 3 101 203 € 3 235 232 €
/// 134 029 € 104,3 %") show their cells by the units: one cell per "€" or "%". In one-row-per-line
/// text (`pdftotext -raw`) a spanning header line above the column headers ("Talousarvio 2025" over
/// TA / Muutokset / TA+muutokset, hold-out 11 pp. 1–2, two tables) is read as one more column, and
/// the splitter then cuts a figure in two to fill it ("3 235 | 232 €"). When every number row of
/// a table (at least `minRows`) cuts into the same count of unit-ended figures, fewer than the
/// header names, the table has that many columns, the header's last ones: a spanning line is
/// printed above the headers it spans, so its words come first. Rows with a figure without a unit
/// ("-0,1" after "-2 371 €", synth pihlajaniemi pp. 5–8) or a count that differs leave the table alone.
enum SuffixDelimitedCells {
    static let minRows = 3

    /// The figures of a row cut at each "€" or "%" that ends one; nil when any part is no number,
    /// a word follows the last unit, or fewer than `EuroSuffixedNumbers.minSuffixed` end in "€".
    static func cells(_ words: [String]) -> [String]? {
        var cells: [String] = []
        var part: [String] = []
        for w in words {
            part.append(w)
            guard w == "€" || w == "%" else { continue }
            let text = part.joined(separator: " ")
            guard part.count >= 2, FinnishNumber.parse(text) != nil else { return nil }
            cells.append(text)
            part = []
        }
        guard part.isEmpty, cells.filter({ $0.hasSuffix("€") }).count >= EuroSuffixedNumbers.minSuffixed else { return nil }
        return cells
    }

    /// The one count of unit-ended figures every row holds, when it is below `header` and at least 2.
    static func count(_ tails: [[String]], header: Int) -> Int? {
        guard tails.count >= minRows else { return nil }
        let counts = Set(tails.map { cells($0)?.count ?? 0 })
        guard counts.count == 1, let m = counts.first, m >= 2, m < header else { return nil }
        return m
    }
}
