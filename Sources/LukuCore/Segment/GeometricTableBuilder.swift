/// Finds numeric tables on PDF pages and builds them from word geometry.
///
/// A table is a run of data rows (a label and runs of value words) with the short label-only lines
/// between them (group sub-headings), plus up to three header lines right above. Columns come
/// from the right edges of the values (`ColumnClusterer`); every word right of the label is put
/// in the column it overlaps, so text in a number column ("siirretty") lands where it is printed.
struct GeometricTableBuilder: Sendable {
    var settings = TableSettings.default
    var clusterer: ColumnClusterer { ColumnClusterer(toleranceEm: settings.columnToleranceEm) }
    var headerAssigner: HeaderAssigner { HeaderAssigner(paddingEm: settings.headerPaddingEm, cellGapEm: settings.labelGapEm) }

    /// `roles` are `TableLineRole.classify` of each line, computed once by the caller.
    func tables(in lines: [TextLine], roles: [TableLineRole], excluded: Set<Int>) -> [TableDraft] {
        var drafts: [TableDraft] = []
        var i = 0
        while i < lines.count {
            guard !excluded.contains(i), case .data = roles[i] else { i += 1; continue }
            let (region, dataCount) = grow(from: i, lines: lines, roles: roles, excluded: excluded)
            guard dataCount >= 2 || (dataCount == 1 && region.header.count > 0) else { i += 1; continue }
            if let draft = build(region, lines: lines, roles: roles) { drafts.append(draft) }
            i = region.rows.upperBound
        }
        return drafts
    }

    struct Region {
        var header: [Int]
        var rows: Range<Int>
        /// Label-only lines ending the page right after the rows: a group heading whose rows
        /// continue on the next page.
        var trailingGroup: [Int]
    }

    private func close(_ a: TextLine, _ b: TextLine) -> Bool {
        // A line above the previous one starts another stream (the right half of a split page).
        guard a.page == b.page, let ab = a.box, let bb = b.box, bb.y0 >= ab.y0 - 1 else { return false }
        let em = max(a.fontSize, b.fontSize, 1)
        return bb.y0 - ab.y1 <= settings.maxRowGapEm * em - (bb.height + ab.height) / 2 + em
    }

    private func inRowPitch(_ a: TextLine, _ b: TextLine) -> Bool {
        guard a.page == b.page, let ay = a.box?.y0, let by = b.box?.y0 else { return false }
        return by > ay && by - ay <= settings.rowPitchEm * max(a.fontSize, b.fontSize, 1)
    }

    private func grow(from start: Int, lines: [TextLine], roles: [TableLineRole], excluded: Set<Int>)
        -> (Region, Int) {
        var end = start + 1, lastIncluded = start, dataCount = 1, labelRun = 0, markedRun = 0
        var j = start + 1
        while j < lines.count, !excluded.contains(j), close(lines[j - 1], lines[j]) {
            switch roles[j] {
            case .data:
                dataCount += 1; labelRun = 0; markedRun = 0; lastIncluded = j; end = j + 1
            // A wrapped label ("Toimeksiantojen varo-" / "jen ja pääomien muu-") counts as one label.
            case .labelOnly where WordTraits.endsUnfinished(lines[j - 1].text) || WordTraits.continuesText(lines[j].text):
                break
            // Numbered line items with no values (a statement printing empty amounts as blanks,
            // synth sheet family) go on the table; any other run of label lines ends it.
            case .labelOnly where WordTraits.startsWithOutlineMarker(lines[j].text) && markedRun < settings.maxMarkedLabelRun:
                markedRun += 1
            case .labelOnly where labelRun < settings.maxLabelOnlyRun
                || labelRun < settings.maxPitchedLabelRun && inRowPitch(lines[j - 1], lines[j]):
                labelRun += 1
            default:
                j = lines.count
                continue
            }
            j += 1
        }
        // Label-only lines after the last row: keep them when nothing else follows on the page.
        var trailing: [Int] = []
        var t = lastIncluded + 1
        while t < lines.count, trailing.count < settings.maxLabelOnlyRun, lines[t].page == lines[lastIncluded].page,
              roles[t] == .labelOnly, !excluded.contains(t) {
            trailing.append(t); t += 1
        }
        if t < lines.count && lines[t].page == lines[lastIncluded].page { trailing = [] }
        // Walk up: label-only lines (group headings of the first rows), then header lines.
        var first = start
        var k = start - 1, labels = 0
        while k >= 0, !excluded.contains(k), roles[k] == .labelOnly, labels < settings.maxLabelOnlyRun, close(lines[k], lines[k + 1]),
              !HeaderAssigner.isAlignedHeader(lines[k], over: lines[start], settings: settings) {
            labels += 1; k -= 1
        }
        // Header lines, possibly with a wrapped caption line between them ("Viestintä- ja" /
        // "markkinointipalvelut"); the topmost line must be a header line.
        var header: [Int] = []
        var h = k
        var zone: [Int] = []
        while h >= 0, !excluded.contains(h), zone.count < settings.maxHeaderLines + 1, close(lines[h], lines[h + 1]),
              roles[h] == .header || roles[h] == .labelOnly && (!zone.isEmpty || HeaderAssigner.isAlignedHeader(lines[h], over: lines[start], settings: settings)) {
            zone.insert(h, at: 0)
            if roles[h] == .header || roles[h] == .labelOnly && HeaderAssigner.isGroupHeader(lines[h], above: lines[h + 1])
                || zone.count == 1 && HeaderAssigner.isAlignedHeader(lines[h], over: lines[start], settings: settings) {
                header = zone
            }
            h -= 1
        }
        if !header.isEmpty || labels > 0 { first = k + 1 }
        return (Region(header: header, rows: first..<end, trailingGroup: trailing), dataCount)
    }

    /// A line of the region as the row rules see it: signs alone in the value columns, or its
    /// label (words starting left of where the longest label ends) and the cells its other words
    /// fall in; numbers are placed one by one, a run of words is one text cell.
    private func rowLine(_ line: TextLine, previous: TextLine?, next: TextLine?, nextIsData: Bool,
                         spans: [ColumnClusterer.Span], columns: [Column], cellZoneLeft: Double, labelRight: Double,
                         level: Int, pitch: RowPitch) -> RowLine {
        var row = RowLine(line: line, previous: previous, next: next, nextIsData: nextIsData, label: "",
                          cells: Array(repeating: nil, count: spans.count), parts: [:], partBoxes: [:],
                          isLabelOnly: false, signs: nil, level: level, columns: columns, pitch: pitch)
        if line.words.allSatisfy({ NumberJoiner.isSign($0.text) }), let x0 = line.words.first?.box?.x0, x0 >= cellZoneLeft {
            var signs: [Int: String] = [:]
            for w in line.words { if let b = w.box { signs[ColumnClusterer.column(for: b, in: spans)] = w.text } }
            row.signs = signs
            return row
        }
        var chunks = TableLineRole.cells(of: line, settings: settings)
        // A run starting right of the labels is a cell (the second line of a multi-line text cell).
        if let first = chunks.first, let x0 = first.first?.box?.x0, x0 < min(cellZoneLeft, labelRight),
           !first.allSatisfy({ WordTraits.isValue($0.text) }) {
            row.label = first.map(\.text).joined(separator: " ")
            chunks.removeFirst()
        }
        row.isLabelOnly = chunks.isEmpty
        for chunk in chunks {
            let pieces: [Word] = chunk.allSatisfy({ WordTraits.isValue($0.text) }) ? chunk : [Word.merged(chunk)]
            for w in pieces {
                let c = w.box.map { ColumnClusterer.column(for: $0, in: spans) } ?? 0
                row.cells[c] = CellReader.append(w, to: row.cells[c], column: columns[c])
                row.parts[c] = row.parts[c].map { $0 + " " + w.text } ?? w.text
                row.partBoxes[c] = BoundingBox.union(row.partBoxes[c], w.box)
            }
        }
        return row
    }

    private func build(_ region: Region, lines: [TextLine], roles: [TableLineRole]) -> TableDraft? {
        let rowLines = Array(region.rows)
        var valueRows: [[BoundingBox]] = []
        var sizes: [Double] = []
        for i in rowLines {
            guard case .data(let labelCount) = roles[i] else { continue }
            var boxes: [BoundingBox] = []
            for chunk in TableLineRole.cells(of: lines[i], settings: settings).dropFirst(labelCount > 0 ? 1 : 0)
            where chunk.allSatisfy({ WordTraits.isValue($0.text) }) {
                for w in chunk { if let b = w.box { boxes.append(b); sizes.append(w.fontSize) } }
            }
            valueRows.append(boxes)
        }
        guard !sizes.isEmpty else { return nil }
        let em = sizes.sorted()[sizes.count / 2]
        let (valueSpans, alignment) = clusterer.columns(ofRows: valueRows, em: em)
        guard !valueSpans.isEmpty else { return nil }
        // Right edge of the printed labels: header words left of it are caption or subtitle.
        var labelRight = -Double.infinity
        for i in rowLines {
            guard case .data(let labelCount) = roles[i], labelCount > 0, let b = lines[i].words[labelCount - 1].box else { continue }
            labelRight = max(labelRight, b.x1)
        }
        // A header line has its header words over the columns; one with header words in the label
        // column is a subtitle ("TA 2024 vrt. TA 2023"): it and the lines above it are not header.
        var headerLines = region.header
        // Unit lines in the header zone give the table's unit and head no column.
        let unitLines = headerLines.filter { TableUnit.ofUnitLine(lines[$0], settings: settings) != nil }
        let printedUnit = unitLines.first.flatMap { TableUnit.ofUnitLine(lines[$0], settings: settings) }
        headerLines.removeAll { unitLines.contains($0) }
        if let bad = headerLines.lastIndex(where: { i in
            lines[i].words.contains { w in ColumnHeader.isHeaderToken(w.text) && (w.box?.x0 ?? .infinity) < labelRight }
        }) {
            headerLines.removeFirst(bad + 1)
        }
        let header = headerAssigner.assign(headerLines.map { lines[$0] }, valueSpans: valueSpans, alignment: alignment,
                                           labelRight: labelRight, em: em)
        let spans = header.spans
        let caption = header.caption
        let headerParts = header.headers
        guard let leftmost = spans.map(\.x0).min() else { return nil }
        let cellZoneLeft = leftmost - 0.3 * em
        let columns = headerParts.map { parts -> Column in
            let header = parts.joined(separator: " ")
            let (kind, year, unit) = ColumnHeader.classify(header)
            return Column(header: header, kind: kind, year: year, unit: unit)
        }

        let levels = IndentLevels(lines: rowLines.map { lines[$0] }, em: em, toleranceEm: settings.indentToleranceEm)
        var state = RowState(columns: spans.count)
        // Lines of one wrapped cell stand closer than rows do (Kauhava p. 120: 11 pt against 15).
        let pitch = RowPitch(rowLines.compactMap { lines[$0].box?.y0 }, tightShare: settings.tightRowShare)
        for (k, i) in rowLines.enumerated() {
            var row = rowLine(lines[i], previous: k > 0 ? lines[rowLines[k - 1]] : nil,
                              next: k + 1 < rowLines.count ? lines[rowLines[k + 1]] : nil,
                              nextIsData: k + 1 < rowLines.count && { if case .data = roles[rowLines[k + 1]] { return true }; return false }(),
                              spans: spans, columns: columns, cellZoneLeft: cellZoneLeft, labelRight: labelRight,
                              level: levels.level(of: lines[i]), pitch: pitch)
            if RowRules.all.contains(where: { $0.apply(&row, to: &state) }) { continue }
            state.assembler.addRow(label: row.label, level: row.level, cells: row.cells)
        }
        state.flushFragment()
        var assembler = state.assembler
        for i in region.trailingGroup { assembler.addLabelOnly(lines[i].text, level: levels.level(of: lines[i])) }

        let all = headerLines + unitLines + rowLines + region.trailingGroup
        let bbox = all.compactMap { lines[$0].box }.reduce(nil as BoundingBox?) { acc, box in acc.map { $0.union(box) } ?? box }
        let captionText = caption.isEmpty ? nil : TextJoiner.join([caption.joined(separator: " ")])
        guard let firstRow = rowLines.first, let firstLine = all.min(), let lastLine = all.max() else { return nil }
        return TableDraft(page: lines[firstRow].page, pages: [lines[firstRow].page], bbox: bbox,
                          caption: captionText, unit: printedUnit ?? TableUnit.find(in: captionText),
                          columns: columns, headerSpans: header.headerSpans, rows: assembler.rows, hasHeader: !headerLines.isEmpty,
                          firstLine: firstLine, lastLine: lastLine, pendingGroup: assembler.pendingGroup, spans: spans)
    }
}
