/// A text table's row (header-less, or under a header line) whose reading into the table's count makes one figure far larger
/// than every figure of the other rows, when its digits also read into more columns: "IV
/// Tilikauden ylijäämä (alijäämä) -9 780 118 870 11 263 128 695" under rows of "69 184 69 184",
/// "1 230 1 275", "58 236 46 973" (synth kivimaki p. 4 in `pdftotext -raw` and pypdf) and "IV
/// Tilikauden yli-/alijäämä -13 710 127 148 2 279 140 858" under "68 311 68 311" (synth
/// honkakoski p. 3, under "31.12.2019 31.12.2018"): the row is a balance sheet group's last line holding the item and the
/// group's subtotal for each year (-9 780 | 118 870 | 11 263 | 128 695), which the two-column
/// reading fuses into ten-digit numbers. Rows of one statement keep to a few orders of magnitude,
/// so a figure with `minExtraDigits` more integer digits than any other row's figure is taken as
/// figures read together, and the row is doubtful (`ambiguous-split`) — never re-read, since
/// which split is right is not in the text.
enum OutsizedJoinedFigure {
    /// A thousandfold and more beyond every other row's largest figure.
    static let minExtraDigits = 4

    /// Indices of the rows (into `readings`) whose largest figure is outsized and whose digits
    /// also read into more than `columns` cells. `readings[k]` is row k's cells, nil when it has
    /// no reading; `tails[k]` its tokens.
    static func rows(_ readings: [[String]?], tails: [[String]], columns: Int) -> Set<Int> {
        let widest = readings.map { $0.map { $0.map(DigitRunSplitter.digitCount).max() ?? 0 } ?? 0 }
        var out: Set<Int> = []
        for k in readings.indices where readings[k] != nil {
            let others = widest.indices.filter { $0 != k }.map { widest[$0] }.max() ?? 0
            guard others > 0, widest[k] >= others + minExtraDigits else { continue }
            let readsWider = ((columns + 1)...max(columns + 1, RowColumnCount.maxColumns)).contains { m in
                DigitRunSplitter.split(tails[k], columns: m).map { !ShortRows.cutsNumbersApart($0.numbers) } ?? false
            }
            if readsWider { out.insert(k) }
        }
        return out
    }
}
