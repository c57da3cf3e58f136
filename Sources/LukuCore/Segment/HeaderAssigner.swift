/// Decision 3 of the table stage (design/TABLES.md): which header words label which value
/// columns, which header lines name columns that hold no values, and which words left of the
/// columns are the caption.
///
/// Numbers are right-aligned, and a header is printed inside its column's cell, so every header
/// word's centre lies right of the previous column's right edge and at most a cell padding right
/// of its own column's right edge. Assigning words by that zone, rather than by overlap with the
/// numbers, keeps a centred header wider than its numbers ("Talousarviomuutokset", "TA +
/// muutokset" over "0", synth sheet family) and a header set a fifth of an em from its neighbour
/// ("TA 2024 Tot. 09/2024 Tot-%", Lapua's minutes p. 18) in their own columns.
struct HeaderAssigner: Sendable {
    /// How far right of a column's right edge (em) its header may still reach.
    var paddingEm = 0.5
    /// Header words closer than this (em) are one header cell.
    var cellGapEm = TableSettings.default.labelGapEm

    struct Result {
        var spans: [ColumnClusterer.Span]
        /// Each column's header lines, top to bottom.
        var headers: [[String]]
        /// The caption's words on each header line, one string per line, top to bottom.
        var caption: [String]
        /// Headers printed over more than one column, top to bottom.
        var headerSpans: [HeaderSpan] = []
    }

    func assign(_ headerLines: [TextLine], valueSpans: [ColumnClusterer.Span], alignment: ColumnClusterer.Alignment = .right,
                labelRight: Double, em: Double) -> Result {
        var spans = valueSpans.sorted { $0.x1 < $1.x1 }
        let zone = { (x: Double, spans: [ColumnClusterer.Span]) in self.zone(of: x, spans: spans, alignment: alignment, em: em) }
        spans += headedEmptyColumns(headerLines, spans: spans, labelRight: labelRight, zone: zone)
        spans.sort { $0.x1 < $1.x1 }
        let cellZoneLeft = (spans.map(\.x0).min() ?? 0) - 0.3 * em
        var headers = Array(repeating: [String](), count: spans.count)
        var caption: [String] = []
        var headerSpans: [HeaderSpan] = []
        for line in headerLines {
            // A group header over several columns ("Ulkoinen", "Kaupunki") names no one column.
            if let box = line.box, spans.count > 1, box.x0 > labelRight, line.chunks(gapEm: cellGapEm).count == 1,
               !line.words.contains(where: { ColumnHeader.isHeaderToken($0.text) }) {
                let covered = spans.indices.filter { min(box.x1, spans[$0].x1) - max(box.x0, spans[$0].x0) > 0 }
                if let first = covered.first, let last = covered.last, covered.count > 1 {
                    headerSpans.append(HeaderSpan(header: line.text, first: first, last: last))
                    continue
                }
            }
            var perColumn = Array(repeating: [String](), count: spans.count)
            var captionWords: [String] = []
            for w in line.words {
                guard let b = w.box else { continue }
                // Left of the labels' right edge, or left of the numbers and no header word: caption.
                // A centred header over a wide cell starts left of its numbers ("TP 2024", synth html).
                if b.midX <= labelRight || b.x1 <= cellZoneLeft && !ColumnHeader.isHeaderToken(w.text)
                    && !HeaderConnector.isConnector(w.text) {
                    captionWords.append(w.text)
                    continue
                }
                perColumn[zone(b.midX, spans)].append(w.text)
            }
            if !captionWords.isEmpty { caption.append(captionWords.joined(separator: " ")) }
            headerSpans += spread(&perColumn, line: line, spans: spans, labelRight: labelRight)
            for c in spans.indices where !perColumn[c].isEmpty { headers[c].append(perColumn[c].joined(separator: " ")) }
        }
        return Result(spans: spans, headers: headers, caption: caption, headerSpans: headerSpans)
    }

    /// A header cell printed over two value columns (a statement's year over the item amount and
    /// the group subtotal: "31.12.2022" across both, synth sheet family) heads both: the columns it
    /// overlaps that got no word of this line repeat its text, as the truth files do.
    private func spread(_ perColumn: inout [[String]], line: TextLine, spans: [ColumnClusterer.Span],
                        labelRight: Double) -> [HeaderSpan] {
        if let groups = equalGroups(line, spans: spans, labelRight: labelRight) {
            var found: [HeaderSpan] = []
            for (text, covered) in groups {
                for c in spans.indices where perColumn[c] == [text] && !covered.contains(c) { perColumn[c] = [] }
                for c in covered { perColumn[c] = [text] }
                found.append(HeaderSpan(header: text, first: covered.lowerBound, last: covered.upperBound - 1))
            }
            return found
        }
        var found: [HeaderSpan] = []
        for chunk in line.chunks(gapEm: cellGapEm) {
            guard let box = chunk.compactMap(\.box).reduce(nil as BoundingBox?, { acc, b in acc.map { $0.union(b) } ?? b }),
                  box.midX > labelRight else { continue }
            let text = chunk.map(\.text).joined(separator: " ")
            let covered = spans.indices.filter { min(box.x1, spans[$0].x1) - max(box.x0, spans[$0].x0) > 0 }
            guard covered.count > 1, covered.contains(where: { perColumn[$0].joined(separator: " ") == text }) else { continue }
            for c in covered where perColumn[c].isEmpty { perColumn[c] = [text] }
            found.append(HeaderSpan(header: text, first: covered[0], last: covered[covered.count - 1]))
        }
        return found
    }

    /// Titles side by side over equal groups of columns ("Konserni" over the first two years,
    /// "Kunta" over the last two, Kauhava's notes pp. 141–151): no header words, as many titles as
    /// groups of at least two columns, each title's centre over its own group. Each heads its group
    /// however narrow it is printed.
    private func equalGroups(_ line: TextLine, spans: [ColumnClusterer.Span], labelRight: Double) -> [(String, Range<Int>)]? {
        let chunks = line.chunks(gapEm: cellGapEm)
        guard chunks.count >= 2, spans.count % chunks.count == 0, spans.count / chunks.count >= 2,
              !line.words.contains(where: { ColumnHeader.isHeaderToken($0.text) || WordTraits.isValue($0.text) }) else { return nil }
        let size = spans.count / chunks.count
        let pad = max(line.fontSize, 1)
        var groups: [(String, Range<Int>)] = []
        for (g, chunk) in chunks.enumerated() {
            let range = g * size..<(g + 1) * size
            guard let box = chunk.compactMap(\.box).reduce(nil as BoundingBox?, { BoundingBox.union($0, $1) }),
                  box.x0 > labelRight, box.midX >= spans[range.lowerBound].x0 - pad, box.midX <= spans[range.upperBound - 1].x1 + pad
            else { return nil }
            groups.append((chunk.map(\.text).joined(separator: " "), range))
        }
        return groups
    }

    /// A short title line set over the value columns, not at the label margin, above a header
    /// line ("Ulkoinen" over "Tilinpäätös 2021 | Tilinpäätös 2020", synth word family): it heads
    /// the columns as a group and belongs to the header zone.
    static func isGroupHeader(_ line: TextLine, above next: TextLine?) -> Bool {
        guard line.words.count <= 4, let box = line.box else { return false }
        guard let next else { return true }
        guard TableLineRole.isHeader(next.words) || TableUnit.ofUnitLine(next) != nil,
              let columnsStart = (next.words.first { ColumnHeader.isHeaderToken($0.text) } ?? next.words.first)?.box?.x0
        else { return false }
        // A unit in the label column's header cell ("€  Liite  31.12.2025 …", hold3-07) is no
        // column: a line starting at or left of it stands at the label margin, a heading
        // ("VASTAAVAA") and no title over the columns (`UnitInLabelHeaderCell`).
        if let unitCell = UnitInLabelHeaderCell.split(next, valueLeft: .infinity, settings: .default),
           box.x0 <= unitCell.unitBox.x0 + 0.5 * max(line.fontSize, 1) { return false }
        return box.x0 >= columnsStart - 0.5 * max(line.fontSize, 1)
    }

    /// Column titles that are no known header words ("Kpl  Euroa  Äänivalta / kpl" over "Osake
    /// 1 930 450  229 908,22  1", Koha-Suomi's notes p. 6): a line with no numbers whose cells
    /// right of the row's label are as many as the row's values, at least two, each over one.
    static func isAlignedHeader(_ line: TextLine, over row: TextLine, settings: TableSettings = .default) -> Bool {
        guard line.page == row.page, !line.words.contains(where: { WordTraits.isValue($0.text) && !WordTraits.isYear($0.text) })
        else { return false }
        var cells = TableLineRole.cells(of: row, settings: settings)
        guard let label = cells.first, !label.allSatisfy({ WordTraits.isValue($0.text) }),
              let labelRight = label.last?.box?.x1 else { return false }
        cells.removeFirst()
        let values = cells.filter { $0.allSatisfy { WordTraits.isValue($0.text) } }.flatMap { $0 }.compactMap(\.box)
        let titles = line.chunks(gapEm: settings.labelGapEm).compactMap { chunk in
            chunk.compactMap(\.box).reduce(nil as BoundingBox?) { acc, b in acc.map { $0.union(b) } ?? b }
        }.filter { $0.x0 > labelRight }
        guard values.count >= 2, titles.count == values.count else { return false }
        // Each title's centre falls between the previous value's right edge and its own value's
        // right edge (right-aligned numbers) or lies over its value.
        let sortedValues = values.sorted { $0.x1 < $1.x1 }
        for (n, t) in titles.sorted(by: { $0.x0 < $1.x0 }).enumerated() {
            let v = sortedValues[n]
            let low = n == 0 ? labelRight : sortedValues[n - 1].x1
            guard t.midX > low, t.midX <= v.x1 + settings.headerPaddingEm * max(row.fontSize, 1) || min(t.x1, v.x1) - max(t.x0, v.x0) > 0
            else { return false }
        }
        return true
    }

    /// The column whose zone holds `x`: right-aligned, the first whose right edge (plus padding)
    /// is not left of it; left-aligned, the last whose left edge (less padding) is not right of it.
    func zone(of x: Double, spans: [ColumnClusterer.Span], alignment: ColumnClusterer.Alignment, em: Double) -> Int {
        switch alignment {
        case .right: return spans.firstIndex { x <= $0.x1 + paddingEm * em } ?? spans.count - 1
        case .left: return spans.lastIndex { x >= $0.x0 - paddingEm * em } ?? 0
        }
    }

    /// Columns headed but empty: where one header line prints two header cells in one column's
    /// zone, the cell over none of that column's numbers heads a column of its own.
    private func headedEmptyColumns(_ headerLines: [TextLine], spans: [ColumnClusterer.Span], labelRight: Double,
                                    zone: (Double, [ColumnClusterer.Span]) -> Int) -> [ColumnClusterer.Span] {
        guard !spans.isEmpty else { return [] }
        var extra: [ColumnClusterer.Span] = []
        for line in headerLines {
            let cells = line.chunks(gapEm: cellGapEm).compactMap { chunk in
                chunk.compactMap(\.box).reduce(nil as BoundingBox?) { acc, b in acc.map { $0.union(b) } ?? b }
            }.filter { $0.midX > labelRight && $0.x0 > labelRight }
            let byZone = Dictionary(grouping: cells) { zone($0.midX, spans) }
            for (c, boxes) in byZone where boxes.count > 1 {
                for b in boxes where min(b.x1, spans[c].x1) - max(b.x0, spans[c].x0) <= 0 {
                    guard !extra.contains(where: { min(b.x1, $0.x1) - max(b.x0, $0.x0) > 0 }) else { continue }
                    extra.append(ColumnClusterer.Span(x0: b.x0, x1: b.x1, count: 0))
                }
            }
        }
        return extra
    }
}
