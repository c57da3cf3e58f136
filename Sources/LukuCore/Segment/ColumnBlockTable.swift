/// A table written in column blocks, as `pdftotext` writes tables in its default reading order:
/// the row labels one per line, then for each column its heading ("TA+muutos" / "2024") and its
/// values one per line (kemijarvi-hallintopalvelut-tp2024 page 4: "MENOT" / "TULOT" /
/// "NETTOMENO", then "TA+muutos 2024" over three values, "TP 2024" over three, "POIKKEAMA €",
/// "POIKKEAMA %"; the key figures above it the same way under a caption "Tunnusluvut").
/// The text says which value belongs to which row only by position, so the table is recovered
/// only when every block holds exactly as many values as there are labels (a caption line may
/// open the labels, and the run of labels is taken whole), and every cell is flagged
/// `ambiguous-split`: arithmetic cannot prove the pairing (MENOT + TULOT = NETTOMENO holds with
/// MENOT and TULOT swapped, and an identity within a row holds with every label shifted, as
/// Kauhava p. 73 showed before the whole-run rule). Anything else stays prose.
struct ColumnBlockTable: Sendable {
    /// Label lines read at most (a block longer than this is no table's).
    var maxLabels = 40

    /// The table from the label run at `start`, the index after its last block, and its issue.
    func read(_ lines: [TextLine], from start: Int, excluded: Set<Int>) -> (TableDraft, Int, Issue)? {
        // The whole run of labels, never its tail: a run that starts mid-way would pair the
        // blocks with the wrong labels (Kauhava p. 73 prints 13 labels over blocks of 10 values,
        // its empty cells not printed; from its third label on the counts would seem to agree).
        if start > 0, !excluded.contains(start - 1), lines[start - 1].page == lines[start].page,
           !lines[start - 1].isEmpty, isLabel(lines[start - 1]) { return nil }
        var labels: [String] = []
        var i = start
        while i < lines.count, !excluded.contains(i), !lines[i].isEmpty, labels.count <= maxLabels {
            guard isLabel(lines[i]) else { return nil }
            labels.append(lines[i].text.trimmingCharacters(in: .whitespaces))
            i += 1
        }
        guard labels.count >= 2, labels.count <= maxLabels else { return nil }
        var blocks: [(heading: [String], values: [String])] = []
        // Column headings printed as paragraphs of their own before the first block, one per
        // column (`HeadingParagraphs`).
        var ahead: [[String]] = []
        var last = i - 1
        while true {
            var j = i
            while j < lines.count, lines[j].isEmpty { j += 1 }
            var heading: [String] = []
            // The first block is headed by column words; the others may be named in the document's
            // own words ("Raami 2025", "Ero raamiin", lapua-ta2025-lautakuntien-talousarviot p. 2).
            while j < lines.count, heading.count < 3, !excluded.contains(j),
                  blocks.isEmpty ? isHeading(lines[j]) : isOwnHeading(lines[j]) {
                heading.append(lines[j].text.trimmingCharacters(in: .whitespaces))
                j += 1
            }
            var values: [String] = []
            while j < lines.count, !excluded.contains(j), !lines[j].isEmpty, isValue(lines[j]) {
                values.append(lines[j].text.trimmingCharacters(in: .whitespaces))
                j += 1
            }
            if blocks.isEmpty, values.isEmpty, !heading.isEmpty, ahead.count < HeadingParagraphs.maxColumns,
               j < lines.count, lines[j].isEmpty {
                ahead.append(heading)
                i = j
                continue
            }
            guard !heading.isEmpty, !values.isEmpty, blocks.isEmpty || values.count == blocks[0].values.count,
                  j == lines.count || lines[j].isEmpty else { break }
            blocks.append((heading, values))
            last = j - 1
            i = j
        }
        guard blocks.count >= 2, let m = blocks.first?.values.count, m >= 2,
              labels.count == m || labels.count == m + 1,
              let headings = HeadingParagraphs.join(ahead, blocks.map(\.heading)) else { return nil }
        for c in blocks.indices { blocks[c].heading = headings[c] }
        let caption = labels.count == m + 1 ? labels.first : nil
        let rowLabels = Array(labels.suffix(m))
        let columns = blocks.map { TextTableBuilder.column($0.heading.joined(separator: " ")) }
        var assembler = RowAssembler(columnCount: columns.count)
        for r in 0..<m {
            assembler.addRow(label: rowLabels[r], level: 0,
                             cells: columns.indices.map { c in CellReader.cell(blocks[c].values[r], column: columns[c]) })
        }
        let draft = TableDraft(page: lines[start].page, pages: Array(Set(lines[start...last].map(\.page))).sorted(), bbox: nil,
                               caption: caption, unit: nil, columns: columns, rows: assembler.rows, hasHeader: true,
                               firstLine: start, lastLine: last, pendingGroup: assembler.pendingGroup)
        let issue = Issue(severity: .warning, code: "column-blocks", page: lines[start].page,
                          message: "a table written in column blocks (its labels, then each column's heading and values, as `pdftotext` writes by default) recovered by position: every block holds \(m) values for \(m) labels; which label each value has is known from the order alone, so every cell is flagged ambiguous-split (the table's checks say whether its arithmetic holds)")
        return (ColumnBlockPages.flagEveryCell(draft), last + 1, issue)
    }

    /// A line of words that is no number ("Muutos %" names a row here: the labels end at a blank line).
    private func isLabel(_ line: TextLine) -> Bool {
        guard line.tabCells == nil, line.markdownLevel == nil, !isValue(line) else { return false }
        return line.words.count <= TableLineRole.maxLabelWords
    }

    /// Column words only, with a kind or a period among them ("TA+muutos", "2024", "POIKKEAMA", "€").
    private func isHeading(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        guard !words.isEmpty, words.count <= 4, line.tabCells == nil, !isValue(line) else { return false }
        return words.allSatisfy { ColumnHeader.isHeaderToken($0) || PlainHeader.isPeriod($0) || $0 == "€" || $0 == "%" }
            || HeadingParagraphs.isUnitOnly(line)
    }

    /// A short line of words that is no number: a column named in the document's own words.
    private func isOwnHeading(_ line: TextLine) -> Bool {
        isHeading(line) || line.words.count <= 4 && line.tabCells == nil && line.markdownLevel == nil && !isValue(line)
            && !line.isEmpty
    }

    /// One number (or placeholder) alone on its line, not a year.
    private func isValue(_ line: TextLine) -> Bool {
        let text = line.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, line.tabCells == nil else { return false }
        if FinnishNumber.isPlaceholder(text) { return true }
        return FinnishNumber.parse(text) != nil && !WordTraits.isYear(text)
    }
}
