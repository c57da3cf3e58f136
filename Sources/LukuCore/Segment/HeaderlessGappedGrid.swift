/// A converter's grid of one or two rows with no column header and holes between its figures.
/// markitdown (pdfplumber's table finder) draws a pipe table from whatever lines it finds a grid in;
/// where that is a row or two of figures and nothing over them, the row itself is the Markdown
/// header and the grid's columns come from that row's own word gaps: a figure's pipe column says
/// nothing about the printed column it stands under. Hold-out 11 (a LaTeX käyttötalous table, the
/// MENOT and NETTOMENO rows left as text) draws each TULOT row alone,
/// "| TULOT |     | 1 325 618 |     | 0   |     | 0   |     |     | 0   |     | 796 450 |" and
/// "| TULOT |     | 1 464 451 | 577 | 390 | 290 | 297 | −49,7 | 1 175 | 232 |     | 0   |" (numbers
/// cut at their group spaces, too); the Word-made synth kuusiselka's "| Antolainasaamisten lisäykset |
/// | 745.168,39 | | | 1.061.794,69 | -29,8% |", kurkivirta's "| Varausten muutos | | | - | … | 3 161 |
/// | -3 161 |" and hold-out 03's "| Palolaitoksen | laajennus | | | 572 416 | … |" are the same.
/// Read by pipe position, every such figure lands in some column unflagged, and nothing in the text
/// tells which. A table read from cell lines (pipe or tab), whose column headers are all empty after
/// every continuation is joined, with at most `maxRows` rows of figures of which one leaves a cell
/// empty before its last filled one, has its figures flagged `ambiguous-split` and gets a warning.
/// Nothing is moved. A grid with its header, or with enough rows that `SpacerPipeColumns` could
/// read its columns from them, is not this rule's.
enum HeaderlessGappedGrid {
    /// Rows with figures at most: more rows show the grid's columns (`SpacerPipeColumns`).
    static let maxRows = 2

    /// Flags the figures of every such table; one warning per table.
    static func flag(_ drafts: inout [TableDraft], lines: [TextLine]) -> [Issue] {
        var issues: [Issue] = []
        for d in drafts.indices where applies(drafts[d], lines: lines) {
            drafts[d].rows = drafts[d].rows.map { row in
                var row = row
                row.cells = row.cells.map { $0?.value == nil ? $0 : UnspacedTextRows.doubted($0) }
                return row
            }
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: drafts[d].page,
                                message: "a grid of \(drafts[d].rows.count) row(s) with no column header and empty cells between its figures (a converter's grid drawn from the row itself): which printed column each figure stands under is not known; every figure flagged ambiguous-split"))
        }
        return issues
    }

    static func applies(_ draft: TableDraft, lines: [TextLine]) -> Bool {
        guard !draft.columns.isEmpty, draft.columns.allSatisfy({ $0.header.trimmingCharacters(in: .whitespaces).isEmpty }),
              draft.firstLine >= 0, draft.firstLine <= draft.lastLine, draft.lastLine < lines.count,
              lines[draft.firstLine...draft.lastLine].contains(where: { $0.tabCells != nil }) else { return false }
        let figureRows = draft.rows.filter { $0.cells.contains { $0?.value != nil } }
        guard !figureRows.isEmpty, figureRows.count <= maxRows else { return false }
        // Some figure not yet flagged: a table read in doubt already says so.
        guard figureRows.contains(where: { $0.cells.contains { $0?.value != nil && $0?.flags.contains(.ambiguousSplit) == false } }) else { return false }
        return figureRows.contains { row in
            guard let last = row.cells.lastIndex(where: { $0 != nil }) else { return false }
            return row.cells[..<last].contains { $0 == nil }
        }
    }
}
