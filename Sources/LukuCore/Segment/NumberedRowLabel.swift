/// A numbered line with two figures alone on the lines right under it is a row label of a table
/// written one cell per line, not a section heading: PyMuPDF's `get_text()` of a balance sheet
/// whose items carry outline numbers writes "1. Muut pitkävaikutteiset menot" / "244" / "245"
/// (synth pihlajaniemi p. 3 and koivukyla pp. 2–3, HTML-made; honkakoski pp. 3–4; ilveskoski
/// p. 4 and pauhavaara p. 4, Word-made). Read as a heading, the line was kept out of the table, which
/// broke there and lost the row. A heading is followed by prose, a table's header or its first
/// label, never by a figure alone on its line and another right under it (every other extractor
/// keeps a row's figures on its label's line, where `HeadingDetector` already says no).
enum NumberedRowLabel {
    /// `kinds` with every numbered heading over two value lines (on its page, past the lines that
    /// continue its title) removed, and those continuation lines freed.
    static func demote(_ kinds: [HeadingDetector.Kind?], continuations: Set<Int>, lines: [TextLine],
                       cells: CellPerLineTable) -> (kinds: [HeadingDetector.Kind?], continuations: Set<Int>) {
        var kinds = kinds, continuations = continuations
        for i in lines.indices {
            guard case .numbered? = kinds[i] else { continue }
            var j = i + 1
            while continuations.contains(j) { j += 1 }
            guard j + 1 < lines.count, lines[j].page == lines[i].page, lines[j + 1].page == lines[i].page,
                  cells.isValue(lines[j]), cells.isValue(lines[j + 1]) else { continue }
            kinds[i] = nil
            continuations.subtract(i + 1..<j)
        }
        return (kinds, continuations)
    }
}
