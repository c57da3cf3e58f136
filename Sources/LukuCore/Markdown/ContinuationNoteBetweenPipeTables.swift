/// A continuation note left as a line of its own between two parts of a converter's pipe table:
/// LaTeX's longtable prints "jatkuu seuraavalla sivulla" at a page's foot and "(jatkoa edelliseltä
/// sivulta)" over the header repeated on the next page (hold-out hold5-03, three pages), and
/// pymupdf4llm writes them as "_jatkuu seuraavalla sivulla_" and a heading
/// "## _<u>(jatkoa</u> edelliseltä sivulta)_" between the page's part and the next one. A
/// Markdown text has no page edges for `ContinuedTableNote` to look at, so the heading stood
/// between the parts: it opened a section of its own, and `PipeTableContinuation` does not join
/// tables across a heading (240 of hold5-03's 500 figures missing).
///
/// A line that is such a note and nothing else (`ContinuedTableNote.isNote`, read without its
/// Markdown emphasis, heading marks and inline tags) is taken out when it stands in the gap
/// between two pipe tables of at most `PipeTableContinuation.maxLinesBetween` filled lines: there
/// it says only that the table goes on. Whether the parts are one table is still decided by
/// `PipeTableContinuation` (same header, a few lines apart). A note anywhere else stays.
enum ContinuationNoteBetweenPipeTables {
    /// Inline tags pymupdf4llm and markitdown put around a note's words.
    static let tags = ["<u>", "</u>", "<i>", "</i>", "<em>", "</em>", "<b>", "</b>", "<strong>", "</strong>"]

    static func reorder(_ text: String) -> String {
        guard text.contains("|"), ContinuedTableNote.MarkLetters.mayHold(text) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isPipe = lines.map { SideBySidePipeTables.rawCells($0) != nil }
        var drop: Set<Int> = []
        var lastPipe: Int?
        var i = 0
        while i < lines.count {
            if isPipe[i] { lastPipe = i; i += 1; continue }
            var end = i
            while end < lines.count, !isPipe[end] { end += 1 }
            if lastPipe != nil, end < lines.count {
                let filled = (i..<end).filter { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }
                if filled.count <= PipeTableContinuation.maxLinesBetween {
                    drop.formUnion(filled.filter { ContinuedTableNote.isNote(plain(lines[$0])) })
                }
            }
            i = end
        }
        guard !drop.isEmpty else { return text }
        return lines.indices.filter { !drop.contains($0) }.map { lines[$0] }.joined(separator: "\n")
    }

    /// The line's words without heading marks, emphasis and inline tags:
    /// "## _<u>(jatkoa</u> edelliseltä sivulta)_" → "(jatkoa edelliseltä sivulta)".
    static func plain(_ line: String) -> String {
        var t = line
        for tag in tags where t.contains(tag) { t = t.replacingOccurrences(of: tag, with: "") }
        t.removeAll { $0 == "*" || $0 == "_" || $0 == "~" }
        return String(t.drop { $0 == "#" || $0 == " " })
    }
}
