/// A pipe row that is a page's running head, not a table row: markitdown puts Lapua's minutes'
/// head ("Lapuan kaupunki | Pöytäkirja | 11/2024 | 2 (29)") in a grid of its own on every page.
/// Its "2 (29)" (page of pages, `PageNumberLines.headNumber`) is no figure of a table, so the rules
/// that read a grid's figure rows (`FullRowsOnOtherColumns`, `LoneFigureRowOffHeaders`) leave it out.
enum RunningHeadPipeRow {
    static func matches(_ row: [String]) -> Bool {
        let words = row.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        return PageNumberLines.headNumber(Substring(words)) != nil
    }
}
