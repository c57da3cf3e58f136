/// Header rows of a tab-separated or pipe table that name the table as well as its columns.
/// pymupdf4llm runs the tables of a page together into one pipe table, and a table's header row
/// carries its caption in the label cell: `|**Elinkeino- ja**|**TP**|**TA+MUUTOS**|**TPE**|**TA**|**KS**|`,
/// then the caption's second line alone (`|**työllisyyspalvelut**||||||`), then the years
/// (kemijarvi-konserni-elinvoima-ta2026 page 26). Such a row starts a new table, and the
/// caption line wrapped under it belongs to the header, not to the rows.
enum TabHeaderCaption {
    /// A row of column headings: empty label or a heading word as label, every value cell a
    /// header token; or a caption as label over at least two column kinds ("TP", "TA+MUUTOS"),
    /// its other cells header tokens or a word of the document's own before a period ("Raami 2025",
    /// `NamedPeriodHeaderCell`).
    static func startsHeader(_ cells: [String]) -> Bool {
        let values = cells.dropFirst().filter { !$0.isEmpty }
        guard !values.isEmpty else { return false }
        if values.allSatisfy({ ColumnHeader.isHeaderToken($0) }), cells[0].isEmpty || ColumnHeader.isHeaderToken(cells[0]) { return true }
        guard values.allSatisfy({ ColumnHeader.isHeaderToken($0) || NamedPeriodHeaderCell.matches($0) }) else { return false }
        return values.filter(PlainHeader.isKind).count >= 2
    }

    /// Line `i` is a label-only line under a header row that has a caption, and a row of column
    /// headings follows it: the caption's wrapped line.
    static func wrapsCaption(_ lines: [TextLine], at i: Int, headerCells: [[String]]) -> Bool {
        guard let caption = headerCells.last?.first, !caption.isEmpty, let cells = lines[i].tabCells,
              !cells[0].isEmpty, cells.dropFirst().allSatisfy(\.isEmpty) else { return false }
        guard let j = (i + 1..<min(lines.count, i + 3)).first(where: { !lines[$0].isEmpty }),
              let next = lines[j].tabCells else { return false }
        return next[0].isEmpty && startsHeader(next)
    }
}
