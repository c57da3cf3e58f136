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

    /// A label-only line is the first line of the next row's wrapped label only where that
    /// label goes on at the same indent, and a caps line (a statement's group: "VASTAAVAA",
    /// "PYSYVÄT VASTAAVAT") wraps only into caps ("B POISTOERO JA VAPAAEHTOISET" / "VARAUKSET").
    static func wrapsInto(_ line: TextLine, _ next: TextLine) -> Bool {
        guard let a = line.box, let b = next.box, abs(a.x0 - b.x0) <= 0.5 * max(line.fontSize, 1) else { return false }
        let nextLabel = next.words.prefix { !WordTraits.isValue($0.text) }.map(\.text).joined(separator: " ")
        return !WordTraits.isCapsTitle(line.text) || WordTraits.isCapsTitle(nextLabel)
    }

    /// A statement's lettered caps item wrapped onto a caps line with no marker of its own ("B
    /// POISTOERO JA VAPAAEHTOISET" / "VARAUKSET  927  1 056", Kauhava p. 35), at any pitch; a caps
    /// total ("… YHTEENSÄ") is a row of its own.
    static func capsItemWraps(_ line: TextLine, _ next: TextLine) -> Bool {
        let nextLabel = next.words.prefix { !WordTraits.isValue($0.text) }.map(\.text).joined(separator: " ")
        guard let a = line.box, let b = next.box, abs(a.x0 - b.x0) <= 0.5 * max(line.fontSize, 1),
              WordTraits.startsWithOutlineMarker(line.text), WordTraits.isCapsTitle(line.text),
              WordTraits.isCapsTitle(nextLabel), !WordTraits.startsWithOutlineMarker(nextLabel),
              !nextLabel.uppercased().contains("YHTEENSÄ") else { return false }
        return true
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
        let unitLines = headerLines.filter { TableUnit.ofUnitLine(lines[$0]) != nil }
        let printedUnit = unitLines.first.flatMap { TableUnit.ofUnitLine(lines[$0]) }
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
        let cellZoneLeft = spans.map(\.x0).min()! - 0.3 * em
        let columns = headerParts.map { parts -> Column in
            let header = parts.joined(separator: " ")
            let (kind, year, unit) = ColumnHeader.classify(header)
            return Column(header: header, kind: kind, year: year, unit: unit)
        }

        let levels = IndentLevels(lines: rowLines.map { lines[$0] }, em: em, toleranceEm: settings.indentToleranceEm)
        var assembler = RowAssembler(columnCount: spans.count)
        // Signs printed on a line of their own above their numbers (a wrapped narrow cell,
        // Kauhava p. 116: "-" over "46 525 690,00"), by column.
        var pendingSigns: [Int: String] = [:]
        // A label-less line of numbers: a row of its own, or the wrapped start of the next row's.
        var fragment: (cells: [Cell?], level: Int)?
        func flushFragment() {
            if let f = fragment { assembler.addRow(label: "", level: f.level, cells: f.cells) }
            fragment = nil
        }
        // Lines of one wrapped cell stand closer than rows do (Kauhava p. 120: 11 pt against 15).
        let pitch = RowPitch(rowLines.compactMap { lines[$0].box?.y0 }, tightShare: settings.tightRowShare)
        var previousLine: TextLine?
        for (k, i) in rowLines.enumerated() {
            let line = lines[i]
            defer { previousLine = line }
            let next = k + 1 < rowLines.count ? lines[rowLines[k + 1]] : nil
            if line.words.allSatisfy({ NumberJoiner.isSign($0.text) }), let x0 = line.words.first?.box?.x0, x0 >= cellZoneLeft {
                for w in line.words { if let b = w.box { pendingSigns[ColumnClusterer.column(for: b, in: spans)] = w.text } }
                continue
            }
            var chunks = TableLineRole.cells(of: line, settings: settings)
            var label = ""
            // A label starts left of where the longest label ends; a run starting further right is
            // a cell (the second line of a multi-line text cell, "palveluissa").
            if let first = chunks.first, let x0 = first.first?.box?.x0, x0 < min(cellZoneLeft, labelRight),
               !first.allSatisfy({ WordTraits.isValue($0.text) }) {
                label = first.map(\.text).joined(separator: " ")
                chunks.removeFirst()
            }
            if chunks.isEmpty {
                flushFragment()
                if let next, case .data = roles[rowLines[k + 1]],
                   pitch.isTight(line, next) && GeometricTableBuilder.wrapsInto(line, next)
                    || GeometricTableBuilder.capsItemWraps(line, next) {
                    // The first line of a label wrapped over the row below ("Osakkeet ja osuudet, KY"
                    // / "Kymppi  33 000 …").
                    assembler.addWrappedLabel(label)
                    continue
                }
                assembler.addLabelOnly(label, level: levels.level(of: line))
                continue
            }
            var cells = Array(repeating: Cell?.none, count: spans.count)
            var parts: [Int: String] = [:]
            var partBoxes: [Int: BoundingBox] = [:]
            for chunk in chunks {
                // Numbers are placed one by one; a run of words is one text cell.
                let pieces: [Word] = chunk.allSatisfy({ WordTraits.isValue($0.text) }) ? chunk : [Word.merged(chunk)]
                for w in pieces {
                    let c = w.box.map { ColumnClusterer.column(for: $0, in: spans) } ?? 0
                    cells[c] = CellReader.append(w, to: cells[c], column: columns[c])
                    parts[c] = parts[c].map { $0 + " " + w.text } ?? w.text
                    partBoxes[c] = BoundingBox.union(partBoxes[c], w.box)
                }
            }
            if label.isEmpty, !cells.contains(where: { $0?.value != nil }) {
                // Words only under the value columns: the second line of multi-line cells.
                flushFragment()
                assembler.continueCells(parts, boxes: partBoxes)
                continue
            }
            for (c, sign) in pendingSigns {
                guard let cell = cells[c], cell.value != nil, let first = cell.text.first, first.isNumber else { continue }
                cells[c] = CellReader.cell(sign + cell.text, column: columns[c])
                cells[c]?.bbox = cell.bbox  // the sign line above is not part of the box
            }
            pendingSigns.removeAll()
            if label.isEmpty, cells.allSatisfy({ $0 == nil || $0?.value != nil }) {
                flushFragment()
                fragment = (cells, levels.level(of: line))
                continue
            }
            // A row whose label broke with a hyphen and whose numbers wrapped with it ("Tekninen
            // lautakunta yh-  13 397" / "teensä  700  236 100 …").
            if let previousLine, pitch.isTight(previousLine, line), WordTraits.continuesText(label),
               assembler.mergeIntoLast(label: label, cells: cells, columns: columns) {
                continue
            }
            if let f = fragment {
                if !label.isEmpty, let joined = WrappedNumber.join(upper: f.cells, lower: cells, columns: columns) {
                    cells = joined
                    fragment = nil
                } else {
                    flushFragment()
                }
            }
            assembler.addRow(label: label, level: levels.level(of: line), cells: cells)
        }
        flushFragment()
        for i in region.trailingGroup { assembler.addLabelOnly(lines[i].text, level: levels.level(of: lines[i])) }

        let all = headerLines + unitLines + rowLines + region.trailingGroup
        let bbox = all.compactMap { lines[$0].box }.reduce(nil as BoundingBox?) { acc, box in acc.map { $0.union(box) } ?? box }
        let captionText = caption.isEmpty ? nil : TextJoiner.join([caption.joined(separator: " ")])
        return TableDraft(page: lines[rowLines[0]].page, pages: [lines[rowLines[0]].page], bbox: bbox,
                          caption: captionText, unit: printedUnit ?? TableUnit.find(in: captionText),
                          columns: columns, headerSpans: header.headerSpans, rows: assembler.rows, hasHeader: !headerLines.isEmpty,
                          firstLine: all.min()!, lastLine: all.max()!, pendingGroup: assembler.pendingGroup, spans: spans)
    }
}
