/// A converter's table whose first column holds nothing and whose labels stand in the second:
/// pymupdf4llm writes the key figures under the balance sheet of the spreadsheet-made synthetic
/// petajalampi (p. 3, "Taseen tunnusluvut", after "|||**2020**|**2019**|") as
/// "||Omavaraisuusaste, %|59,2 %|60,3 %|": the outline-marker column of the balance sheet above
/// goes on empty. Read as drawn, every row has an empty label and a column of words. When no row
/// fills the first cell, every filled second cell is words (no figure), and at least `minRows`
/// rows hold a figure after it, the second cell is the label (as `MarkerLabelColumn` joins a
/// marker column with no marker in it). Value cells are not touched.
enum EmptyLabelColumn {
    /// Fewer rows with figures than this do not make a table of it.
    static let minRows = 3

    /// The rows' first cells are all empty and their second cells labels.
    static func applies(_ rows: [[String]]) -> Bool {
        guard rows.allSatisfy({ $0.count >= 3 && $0[0].isEmpty }) else { return false }
        let labels = rows.map { $0[1] }.filter { !$0.isEmpty }
        guard labels.allSatisfy({ $0.contains(where: \.isLetter) && FinnishNumber.parse($0) == nil }) else { return false }
        return rows.filter { !$0[1].isEmpty && $0.dropFirst(2).contains { FinnishNumber.parse($0) != nil } }.count >= minRows
    }
}
