/// A grid whose label column markitdown cut past the first value column: the Word-made synth
/// honkaniemi's balance sheet in thousands (pp. 2–3) is written "| 1 000 € 31.12.2024 | 31.12.2023
/// | | | | |" over "| A OMA PÄÄOMA 102602 | 100024 | | | | |": the header's label cell ends in the
/// first period, each row's label cell in that period's figure, and the second period's column
/// holds the second figure. Read as printed the table has one column, and every label carries a
/// number. The header says where the cut belongs: a header row whose label cell ends in a period
/// (a date "31.12.2024" or a year) with the next cell a period too, and its last cell empty. Under
/// it (through the grid's next blocks, a few lines of group names apart, up to a blank line or a
/// grid of another width), a row whose label cell ends in a figure after words, with a figure in
/// the next cell and its last cell empty, has that figure moved into a cell of its own after the
/// label (the empty last cell dropped, so the grid keeps its width); the header's period likewise.
/// The rows are read in doubt (`SpacerPipeColumns.doubtMark`: every figure flagged), the cut being
/// the header's, not the page's. A label ending in a figure under any other header stays as printed.
enum FirstFigureInLabelCell {
    /// Text lines at most between blocks of one grid (group names, a side's title "Vastattavaa").
    static let maxLinesBetween = 3

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        var width: Int?
        var textRun = 0
        for k in lines.indices {
            guard let row = SideBySidePipeTables.rawCells(lines[k]) else {
                let blank = lines[k].trimmingCharacters(in: .whitespaces).isEmpty
                textRun += 1
                if blank || textRun > maxLinesBetween { width = nil }
                continue
            }
            textRun = 0
            if width != nil, row.count != width { width = nil }
            if let cut = header(row) {
                lines[k] = line(row, label: cut.label, figure: cut.period, doubted: false)
                width = row.count
                changed = true
            } else if width != nil, let cut = body(row) {
                lines[k] = line(row, label: cut.label, figure: cut.figure, doubted: true)
                changed = true
            }
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The row with `figure` in a cell of its own after `label`, its empty last cell dropped.
    static func line(_ row: [String], label: String, figure: String, doubted: Bool) -> String {
        let cells = [(doubted ? String(SpacerPipeColumns.doubtMark) : "") + label, figure] + row.dropFirst().dropLast()
        return "| " + cells.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " | ") + " |"
    }

    /// ("1 000 €", "31.12.2024") of a header row "| 1 000 € 31.12.2024 | 31.12.2023 | … | |".
    static func header(_ row: [String]) -> (label: String, period: String)? {
        guard row.count >= 3, row.last?.trimmingCharacters(in: .whitespaces).isEmpty == true,
              isPeriod(row[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        let words = row[0].split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, let last = words.last, isPeriod(last) else { return nil }
        return (words.dropLast().joined(separator: " "), last)
    }

    /// ("A OMA PÄÄOMA", "102602") of a row "| A OMA PÄÄOMA 102602 | 100024 | … | |".
    static func body(_ row: [String]) -> (label: String, figure: String)? {
        guard row.count >= 3, row.last?.trimmingCharacters(in: .whitespaces).isEmpty == true,
              SpacerPipeColumns.isFigure(row[1]) else { return nil }
        let words = row[0].split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, let last = words.last, words.dropLast().joined().contains(where: \.isLetter),
              last.contains(where: \.isNumber), FinnishNumber.parse(last) != nil, SpacerPipeColumns.isFigure(last)
        else { return nil }
        return (words.dropLast().joined(separator: " "), last)
    }

    /// "31.12.2024" or "2024".
    static func isPeriod(_ word: String) -> Bool {
        if SpacerPipeColumns.isDate(word) { return true }
        return word.count == 4 && word.allSatisfy(\.isASCIIDigit) && (word.hasPrefix("19") || word.hasPrefix("20"))
    }
}
