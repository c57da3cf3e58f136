/// A sub-item's label one pipe cell to the right, as markitdown (pdfplumber's table finder) draws an
/// indented label: the finder cuts a column wherever a line's text starts, so the indent of the
/// items under a group ("Toimintatuotot" over an indented "Myyntituotot") becomes a column of its
/// own, and the item's label stands in pipe cell 1 with cell 0 empty:
/// "| | Ulkopuoliset palvelut | | -2 350,26 | | -2 321,73 | |" beside
/// "| Liiketoiminnan muut kulut | | | -77 082,51 | | -78 771,86 | |" (real Koha-Suomi's income
/// statement), "| | Myyntituotot | | 22 591 520 | | 22 784 365 | -0,8 % |" beside
/// "| Valmistus omaan käyttöön | | | 3 228 036 | | | 0 |" (synth varpuvirta, Word-made; kuusimaki,
/// kivimaki the same; real Kauhava "| | Korkotuotot | | 462 | 328 |").
/// In a run of pipe blocks (`SpacerPipeColumns.runs`) where no row fills both cell 0 and cell 1,
/// the two are one label column: a row with a figure whose cell 0 is empty and whose cell 1 holds
/// words takes cell 1 as its label (cell 1 left empty), and cell 1, then empty in every row, is
/// dropped. A table whose cell 1 is a column of its own (a code and a name, "| 3001 | Myyntituotot |")
/// fills both in its rows and is left as it is. No figure moves: every row keeps its value cells.
enum IndentedLabelCell {
    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        var changed = false
        for members in SpacerPipeColumns.runs(lines, cells: cells) {
            guard let rewritten = rewrite(members.compactMap { cells[$0] }) else { continue }
            for (k, line) in zip(members, rewritten) { lines[k] = line }
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The run's rows rewritten, or nil when no label stands in cell 1.
    static func rewrite(_ rows: [[String]]) -> [String]? {
        guard let width = rows.first?.count, width >= 3 else { return nil }
        let trimmed = rows.map { $0.map { $0.trimmingCharacters(in: .whitespaces) } }
        let isRule = rows.map(FigureInLabelCell.isAlignment)
        let data = trimmed.indices.filter { !isRule[$0] }
        guard !data.contains(where: { !trimmed[$0][0].isEmpty && !trimmed[$0][1].isEmpty }) else { return nil }
        let indented = data.filter { isIndentedItem(trimmed[$0]) }
        // An indent needs rows labelled at the margin too: when no row labels cell 0, cell 0 is an
        // empty marker column (`PipeCellBreaks`, pymupdf4llm's "||Omavaraisuusaste, %|59,2 %|…|").
        guard !indented.isEmpty, data.contains(where: { trimmed[$0][0].contains(where: \.isLetter) }) else { return nil }
        var out = trimmed
        for r in indented {
            out[r][0] = out[r][1]
            out[r][1] = ""
        }
        let dropSecond = !data.contains { !out[$0][1].isEmpty }
        return out.indices.map { r in
            var row = isRule[r] ? rows[r] : out[r]
            if dropSecond { row.remove(at: 1) }
            return "|" + row.joined(separator: "|") + "|"
        }
    }

    /// Cell 0 empty, cell 1 words (a letter, not a unit), and a figure in a later cell.
    static func isIndentedItem(_ row: [String]) -> Bool {
        guard row[0].isEmpty, row[1].contains(where: \.isLetter), !SpacerPipeColumns.isUnit(row[1]) else { return false }
        return row.dropFirst(2).contains(where: isFigure)
    }

    /// Digits with group spaces, separators, signs, a per cent or euro sign; a year ("2024") or a
    /// date ("31.12.2024") alone is a header word.
    static func isFigure(_ cell: String) -> Bool {
        let isYear = cell.count == 4 && cell.allSatisfy(\.isASCIIDigit) && (cell.hasPrefix("19") || cell.hasPrefix("20"))
        return cell.contains(where: \.isNumber) && !isYear && !SpacerPipeColumns.isDate(cell)
            && cell.allSatisfy { $0.isNumber || " \u{00A0}\u{202F},.-\u{2212}\u{2013}+%€()".contains($0) }
    }
}
