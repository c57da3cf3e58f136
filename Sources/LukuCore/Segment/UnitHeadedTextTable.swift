/// Raw text of a one-value outline table headed only by its unit: the text extract published
/// with the state budget ("  1000 €" / "TULOARVIOT" / "11. VEROT JA VERONLUONTEISET TULOT 65 324
/// 653" / "01. … verot  33 085 000"; a label wrapped over two lines with its value alone on a
/// later line). No column header fixes the column count, so every row must end in exactly one
/// grouped number; a caps title line with no number (`TULOARVIOT`, `MÄÄRÄRAHAT`) starts the next
/// table under that caption; the unit line repeated at a page top goes on with the table.
struct UnitHeadedTextTable: Sendable {
    /// Lines without a number in a row (a label wrapped over several lines) before the table ends.
    var maxLabelRun = 3

    /// The tables from the unit line at `start` on, and the index after the last line read.
    func tables(_ lines: [TextLine], from start: Int) -> ([TableDraft], Int)? {
        guard let unit = TableUnit.ofUnitLine(lines[start]) else { return nil }
        var drafts: [TableDraft] = []
        var caption: String?
        var assembler = RowAssembler(columnCount: 1)
        var first = start, last = start, labelRun = 0, rowsInTable = 0
        var i = start + 1
        func close() {
            guard rowsInTable > 0 else { return }
            drafts.append(TableDraft(page: lines[first].page, pages: Array(Set(lines[first...last].map(\.page))).sorted(),
                                     bbox: nil, caption: caption, unit: unit, columns: [Column(header: "")],
                                     rows: assembler.rows, hasHeader: false, firstLine: first, lastLine: last,
                                     pendingGroup: assembler.pendingGroup))
        }
        // Numbered items and their wrapped lines were taken for headings before tables were
        // looked for; inside the table they are rows, and the table ends only where
        // more than `maxLabelRun` lines in a row hold no number, or at a Markdown heading.
        while i < lines.count, lines[i].markdownLevel == nil {
            let line = lines[i]
            if line.isEmpty { i += 1; continue }
            if TableUnit.ofUnitLine(line) == unit { last = i; i += 1; continue }  // repeated at a page top
            let words = line.words.map(\.text)
            let split = Self.valueStart(words)
            if split == words.count {
                if WordTraits.isCapsTitle(line.text), !WordTraits.startsWithOutlineMarker(line.text),
                   labelRun == 0, assembler.pendingGroup == nil {
                    close()
                    caption = line.text
                    assembler = RowAssembler(columnCount: 1)
                    first = i; last = i; rowsInTable = 0
                    i += 1
                    continue
                }
                labelRun += 1
                if labelRun > maxLabelRun { break }
                assembler.addLabelOnly(line.text, level: 0)
                i += 1
                continue
            }
            // A row of several figures ("Verotulot 31 902 33 595 1 693 105,3 % 33 172 423 -17,2 %"
            // under a lone "%", Kauhava p. 124 in `pdftotext -raw` and pypdf) is no one-value row:
            // the outline ends, and its figures are left to the readers of many columns.
            if split > 0, TextTableBuilder.isTailToken(words[split - 1]) { break }
            let label = words[..<split].joined(separator: " ")
            let value = words[split...].joined(separator: " ")
            // A number alone on its line ends the label wrapped above it. With no label above it
            // since the last row, it is no one-value row: a column's values one per line
            // (`pdftotext` default order, synth honkakoski p. 6 "Tot." / "%" and then the block
            // "-10 155 200,00" …; kemijarvi-konserni-elinvoima-ta2026 p. 3 "%" / "21,9" / "−2,8")
            // or a row's further values one per line (synth joutsenkyla p. 4 under "euroa"). Which
            // row and column it belongs to is not in the text: kept where it stands, flagged.
            let labelless = split == 0 && labelRun == 0
            assembler.addRow(label: label, level: 0, cells: [CellReader.cell(value, column: nil, doubtful: labelless)])
            labelRun = 0
            rowsInTable += 1
            last = i
            i += 1
        }
        close()
        return drafts.isEmpty ? nil : (drafts, last + 1)
    }

    /// Where the one number a row ends in starts: the shortest tail of words that reads as one
    /// Finnish number with grouped thousands, taken as long as it still does ("65 324 653", not
    /// "653"). `words.count` when the line ends in no number, or in a year or a lone small number
    /// that is part of the label's wording is not told apart (the caller checks the layout).
    static func valueStart(_ words: [String]) -> Int {
        var start = words.count
        // A later group alone ("000") is no number, so every tail of up to eight words is tried.
        for k in stride(from: words.count - 1, through: max(0, words.count - 8), by: -1)
        where FinnishNumber.parse(words[k...].joined(separator: " ")) != nil {
            start = k
        }
        // A unit ending a label ("Kertynyt yli-/alijäämä, 1 000 €", synth honkakoski p. 4) is
        // the label's wording, not a value of 1 000.
        if start < words.count, TableUnit.ofWholeText(words[start...].joined(separator: " ")) != nil {
            return words.count
        }
        return start
    }
}
