/// Tables read from text whose cells are parted by one space, the same character that groups a
/// figure's thousands (`pdftotext -raw`, pypdf): where a cell ends is a reading, not a fact of the
/// text. The rules that flag the readings the text cannot decide (`WiderReadingBesideDoubtedRow`,
/// `SubtotalColumnsBeside`, `SpaceGroupedFigureInShortRow`, `SplitDigitGroupPair`,
/// `DetachedDashCell`, `FootnoteMarkInRow`) run on these tables only: Markdown pipe tables and tab-separated lines
/// give their cells, and `pdftotext -layout` text parts cells with wider gaps.
enum UnspacedTextRows {
    /// Every rule, on every table whose lines part cells with single spaces.
    static func flag(_ drafts: inout [TableDraft], except given: Set<Int>, lines: [TextLine]) {
        for d in drafts.indices where !given.contains(d) && isUnspaced(drafts[d], lines: lines) {
            drafts[d].rows = WiderReadingBesideDoubtedRow.flagged(drafts[d])
            drafts[d].rows = SubtotalColumnsBeside.flagged(drafts[d], lines: lines)
            drafts[d].rows = SpaceGroupedFigureInShortRow.flagged(drafts[d].rows)
            drafts[d].rows = drafts[d].rows.map(SplitDigitGroupPair.flagged)
            drafts[d].rows = drafts[d].rows.map(DetachedDashCell.flagged)
            drafts[d].rows = drafts[d].rows.map(FootnoteMarkInRow.flagged)
        }
    }

    /// No line the table covers has tab cells or a gap of two or more spaces between words, and at
    /// least half its rows' worth of lines print a label word with figures after it: text written
    /// one cell per line (PyMuPDF) parts no cells with spaces and is not these rules'.
    static func isUnspaced(_ draft: TableDraft, lines: [TextLine]) -> Bool {
        guard draft.firstLine >= 0, draft.firstLine <= draft.lastLine, draft.lastLine < lines.count else { return false }
        var rowLines = 0
        for line in lines[draft.firstLine...draft.lastLine] {
            if line.tabCells != nil || line.words.contains(where: { $0.box != nil }) { return false }
            for (a, b) in zip(line.words, line.words.dropFirst()) {
                if let x = a.column, let y = b.column, y - (x + a.text.count) >= 2 { return false }
            }
            if zip(line.words, line.words.dropFirst()).contains(where: { a, b in
                FinnishNumber.parse(a.text) == nil && FinnishNumber.parse(b.text) != nil
            }) { rowLines += 1 }
        }
        return rowLines * 2 >= max(draft.rows.count, 1)
    }

    /// The cell with `ambiguous-split` added (once).
    static func doubted(_ cell: Cell?) -> Cell? {
        guard var cell else { return nil }
        if !cell.flags.contains(.ambiguousSplit) {
            cell.flags.append(.ambiguousSplit)
            cell.flags.sort()
        }
        return cell
    }

    /// A signed or unsigned figure whose integer part is written in space-parted groups of three
    /// ("484 340", "–6 541 620", "813 901,48"), with an optional decimal part and percent sign.
    static func isSpaceGrouped(_ text: String) -> Bool {
        groups(text, separator: " ") != nil
    }

    /// The same with period-parted groups ("4.303", "–67.019.000,00").
    static func isPeriodGrouped(_ text: String) -> Bool {
        groups(text, separator: ".") != nil
    }

    /// The integer part's groups when `text` is a figure grouped by `separator` (two groups or more).
    private static func groups(_ text: String, separator: Character) -> [Substring]? {
        var body = Substring(text)
        if let f = body.first, "+-–−".contains(f) { body = body.dropFirst() }
        if body.hasSuffix("%") { body = body.dropLast() }
        while body.last == " " { body = body.dropLast() }
        let integer = body.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        if integer.count == 2, integer[1].isEmpty || !integer[1].allSatisfy(\.isASCIIDigit) { return nil }
        let parts = integer[0].split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, (1...3).contains(head.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return parts
    }
}
