/// A table's last rows that the converter drew as a pipe table of their own, on another grid, after
/// a blank line. markitdown (pdfplumber's table finder) starts a new grid where a row's text stands
/// off the columns above it; the HTML-made synth katajaselka ends its määrärahojen toteutuminen
/// table (p. 7) with "| Menot | 6 081 000 | 6 081 000 | 5 778 664 | –302 336 | –5,0 |" (after
/// `SpacerPipeColumns` closed up the grid) and, after a blank line,
/// "| Netto |     |     | 5 304 000 |     | 5 224 000 |     | 4 865 433 |     | –358 567 |     | –6,9 |":
/// twelve pipe cells for the table's six. Read on its own cells the row puts every figure one or
/// more columns off its header, unflagged.
/// A pipe block after at most `maxBlankLines` blank lines under a pipe block of another width, whose
/// figure rows fill every one of their value cells (the columns are known), is read on the columns
/// above when each of its figure rows has exactly as many figures as those columns, nothing but
/// figures besides its label, and an empty cell among them: its figures are put in the columns
/// in order. The order is kept, but the columns come from counting, so those rows are read in doubt
/// (every figure flagged, `SpacerPipeColumns.doubtMark`). A block whose rows do not fit is left as
/// it is.
enum OtherGridBlockUnderTable {
    /// Blank lines at most between the two blocks.
    static let maxBlankLines = 1

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        var changed = false
        var i = 0
        while i < lines.count {
            guard cells[i] != nil else { i += 1; continue }
            var end = i
            while end < lines.count, cells[end] != nil { end += 1 }
            if let rewritten = rewrite(Array(cells[i..<end].compactMap { $0 }), above: blockAbove(i, lines: lines, cells: cells)) {
                lines.replaceSubrange(i..<end, with: rewritten)
                changed = true
            }
            i = end
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The pipe block ending right above line `start` after one to `maxBlankLines` blank lines.
    static func blockAbove(_ start: Int, lines: [String], cells: [[String]?]) -> [[String]] {
        var k = start - 1
        var blanks = 0
        while k >= 0, cells[k] == nil, lines[k].trimmingCharacters(in: .whitespaces).isEmpty { blanks += 1; k -= 1 }
        guard (1...maxBlankLines).contains(blanks), k >= 0, cells[k] != nil else { return [] }
        var first = k
        while first > 0, cells[first - 1] != nil { first -= 1 }
        return cells[first...k].compactMap { $0 }
    }

    /// `block` rewritten on the columns of `above`, or nil when it does not fit them.
    static func rewrite(_ block: [[String]], above: [[String]]) -> [String]? {
        guard let width = above.first?.count, width >= 3, let own = block.first?.count, own != width,
              above.allSatisfy({ $0.count == width }) else { return nil }
        let aboveFigures = above.filter { !FigureInLabelCell.isAlignment($0) && SpacerPipeColumns.hasFigure($0) }
        guard !aboveFigures.isEmpty, aboveFigures.allSatisfy({ row in
            row.dropFirst().allSatisfy { SpacerPipeColumns.isFigure($0) }
        }) else { return nil }
        let columns = width - 1
        var out: [String] = []
        var gapped = false
        for row in block {
            if FigureInLabelCell.isAlignment(row) {
                out.append("|" + Array(repeating: "---", count: width).joined(separator: "|") + "|")
                continue
            }
            let values = row.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            let figures = values.filter { !$0.isEmpty }
            guard figures.count == columns, figures.allSatisfy(SpacerPipeColumns.isFigure) else { return nil }
            if let last = values.lastIndex(where: { !$0.isEmpty }), values[..<last].contains(where: \.isEmpty) { gapped = true }
            guard let line = SpacerPipeColumns.doubtedLine([row[0]] + figures) else { return nil }
            out.append(line)
        }
        return gapped ? out : nil
    }
}
