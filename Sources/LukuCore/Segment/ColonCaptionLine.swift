/// A line of text ending in a colon right above a pipe table names that table: it is a new table,
/// not the one before it continued over a page break. Lapua's minutes (markitdown, p. 18) print
/// each department's realisation under its name, "oppilashuolto:", "varhaiskasvatus:",
/// "sisäinen hallinto:", each over the same header row ("| | TA 2024 | Tot. 09/2024Tot-% |");
/// read as continuations (`PipeTableContinuation`), the four tables were one, and the later
/// departments' rows stood as more rows of the first one's. The lines a page break leaves between
/// the parts of one table (footer, page number, running head) do not end in a colon.
enum ColonCaptionLine {
    /// Words at most in such a caption: a name, not a sentence that runs into the table.
    static let maxWords = 8

    /// Whether the last non-empty line before `first` (after `after`) is such a caption.
    static func namesTable(at first: Int, after: Int, lines: [TextLine]) -> Bool {
        guard let k = (after + 1..<first).last(where: { !lines[$0].isEmpty }) else { return false }
        let line = lines[k]
        guard line.tabCells == nil, line.markdownLevel == nil, line.words.count <= maxWords else { return false }
        let text = line.text.trimmingCharacters(in: .whitespaces)
        return text.hasSuffix(":") && text.dropLast().contains(where: \.isLetter)
    }
}
