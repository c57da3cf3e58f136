/// A converter's pipe table that drew no bound between the label column and the first value
/// column, so each row's first figure stands in the label cell after a `<br>`. pymupdf4llm writes
/// the unit table of the spreadsheet-made synthetic tamminiemi (p. 6, "TEKNINEN LAUTAKUNTA,
/// KÄYTTÖTALOUS") as "|**TP 2021**<br>**TA**|**+ muutokset**|**TP 2022**|**Muutos %**|" over
/// rows "|Menot<br>–2.025|–2.228|–2.032|0,3 %|", and the balance sheet of the HTML-made synthetic
/// katajaselka (pp. 2–3, "VASTAAVAA") as "||**31.12.2025**<br>**3**|**1.12.2024**|" over
/// "|1.|Aineettomat oikeudet<br>254|254|". Read as drawn, the label is "Menot –2.025" and every
/// figure stands one column left of its header.
/// When at least `minRows` body rows of a pipe table end one cell (the same in each) with a figure
/// on a line of its own after words, with a figure in the cell after it, and they are at least half
/// of the rows with a figure there, that cell is two: the words are the label, the figure the
/// first value. Every row of the table is split the same way (a cell of words alone is a label
/// with an empty first value; a figure or a unit alone is the first value), since the converter
/// drew the same bounds for every row. The header cell over it holds the first value column's
/// header and, on its later lines, the start of the next one's ("TA" of "TA + muutokset",
/// "3" of "31.12.2024"), which is put back in front of it. No figure changes or moves between rows.
enum FigureInLabelCell {
    /// Fewer rows of words-then-figure than this do not show the missing bound.
    static let minRows = 3

    /// The text with every such pipe table's merged cell split in two.
    static func reorder(_ text: String) -> String {
        PipeTableBlocks.rewriteEach(text, rewrite)
    }

    /// The block's lines with the merged cell split, or nil when the block does not show it.
    static func rewrite(_ block: [String]) -> [String]? {
        let rows = block.compactMap(SideBySidePipeTables.rawCells)
        guard rows.count == block.count, let width = rows.first?.count, width >= 3,
              rows.allSatisfy({ $0.count == width }),
              let rule = rows.firstIndex(where: isAlignment), rule >= 1,
              let m = mergedColumn(Array(rows[(rule + 1)...]), width: width) else { return nil }
        return rows.indices.map { k in
            let cells = rows[k]
            var rest = Array(cells[(m + 1)...])
            let split: [String]
            if k == rule {
                split = ["---", "---"]
            } else if k < rule {
                let segments = PipeCellBreaks.split(cells[m]).filter { !PipeCellBreaks.lines($0).lines.isEmpty }
                split = ["", segments.first ?? ""]
                if segments.count > 1, !rest.isEmpty {
                    rest[0] = carry(segments.dropFirst().joined(separator: " "), onto: rest[0])
                }
            } else {
                split = splitBody(cells[m])
            }
            return "|" + (Array(cells[..<m]) + split + rest).joined(separator: "|") + "|"
        }
    }

    /// The column whose cells hold label words and the first figure, or nil.
    static func mergedColumn(_ body: [[String]], width: Int) -> Int? {
        for m in 0..<(width - 1) {
            let valued = body.filter { lastIsFigure($0[m + 1]) }
            let hits = valued.filter { wordsThenFigure($0[m]) != nil }.count
            if hits >= minRows, 2 * hits >= valued.count { return m }
        }
        return nil
    }

    /// (label, figure) of a cell of words with a figure on its last line, else nil.
    static func wordsThenFigure(_ cell: String) -> (label: String, figure: String)? {
        let segments = PipeCellBreaks.split(cell).filter { !PipeCellBreaks.lines($0).lines.isEmpty }
        guard segments.count >= 2, let last = segments.last, isFigure(last),
              segments.dropLast().contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        return (segments.dropLast().joined(separator: "<br>"), last)
    }

    /// A body cell of the merged column as its two cells (label, first value).
    static func splitBody(_ cell: String) -> [String] {
        if let (label, figure) = wordsThenFigure(cell) { return [label, figure] }
        let plain = PipeCellBreaks.lines(cell).lines.joined(separator: " ")
        if plain.isEmpty { return ["", ""] }
        if isFigure(cell) || TableUnit.isUnitCell(plain) { return ["", cell] }
        return [cell, ""]
    }

    /// A figure alone (no year, no unit alone), bold or italic marks aside.
    static func isFigure(_ raw: String) -> Bool {
        let lines = PipeCellBreaks.lines(raw).lines
        guard lines.count == 1, let line = lines.first else { return false }
        let text = String(String.UnicodeScalarView(line.unicodeScalars.filter { !FinnishNumber.isInvisible($0.value) }))
            .trimmingCharacters(in: .whitespaces)
        return FinnishNumber.parse(text) != nil && !WordTraits.isYear(text) && !TableUnit.isUnitCell(text)
    }

    static func lastIsFigure(_ cell: String) -> Bool {
        guard let last = PipeCellBreaks.split(cell).last(where: { !PipeCellBreaks.lines($0).lines.isEmpty }) else { return false }
        return isFigure(last)
    }

    /// A header's carried start put in front of the rest: "TA" + "+ muutokset"; "3" + "1.12.2024"
    /// (a date cut inside its digits joins without a space).
    static func carry(_ start: String, onto cell: String) -> String {
        let a = PipeCellBreaks.lines(start).lines.joined(separator: " ")
        let b = PipeCellBreaks.lines(cell).lines.joined(separator: " ")
        if b.isEmpty { return a }
        let glued = a.last.map(\.isASCIIDigit) == true && b.first.map(\.isASCIIDigit) == true
        return a + (glued ? "" : " ") + b
    }

    static func isAlignment(_ cells: [String]) -> Bool {
        cells.allSatisfy { c in
            let t = c.trimmingCharacters(in: .whitespaces)
            return t.contains("-") && t.allSatisfy { "-:".contains($0) }
        }
    }
}
