/// A pipe column that holds only the last thousands group of the figures in the column before it:
/// a converter's table finder cut a figure at its thousands space into two cells.
///
/// pymupdf4llm's table finder takes the gaps of a monospace font (Courier: a space as wide as a
/// digit) for column gaps, and writes "|Vuosikate|6 144 720|3 836|650|" for the row "Vuosikate
/// 6 144 720 3 836 650" under two periods (hold-out set 8, hold8-05, fpdf2 in Courier). Read as it
/// stands, the second period's every figure is wrong and a third column of small figures appears.
///
/// A column is such a group column when every one of its filled cells is three digits and nothing
/// else, at least one of them starts with "0" ("075", "019": a printed figure never does, a
/// thousands group does), there are two such cells or more, each stands after a cell holding a
/// whole figure in groups ("-58", "3 836", "-10 574"), and where it is empty the cell before it is
/// empty too. Its cells then join the cells before them ("-58 075", bold kept) and the column goes,
/// from the header and alignment rows too (whose cell in it must be empty). Without a leading zero
/// in the column nothing tells a cut group from a small figure, and the table is left as it is.
enum ThousandsGroupCellColumn {
    static func reorder(_ text: String) -> String {
        PipeTableBlocks.rewriteEach(text, containing: ["|"]) { block in
            var block = block, changed = false
            while let joined = joiningOneColumn(block) { block = joined; changed = true }
            return changed ? block : nil
        }
    }

    /// The block with its first group column joined to the column before it, or nil.
    static func joiningOneColumn(_ block: [String]) -> [String]? {
        let rows = block.compactMap(SideBySidePipeTables.rawCells)
        guard rows.count == block.count, let width = rows.first?.count, width >= 3,
              rows.allSatisfy({ $0.count == width }) else { return nil }
        for k in 2..<width where isGroupColumn(k, rows) {
            return rows.map { cells in
                var cells = cells
                let group = core(cells[k])
                if !group.isEmpty, let end = cells[k - 1].lastIndex(where: \.isNumber) {
                    cells[k - 1].insert(contentsOf: " " + group, at: cells[k - 1].index(after: end))
                }
                cells.remove(at: k)
                return "|" + cells.joined(separator: "|") + "|"
            }
        }
        return nil
    }

    static func isGroupColumn(_ k: Int, _ rows: [[String]]) -> Bool {
        var groups = 0, leadingZero = false
        for cells in rows {
            let group = core(cells[k]), before = core(cells[k - 1])
            if isAlignment(cells[k]) { continue }
            if group.isEmpty { continue }
            guard group.count == 3, group.allSatisfy(\.isASCIIDigit), isWholeGrouped(before) else { return false }
            groups += 1
            if group.first == "0" { leadingZero = true }
        }
        // Where the group cell is empty, a figure before it would have lost nothing: such a row
        // says the column is a column of its own.
        let figureAlone = rows.contains { !isAlignment($0[k]) && core($0[k]).isEmpty && isWholeGrouped(core($0[k - 1])) }
        return groups >= 2 && leadingZero && !figureAlone
    }

    /// A cell's text without bold or italic markers and outer spaces.
    static func core(_ cell: String) -> String {
        cell.filter { $0 != "*" && $0 != "_" }.trimmingCharacters(in: .whitespaces)
    }

    /// "---", ":---:": a cell of the alignment row.
    static func isAlignment(_ cell: String) -> Bool {
        let t = cell.trimmingCharacters(in: .whitespaces)
        return !t.isEmpty && t.allSatisfy { $0 == "-" || $0 == ":" }
    }

    /// A whole figure in thousands groups with an optional leading minus: "-58", "3 836", "−10 574".
    static func isWholeGrouped(_ s: String) -> Bool {
        var body = Substring(s)
        if let first = body.first, first == "-" || first == "\u{2212}" || first == "\u{2013}" { body = body.dropFirst() }
        let groups = body.split(separator: " ", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
