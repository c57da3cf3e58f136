/// A variance under a thousand printed right before a percentage of a hundred or more, in text
/// without positions: "Toimintakulut –25 471 –25 898 –427 101,7 %" (synth koivukyla p. 4),
/// "… –1 532 –61 104,1 %" (synth tamminiemi p. 9), "… -1200 -400 200,0 %" (synth honkaniemi
/// p. 1). The three-digit group rule also reads "–427 101,7 %" as one number, and
/// `ShortRows.cutsNumbersApart` took that reading, fewer numbers than columns, as a short row
/// (the first column left blank, the variance and the percentage one cell). When the table's last
/// column is a percent column ("Käyttö-%", "Muutos %") and the reading that fills every column
/// puts a figure printed with its "%" there, the only cut is the column boundary before it: that
/// reading is kept. Its cells are flagged, as `PercentJoinedToAmount` flags the joined reading:
/// the text alone does not settle it.
enum PercentAfterVariance {
    /// Whether `numbers`, a reading filling all `columns`, cuts a signed group apart only before
    /// a percentage in the last column, a percent column.
    static func keeps(_ numbers: [String], columns: [Column]) -> Bool {
        guard numbers.count == columns.count, numbers.count >= 3, let header = columns.last?.header, header.contains("%"),
              let last = numbers.last, last.hasSuffix("%") else { return false }
        return !ShortRows.cutsNumbersApart(Array(numbers.dropLast()))
    }
}
