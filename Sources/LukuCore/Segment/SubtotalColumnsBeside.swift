/// A statement that prints each group's subtotal in a column of its own beside the items (a
/// balance sheet or income statement with two value columns per year) loses that layout in
/// single-spaced text: "3. Ennakkomaksut 612.939 615.615" is group I's subtotal (225.458 +
/// 387.481) in the subtotal columns with the item cells empty, read by a two-column table as the
/// item (synth tamminiemi p. 3, beside "6. Ennakkomaksut ja keskeneräiset hankinnat 1.504.825
/// 53.577.162 1.456.506 53.087.459"); "Vapaaehtoiset varaukset 9.396.094,81 9.506.468,31" under
/// "V Tilikauden ylijäämä (alijäämä) 3.010.140,84 175.529.313,61 13.113.849,70 172.519.172,77"
/// (synth vaahterajoki p. 4); "Vuosikate 4.303 3.845" under "Muut rahoituskulut -16 248 -15 236"
/// (synth pihlajaniemi p. 1), all `-raw` and pypdf. A header of one column per period
/// ("31.12.2022 31.12.2021") does not tell either. When a table whose figures group thousands
/// with periods (so every token is one figure) holds, or has within `reach` lines of it, a row of
/// twice its column count of figures, each of its full rows could stand in either the item or the
/// subtotal columns: their cells are flagged `ambiguous-split`.
enum SubtotalColumnsBeside {
    /// Lines before and after the table searched for the wider row.
    static let reach = 3

    static func flagged(_ draft: TableDraft, lines: [TextLine]) -> [Row] {
        let width = draft.columns.count
        guard width >= 2 else { return draft.rows }
        let texts = draft.rows.flatMap { $0.cells.compactMap { $0?.text } }
        let tokens = texts.flatMap { $0.split(separator: " ").map(String.init) }
        guard tokens.filter(UnspacedTextRows.isPeriodGrouped).count >= 2 else { return draft.rows }
        let inside = draft.rows.contains { row in
            figures(row.cells.compactMap { $0?.text }.joined(separator: " ")) == 2 * width
        }
        let near = (max(0, draft.firstLine - reach)..<draft.firstLine).map { $0 }
            + ((draft.lastLine + 1)..<min(lines.count, draft.lastLine + 1 + reach)).map { $0 }
        let beside = near.contains { i in
            lines[i].page == draft.page && trailingFigures(lines[i]) == 2 * width
        }
        guard inside || beside else { return draft.rows }
        return draft.rows.map { row in
            guard row.cells.filter({ $0?.value != nil }).count == width else { return row }
            var out = row
            out.cells = row.cells.map(UnspacedTextRows.doubted)
            return out
        }
    }

    /// Space-parted tokens of `text` that each read as a number.
    static func figures(_ text: String) -> Int {
        text.split(separator: " ").filter { FinnishNumber.parse(String($0)) != nil }.count
    }

    /// The figures ending a line after its label words: "6. Ennakkomaksut … 1.504.825 53.577.162
    /// 1.456.506 53.087.459" → 4 (the outline number "6." is a label word before them).
    static func trailingFigures(_ line: TextLine) -> Int {
        var n = 0
        for word in line.words.reversed() {
            guard FinnishNumber.parse(word.text) != nil else { break }
            n += 1
        }
        return n == line.words.count ? 0 : n
    }
}
