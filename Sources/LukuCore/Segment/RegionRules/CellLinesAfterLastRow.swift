/// The second lines of the last row's text cells, right after it, are the region's too.
///
/// A region ends at its last data line, and label-only lines after it are a group heading whose
/// rows go on over the page (`GeometricTableBuilder.Region.trailingGroup`) or not the table's at
/// all. A row whose text cells wrap ("MENOT  hallinto-  hallinto-  hallinto-  −77 780  −77 780"
/// over "palveluissa  palveluissa  palveluissa", the last lines of konserni-elinvoima TA 2026
/// p. 26; every cost centre of pp. 26–27 prints its first three columns so) has those words under
/// its cells, not at the label margin: such a line goes on the row as the lines between rows do
/// (`ContinuedCellsRule`), not into the next page's first group label. A line counts when every
/// run of its words starts where one of the row's text cells starts (within the column
/// tolerance) and it stands in the table's line pitch; a page footer or a paragraph does not
/// line up with the cells and ends the region as before.
enum CellLinesAfterLastRow {
    /// How many lines right after `last` (the region's last data line) continue its text cells.
    static func count(after last: Int, lines: [TextLine], roles: [TableLineRole], excluded: Set<Int>, settings: TableSettings) -> Int {
        let row = TableLineRole.cells(of: lines[last], settings: settings)
        guard case .data(let labelCount) = roles[last], labelCount > 0 else { return 0 }
        let textStarts = row.dropFirst().filter { !$0.allSatisfy { WordTraits.isValue($0.text) } }.compactMap { $0.first?.box?.x0 }
        guard !textStarts.isEmpty else { return 0 }
        let tolerance = settings.columnToleranceEm * max(lines[last].fontSize, 1)
        var n = 0
        while last + n + 1 < lines.count {
            let line = lines[last + n + 1], above = lines[last + n]
            guard roles[last + n + 1] == .labelOnly, !excluded.contains(last + n + 1), line.page == above.page,
                  let y = line.box?.y0, let yAbove = above.box?.y1,
                  y - yAbove <= max(line.fontSize, 1) else { break }
            let starts = TableLineRole.cells(of: line, settings: settings).compactMap { $0.first?.box?.x0 }
            guard !starts.isEmpty, starts.allSatisfy({ s in textStarts.contains { abs($0 - s) <= tolerance } }) else { break }
            n += 1
        }
        return n
    }
}
