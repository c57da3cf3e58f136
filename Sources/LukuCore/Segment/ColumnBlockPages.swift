/// A table read one cell per line on a page whose text is in column blocks (`pdftotext` default
/// order) is itself in doubt: the "rows" may be column headings over a column's values. On
/// page 3 of lapua-ta2025-lautakuntien-talousarviot in default order the cell-per-line reader
/// takes "Ero raamiin" (a column) and "Säästötavoitetta jäljellä" for rows of three values each,
/// where the page holds the committees' tables column by column; the page's other text already
/// showed column headings over values (the `column-blocks` warning). Such tables keep what they
/// read, every cell flagged `ambiguous-split`, with a warning.
enum ColumnBlockPages {
    /// Flags every cell of the drafts at `indexes` whose page has a `column-blocks` issue.
    static func flag(_ drafts: inout [TableDraft], at indexes: [Int], issues: [Issue]) -> [Issue] {
        let pages = Set(issues.filter { $0.code == "column-blocks" }.compactMap(\.page))
        var added: [Issue] = []
        for k in indexes where pages.contains(drafts[k].page) {
            drafts[k] = flagEveryCell(drafts[k])
            added.append(Issue(severity: .warning, code: "ambiguous-split", page: drafts[k].page,
                               message: "a table written one cell per line on a page in column blocks: its rows may be columns, every cell flagged ambiguous-split"))
        }
        return added
    }

    /// Flags every cell of the drafts (but the tab or pipe tables at `except`) on `pages`, where
    /// figures stand apart from their labels (`DetachedValueRuns`), with one warning per page.
    static func flagDetached(_ drafts: inout [TableDraft], except: Set<Int>, pages: Set<Int>) -> [Issue] {
        var flagged = Set<Int>()
        for k in drafts.indices where !except.contains(k) && pages.contains(drafts[k].page) {
            drafts[k] = flagEveryCell(drafts[k])
            flagged.insert(drafts[k].page)
        }
        return flagged.sorted().map { page in
            Issue(severity: .warning, code: "column-blocks", page: page,
                  message: "figures on this page stand apart from their labels (ten or more in a row): the text is in column blocks, so every cell of its tables is flagged ambiguous-split")
        }
    }

    /// The draft with every non-empty cell flagged `ambiguous-split`.
    static func flagEveryCell(_ draft: TableDraft) -> TableDraft {
        var d = draft
        for r in d.rows.indices {
            d.rows[r].cells = d.rows[r].cells.map { cell in
                guard var c = cell, !c.flags.contains(.ambiguousSplit) else { return cell }
                c.flags.append(.ambiguousSplit)
                c.flags.sort()
                return c
            }
        }
        return d
    }
}
