import Foundation

/// A table printed on a turned page that a converter wrote column by column. Apache FOP's
/// landscape page (`reference-orientation="90"`: the PDF page stays portrait, its content is
/// turned) gives pymupdf4llm the cross-tab of hold-out set 4's hold4-09 as one pipe row per printed
/// column, read from the printed right edge to the left: the first pipe row, the Markdown header,
/// is the printed last column ("|**Yhteensä**|9 448 511|8 457 982|…|"), the rows under it the
/// columns before it ("|**Vuokrat**|833 568|2 429 706|…|"), and the last pipe row the printed label
/// column, its header cell first ("|**€**|Hallinto|Talous|…|"). Read as drawn, every figure stands
/// under another row's label and the labels are a row of text, none of it flagged.
/// The shape is told by its two ends at once: a header row whose label is a word and whose every
/// value cell is a figure (`SpacerPipeColumns.isFigure`: a year or a date is a header word, so a
/// table headed by years never matches), a last row with a word in every value cell and no
/// figure, and between them only rows of a label and figures (or empty cells). Such a table is put
/// back as printed: the pipe rows in reverse order are its columns, pipe column i its row i
/// (the label row's cells its row labels). No figure changes; each keeps its own row and column
/// labels, and the table's sums (Yhteensä) are checked as for any table.
enum TurnedPipeTable {
    /// Rows of figures at least between the header row and the label row.
    static let minFigureRows = 1

    static func reorder(_ text: String) -> String {
        PipeTableBlocks.rewriteEach(text, containing: ["|"]) { block in
            // One table: its header row, the alignment row, body rows, all of one width.
            guard block.count >= 4, let head = SideBySidePipeTables.rawCells(block[0]), head.count >= 3,
                  let rule = SideBySidePipeTables.rawCells(block[1]), FigureInLabelCell.isAlignment(rule) else { return nil }
            let body = block.dropFirst(2).compactMap(SideBySidePipeTables.rawCells)
            guard body.count == block.count - 2, body.allSatisfy({ $0.count == head.count }),
                  let printed = columnsAsPrinted(head: head, body: body) else { return nil }
            let rows = (0..<head.count).map { i in "|" + printed.map { $0[i] }.joined(separator: "|") + "|" }
            return [rows[0], "|" + printed.map { _ in "---" }.joined(separator: "|") + "|"] + rows.dropFirst()
        }
    }

    /// The printed columns, left to right (each a pipe row of raw cells), when the table is one
    /// written column by column from a turned page; nil otherwise.
    static func columnsAsPrinted(head: [String], body: [[String]]) -> [[String]]? {
        guard let labelRow = body.last, body.count >= minFigureRows + 1 else { return nil }
        guard !plain(head[0]).isEmpty, !SpacerPipeColumns.isFigure(plain(head[0])),
              head.dropFirst().allSatisfy({ SpacerPipeColumns.isFigure(plain($0)) }) else { return nil }
        guard !SpacerPipeColumns.isFigure(plain(labelRow[0])), labelRow.dropFirst().allSatisfy(isRowLabel) else { return nil }
        let figureRows = body.dropLast()
        guard figureRows.allSatisfy({ row in
            !plain(row[0]).isEmpty && !SpacerPipeColumns.isFigure(plain(row[0]))
                && row.dropFirst().allSatisfy { plain($0).isEmpty || SpacerPipeColumns.isFigure(plain($0)) }
                && row.dropFirst().contains { !plain($0).isEmpty }
        }) else { return nil }
        let printedBefore: [[String]] = figureRows.reversed()
        return [labelRow] + printedBefore + [head]
    }

    /// A printed row's label: a word (a letter in it), no figure and no unit alone.
    private static func isRowLabel(_ cell: String) -> Bool {
        let t = plain(cell)
        return t.contains(where: \.isLetter) && !SpacerPipeColumns.isFigure(t) && !TableUnit.isUnitCell(t)
    }

    /// A cell's text without emphasis marks and line breaks ("**Muut**<br>**toimintakulut**" →
    /// "Muut toimintakulut").
    static func plain(_ cell: String) -> String {
        cell.replacingOccurrences(of: "<br>", with: " ").replacingOccurrences(of: "**", with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: " _\u{00A0}"))
    }
}
