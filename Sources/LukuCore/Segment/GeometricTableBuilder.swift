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
    /// `threads`: the regions' tables are built on up to that many threads (the same drafts).
    func tables(in lines: [TextLine], roles: [TableLineRole], excluded: Set<Int>, threads: Int = 1) -> [TableDraft] {
        tables(in: lines, roles: roles, excluded: excluded, splitting: true, threads: threads)
    }

    /// `splitting`: look for tables printed side by side (not again inside one half).
    /// The regions are found first, in order (where the next one starts depends only on where
    /// the last one's rows end, never on its table); each region's table depends on it and the
    /// lines alone, so they are built side by side and joined in region order (issue 8).
    private func tables(in lines: [TextLine], roles: [TableLineRole], excluded: Set<Int>, splitting: Bool,
                        threads: Int = 1) -> [TableDraft] {
        var regions: [Region] = []
        var remnants: [Bool] = []
        var i = 0
        while i < lines.count {
            guard !excluded.contains(i), case .data = roles[i] else { i += 1; continue }
            let (region, dataCount) = grow(from: i, lines: lines, roles: roles, excluded: excluded)
            // A lone row opening a page may be the end of the table before it (`PageTopRemnant`):
            // kept as a candidate here and decided below, once that table is built.
            let remnant = dataCount == 1 && region.header.isEmpty && PageTopRemnant.opensPage(region.rows.lowerBound, lines: lines)
            guard dataCount >= 2 || (dataCount == 1 && region.header.count > 0) || remnant else { i += 1; continue }
            regions.append(region)
            remnants.append(remnant)
            i = region.rows.upperBound
        }
        let built = ParallelMap.map(count: regions.count, threads: threads) { k -> [TableDraft] in
            let region = regions[k]
            let top = region.header.first ?? region.rows.lowerBound
            if splitting, let x = sideBySide.cut(top..<region.rows.upperBound, lines: lines, roles: roles) {
                return halves(of: top..<region.rows.upperBound, at: x, lines: lines, excluded: excluded)
            } else if var draft = build(region, lines: lines, roles: roles) {
                draft.onlyContinues = remnants[k]
                return [settings.charactersAreCells ? JitteredColumns.merge(draft) : draft]
            }
            return []
        }
        var drafts: [TableDraft] = []
        for (k, parts) in built.enumerated() {
            if remnants[k], !PageTopRemnant.continues(drafts.last, regionStart: regions[k].rows.lowerBound, lines: lines) { continue }
            drafts += parts
        }
        return drafts
    }

    var sideBySide: SideBySideTables { SideBySideTables(settings: settings) }

    /// The tables of a region printed as two side by side (`SideBySideTables`): every line of
    /// `cut` split at `x`, each half read as lines of its own (empty halves left out), with the
    /// few lines above for its header and caption.
    private func halves(of cut: Range<Int>, at x: Double, lines: [TextLine], excluded: Set<Int>) -> [TableDraft] {
        let window = max(0, cut.lowerBound - settings.maxHeaderLines - 2)..<cut.upperBound
        var drafts: [TableDraft] = []
        for side in 0..<2 {
            var halfLines: [TextLine] = [], origin: [Int] = []
            for i in window {
                var line = lines[i]
                if cut.contains(i) {
                    let (left, right) = SideBySideTables.halves(of: line, at: x)
                    line = side == 0 ? left : right
                    if line.isEmpty { continue }
                }
                halfLines.append(line); origin.append(i)
            }
            let halfRoles = halfLines.map { TableLineRole.classify($0, settings: settings) }
            let halfExcluded = Set(origin.indices.filter { excluded.contains(origin[$0]) })
            for var d in tables(in: halfLines, roles: halfRoles, excluded: halfExcluded, splitting: false)
            where cut.contains(origin[d.firstLine]) || cut.contains(origin[d.lastLine]) {
                d.firstLine = origin[d.firstLine]
                d.lastLine = origin[d.lastLine]
                drafts.append(d)
            }
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

    private func grow(from start: Int, lines: [TextLine], roles: [TableLineRole], excluded: Set<Int>)
        -> (Region, Int) {
        var end = start + 1, lastIncluded = start, dataCount = 1
        var run = LabelRun()
        let region = RegionLines(lines: lines, settings: settings)
        var j = start + 1
        while j < lines.count, !excluded.contains(j), close(lines[j - 1], lines[j]) {
            if case .data(let labelCount) = roles[j] {
                if MarginNumberLine.ends(lines[j], labelCount: labelCount, after: lines[j - 1], regionStart: lines[start],
                                         firstRole: roles[start]) { break }
                dataCount += 1; run = LabelRun(); lastIncluded = j; end = j + 1
            } else if roles[j] != .labelOnly || !RegionRules.all.contains(where: { $0.keeps(j, of: region, run: &run) }) {
                break
            }
            j += 1
        }
        // The second lines of the last row's wrapped text cells are its own.
        let cellLines = CellLinesAfterLastRow.count(after: lastIncluded, lines: lines, roles: roles, excluded: excluded, settings: settings)
        lastIncluded += cellLines; end += cellLines
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
        let firstRowValues = FirstRowValues(lines[start], settings: settings)
        while k >= 0, !excluded.contains(k), roles[k] == .labelOnly, labels < settings.maxLabelOnlyRun, close(lines[k], lines[k + 1]),
              !HeaderAssigner.isAlignedHeader(lines[k], over: lines[start], settings: settings),
              !firstRowValues.standOver(lines[k]) {
            labels += 1; k -= 1
        }
        let header = headerLines(above: k, firstRow: start, firstRowValues: firstRowValues, lines: lines, roles: roles,
                                 excluded: excluded)
        if !header.isEmpty || labels > 0 { first = k + 1 }
        return (Region(header: header, rows: first..<end, trailingGroup: trailing), dataCount)
    }

    /// The header lines at and above line `top` (`HeaderLineRules`), top first; empty when none.
    private func headerLines(above top: Int, firstRow: Int, firstRowValues: FirstRowValues, lines: [TextLine],
                             roles: [TableLineRole], excluded: Set<Int>) -> [Int] {
        let context = HeaderLines(lines: lines, roles: roles, firstRow: firstRow, settings: settings,
                                  firstRowValues: firstRowValues)
        var header: [Int] = [], zone: [Int] = []
        var h = top
        while h >= 0, !excluded.contains(h), zone.count < settings.maxHeaderLines + 1, close(lines[h], lines[h + 1]),
              let verdict = HeaderLineRules.all.lazy.compactMap({ $0.verdict(h, zone: zone, in: context) }).first {
            zone.insert(h, at: 0)
            if case .heads = verdict { header = zone }
            h -= 1
        }
        return header
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
            let pieces: [Word] = !chunk.allSatisfy({ WordTraits.isValue($0.text) }) ? [Word.merged(chunk)]
                : settings.charactersAreCells ? chunk.flatMap { StraddlingNumber.split($0, spans: spans, em: max($0.fontSize, 1)) ?? [$0] }
                : chunk
            for w in pieces {
                let c = w.box.map { ColumnClusterer.column(for: $0, in: spans) } ?? 0
                row.cells[c] = CellReader.append(w, to: row.cells[c], column: columns[c])
                row.parts[c] = row.parts[c].map { $0 + " " + w.text } ?? w.text
                row.partBoxes[c] = BoundingBox.union(row.partBoxes[c], w.box)
            }
        }
        return row
    }

    /// Rows → columns → header → cells: the value columns from the data lines' numbers, the header
    /// over them, then each line of the region through the row rules.
    private func build(_ region: Region, lines: [TextLine], roles: [TableLineRole]) -> TableDraft? {
        let rowLines = Array(region.rows)
        guard let (valueSpans, alignment, em) = valueColumns(of: rowLines, lines: lines, roles: roles) else { return nil }
        let labelRight = labelRightEdge(of: rowLines, lines: lines, roles: roles)
        // A merged first column of group names (`MergedGroupColumn`): its words leave the lines
        // (copied only then), its name-only lines leave the rows, each block's first row starts its group.
        var lines = lines, roles = roles, assembled = rowLines, groups: [Int: String] = [:]
        if let merged = MergedGroupColumn.read(rowLines, lines: lines, valueLeft: valueSpans.map(\.x0).min() ?? .infinity,
                                               em: em, settings: settings) {
            for (i, line) in merged.lines.sorted(by: { $0.key < $1.key }) {
                if case .data(let labelCount) = roles[i] { roles[i] = .data(labelCount: max(0, labelCount - (lines[i].words.count - line.words.count))) }
                lines[i] = line
            }
            assembled.removeAll { merged.dropped.contains($0) }
            groups = merged.groupAt
        }
        let zone = HeaderZone(region.header, lines: lines, labelRight: labelRight,
                              valueLeft: valueSpans.map(\.x0).min() ?? .infinity, settings: settings)
        // A unit in the label column's header cell heads no column: right of where the labels end
        // it would head an empty one of its own (`UnitInLabelHeaderCell`); over the labels it is
        // the caption, whose unit the table takes below.
        var labelCellUnit: String?
        let headerLines = zone.headerLines.map { i -> TextLine in
            guard let found = UnitInLabelHeaderCell.split(lines[i], valueLeft: valueSpans.map(\.x0).min() ?? .infinity, settings: settings),
                  found.unitBox.midX > labelRight else { return lines[i] }
            labelCellUnit = labelCellUnit ?? found.unit
            return found.rest
        }
        let header = headerAssigner.assign(headerLines, valueSpans: valueSpans, alignment: alignment,
                                           labelRight: labelRight, em: em)
        let spans = header.spans
        guard let leftmost = spans.map(\.x0).min() else { return nil }
        let columns = header.headers.map { parts -> Column in
            // Header lines join like wrapped text: "Poik-" / "keama" is "Poikkeama" (Kauhava p. 124).
            let text = TextJoiner.join(PercentUnderHyphenatedHeader.glued(parts))
            let (kind, year, unit) = ColumnHeader.classify(text)
            return Column(header: text, kind: kind, year: year, unit: unit)
        }
        let levels = IndentLevels(lines: assembled.map { lines[$0] }, em: em, toleranceEm: settings.indentToleranceEm)
        var assembler = assembleRows(assembled, lines: lines, roles: roles, spans: spans, columns: columns,
                                     cellZoneLeft: leftmost - 0.3 * em, labelRight: labelRight, levels: levels, em: em,
                                     groups: groups)
        for i in region.trailingGroup { assembler.addLabelOnly(lines[i].text, level: levels.level(of: lines[i])) }
        // A region whose lines all went elsewhere is no table; its lines stay text.
        guard !assembler.rows.isEmpty else { return nil }

        let all = zone.headerLines + zone.unitLines + rowLines + region.trailingGroup
        let bbox = all.compactMap { lines[$0].box }.reduce(nil as BoundingBox?) { acc, box in acc.map { $0.union(box) } ?? box }
        // Caption lines join like wrapped text: "Konserni- ja elinvoima-" / "palvelut toimiala".
        var captionText = header.caption.isEmpty ? nil : TextJoiner.join(header.caption)
        // A unit printed where the caption goes ("1 000 euroa  2020  2019", synth word family) is the unit.
        let captionUnit = captionText.flatMap { TableUnit.ofWholeText($0) }
        if captionUnit != nil { captionText = nil }
        guard let firstRow = rowLines.first, let firstLine = all.min(), let lastLine = all.max() else { return nil }
        var draft = TableDraft(page: lines[firstRow].page, pages: [lines[firstRow].page], bbox: bbox,
                          caption: captionText, unit: zone.unit ?? labelCellUnit ?? captionUnit ?? TableUnit.find(in: captionText),
                          columns: columns, headerSpans: header.headerSpans, rows: assembler.rows, hasHeader: !zone.headerLines.isEmpty,
                          firstLine: firstLine, lastLine: lastLine, pendingGroup: assembler.pendingGroup, spans: spans)
        let printed = (zone.headerLines + zone.unitLines).sorted().map { lines[$0].text }
        draft.printedHeader = printed.isEmpty ? nil : printed.joined(separator: "\n")
        return draft
    }

    /// Decision 2: the value columns, clustered from the numbers of every data line of the region
    /// at once, their alignment, and the values' median font size (the table's em).
    private func valueColumns(of rowLines: [Int], lines: [TextLine], roles: [TableLineRole])
        -> ([ColumnClusterer.Span], ColumnClusterer.Alignment, Double)? {
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
        let (spans, alignment) = clusterer.columns(ofRows: valueRows, em: em)
        return spans.isEmpty ? nil : (spans, alignment, em)
    }

    /// Right edge of the printed labels: header words left of it are caption or subtitle.
    private func labelRightEdge(of rowLines: [Int], lines: [TextLine], roles: [TableLineRole]) -> Double {
        var labelRight = -Double.infinity
        for i in rowLines {
            guard case .data(let labelCount) = roles[i], labelCount > 0, let b = lines[i].words[labelCount - 1].box else { continue }
            labelRight = max(labelRight, b.x1)
        }
        return labelRight
    }

    /// Decision 4: every line of the region through `RowRules`; a line no rule takes is a row.
    private func assembleRows(_ rowLines: [Int], lines: [TextLine], roles: [TableLineRole], spans: [ColumnClusterer.Span],
                              columns: [Column], cellZoneLeft: Double, labelRight: Double, levels: IndentLevels,
                              em: Double, groups: [Int: String] = [:]) -> RowAssembler {
        var state = RowState(columns: spans.count)
        // Lines of one wrapped cell stand closer than rows do (Kauhava p. 120: 11 pt against 15).
        let pitch = RowPitch(rowLines.compactMap { lines[$0].box?.y0 }, tightShare: settings.tightRowShare,
                             isGrid: settings.charactersAreCells)
        let runs = LabelRunReadings.joined(LabelRunLines(lines: rowLines.map { lines[$0] }, roles: rowLines.map { roles[$0] },
                                                         maxLines: settings.maxLabelOnlyRun))
        for (k, i) in rowLines.enumerated() {
            var row = rowLine(lines[i], previous: k > 0 ? lines[rowLines[k - 1]] : nil,
                              next: k + 1 < rowLines.count ? lines[rowLines[k + 1]] : nil,
                              nextIsData: k + 1 < rowLines.count && { if case .data = roles[rowLines[k + 1]] { return true }; return false }(),
                              spans: spans, columns: columns, cellZoneLeft: cellZoneLeft, labelRight: labelRight,
                              level: levels.level(of: lines[i]), pitch: pitch)
            row.startsRowBelow = runs.contains(k)
            if let name = groups[i] { state.assembler.startGroup(name) }
            if RowRules.all.contains(where: { $0.apply(&row, to: &state) }) { continue }
            state.assembler.addRow(label: row.label, level: row.level, cells: row.cells)
        }
        state.flushFragment()
        return state.assembler
    }
}
