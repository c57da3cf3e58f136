/// A converter's pipe table continued on the next page with fewer cells per row than the part
/// before it. Two ways of losing cells are read back:
/// - the continuation dropped the value columns that are empty on every row: pymupdf4llm's
///   Markdown of kemijarvi-konserni-elinvoima-ta2026 writes the viestintä tables' rows as
///   "|Avustukset||||0|0|" (five value columns, TA 2026 and KS 2026 filled) and after the footer
///   "16" goes on with "|Vuokrat|0|0|" (p. 16 → 17), and the tunnusluvut table's
///   "|Muutos %||||x|3,5|3,5|" with "|Palvelujen ostot €|−130 260|−164 500|−178 000|" (p. 15 → 16);
/// - two numbers went into one cell: Docling's Markdown of lapua-sivla-poytakirja-2024-11-21
///   ends the p. 18 investment table (TA 2024 | Tot. 09/2024 | Tot-%) with "| Lukio | -10 | -245 |
///   2,5 |" and goes on after the page's image and running head with
///   "| Alakoulut | -300.000 -197.027 | 65,7 |".
/// A headerless pipe table (no column header, no unit, no caption) at most a few lines of page
/// debris after a wider pipe table continues it when every row's figures, each number of a
/// merged cell taken apart, are as many as the wider table's columns, or as many as the columns
/// its rows fill, when those are its last columns and its rows leave all the others empty. Every
/// cell so placed is flagged `ambiguous-split` (its column was found by counting, not drawn); a
/// row that does not fit leaves the tables as they were. Rows before the continuation's own
/// first group keep the group the table ended in.
enum NarrowerPipeContinuation {
    /// `b`'s rows widened to `a`'s columns, or nil when `b` is no such continuation of `a`.
    static func rows(_ b: TableDraft, continuing a: TableDraft) -> [Row]? {
        let width = a.columns.count
        guard b.columns.count < width, b.caption == nil, b.unit == nil, !b.rows.isEmpty,
              b.columns.allSatisfy({ $0.header.isEmpty }) else { return nil }
        let figures = b.rows.map(figureTexts)
        guard let count = figures.first?.count, count >= 1, figures.allSatisfy({ $0.count == count }) else { return nil }
        let first: Int
        if count == width {
            first = 0
        } else {
            // The columns `a`'s rows fill: exactly its last `count` columns.
            let filled = Set(a.rows.flatMap { row in row.cells.indices.filter { row.cells[$0] != nil } })
            guard filled == Set((width - count)..<width) else { return nil }
            first = width - count
        }
        // Rows before the continuation's own first group stay in the group `a` ended in, as the
        // PDF path's merged table keeps them (konserni p. 16: Vuokrat … TOIMINTAKULUT under TOIMINTAKULUT).
        let carried = a.rows.last?.group
        var ownGroup = false
        return zip(b.rows, figures).map { row, texts in
            if row.group != nil { ownGroup = true }
            var cells = [Cell?](repeating: nil, count: width)
            for (k, text) in texts.enumerated() {
                guard let text else { continue }
                var cell = CellReader.cell(text, column: a.columns[first + k])
                if !cell.flags.contains(.ambiguousSplit) { cell.flags.append(.ambiguousSplit) }
                cell.flags.sort()
                cells[first + k] = cell
            }
            return Row(label: row.label, group: ownGroup ? row.group : carried, level: row.level, cells: cells, page: row.page)
        }
    }

    /// A row's cells as figure texts in order: a cell flagged `merged` gives each of its numbers
    /// (a sign standing alone joins the digits after it), an empty cell nil, any other its text.
    /// Empty when a merged cell does not come apart into whole numbers.
    static func figureTexts(_ row: Row) -> [String?] {
        var out: [String?] = []
        for cell in row.cells {
            guard let cell else { out.append(nil); continue }
            guard cell.flags.contains(.merged) else { out.append(cell.text); continue }
            var parts: [String] = []
            var sign = ""
            for word in cell.text.split(separator: " ").map(String.init) {
                if word.unicodeScalars.count == 1, let u = word.unicodeScalars.first, FinnishNumber.isMinus(u.value) || word == "+" {
                    sign = word
                    continue
                }
                parts.append(sign.isEmpty ? word : sign + " " + word)
                sign = ""
            }
            guard sign.isEmpty, parts.count >= 2, parts.allSatisfy({ FinnishNumber.parse($0) != nil }) else { return [] }
            out += parts
        }
        return out
    }
}
