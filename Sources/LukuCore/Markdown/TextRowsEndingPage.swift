/// Rows markitdown leaves as text after a page's last grid block: pdfplumber's table finder ends
/// a block at every row it cannot fit, and on the page's last rows no block follows, so
/// `TextLinesBetweenPipeBlocks` (which needs the block after) does not see them. Hold-out set 6's
/// hold6-08 (iText, one group band per board, in a text with no page breaks): page 1 ends
/// "| TULOT | 1 342 002 | … |" / alignment / "NETTOMENO -3 549 589 … -221 238" / the footer
/// "Talousraportointi / HOLD6 Sivu 1 / 2" / blank line, and page 2 prints the repeated header grid
/// and then only text: "Yhteensä", "MENOT …", "TULOT …", "NETTOMENO …", the footer. Read as text,
/// the page's last NETTOMENO is a paragraph and the totals a headerless table of their own (the
/// group rows above them, one short, pair one group off with a reader that pairs rows by label).
///
/// Text lines right after a pipe block up to the page's end (a blank line or the text's end, at
/// most one line left over for the footer) become rows of the block's width when they are group
/// names followed by rows, the last one a row, every row's label one that a figure row of a grid of
/// this width carried earlier in the text (the same rows repeated under another group: the lines
/// belong to that table and no other), and every row's figures read exactly one way into the value
/// columns, or one way by its group's arithmetic (`GroupIdentityReading`). The rows are read in
/// doubt (every figure flagged), as `TextLinesBetweenPipeBlocks` reads its rows. Anything else
/// leaves the lines as printed.
enum TextRowsEndingPage {
    /// Lines between the block and the page's end at most (group names and rows, and the footer).
    static let maxLines = 8

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        var seen: [Int: Set<String>] = [:]
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var changed = false
        var i = 0
        while i < lines.count {
            out.append(lines[i])
            if let row = cells[i], !FigureInLabelCell.isAlignment(row), SpacerPipeColumns.hasFigure(row) {
                seen[row.count, default: []].insert(GroupIdentityReading.plainLabel(row[0]))
            }
            guard let above = cells[i], i + 1 < lines.count, cells[i + 1] == nil, !isBlank(lines[i + 1]) else { i += 1; continue }
            var end = i + 1
            while end < lines.count, cells[end] == nil, !isBlank(lines[end]), end - i - 1 < maxLines { end += 1 }
            guard end == lines.count || isBlank(lines[end]),
                  let rows = rows(Array(lines[(i + 1)..<end]), width: above.count, known: seen[above.count] ?? [],
                                  context: TextLinesBetweenPipeBlocks.contextRows(out, width: above.count)) else { i += 1; continue }
            out += rows
            changed = true
            i = end
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// The page's last lines with its rows as pipe rows of `width` cells (the footer after them as
    /// printed), or nil when they are not group names and rows of known labels to the last row.
    static func rows(_ gap: [String], width: Int, known: Set<String>, context: [(label: String, readings: [[String]])]) -> [String]? {
        guard width >= 3 else { return nil }
        var parsed: [(label: String, readings: [[String]])] = []
        for raw in gap {
            guard let row = TextLinesBetweenPipeBlocks.parsedLine(raw, width: width) else { break }
            parsed.append(row)
        }
        guard let lastRow = parsed.lastIndex(where: { !$0.readings.isEmpty }), gap.count - (lastRow + 1) <= 1 else { return nil }
        let taken = Array(parsed[...lastRow])
        guard taken.allSatisfy({ $0.readings.isEmpty || known.contains(GroupIdentityReading.plainLabel($0.label)) }) else { return nil }
        let settled = GroupIdentityReading.settle(context + taken, columns: width - 1).suffix(taken.count)
        guard zip(taken, settled).allSatisfy({ $0.readings.isEmpty || $1.count == 1 }) else { return nil }
        let rows = zip(taken, settled).map { row, readings in
            TextLinesBetweenPipeBlocks.pipeLine(label: row.label, figures: readings.first, width: width)
        }
        return rows + gap[(lastRow + 1)...]
    }

    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy(\.isWhitespace)
    }
}
