/// A table of one-row-per-line text continued on the next page, where the first line on that
/// page is a sub-heading of the table's own items and the rows go on under it: Kauhava
/// tilinpäätös 2024 p. 128-129 in pypdf, "Rahavarojen muutos" over "Rahavarat 31.12. 18 895 179,29
/// 16 940 497,31" after a page break that pypdf writes as five blank lines (its running header
/// and page number removed as debris). `pdftotext -raw` of the same pages writes no blank lines
/// and the table goes on; the gap is a page break, not the table's end, when the line after the
/// heading is a row that fills the table's columns.
enum HeadingAfterPageGap {
    /// Non-empty lines looked at after the gap: the heading and the row under it.
    static let reach = 6

    /// Whether the gap of blank lines at `start` is a page break after which a heading and then a
    /// row of `isRow` follow.
    static func continues(_ lines: [TextLine], from start: Int, isRow: (Int) -> Bool) -> Bool {
        guard let before = (0..<start).last(where: { !lines[$0].isEmpty }),
              let heading = (start..<min(lines.count, start + reach)).first(where: { !lines[$0].isEmpty }),
              lines[heading].page != lines[before].page else { return false }
        let words = lines[heading].words.map(\.text)
        guard !words.isEmpty, words.count <= TableLineRole.maxLabelWords, PlainHeader(lines[heading]) == nil,
              TextTableBuilder.tailStart(words) == words.count,
              let row = (heading + 1..<min(lines.count, heading + 1 + reach)).first(where: { !lines[$0].isEmpty })
        else { return false }
        return isRow(row)
    }
}
