/// Two statements printed side by side, in text that kept no gaps to cut at (`pdftotext -raw`
/// and pypdf of Kauhava's tilinpäätös p. 35: "VASTAAVAA 2024 2023 VASTATTAVAA 2024 2023" over
/// "A PYSYVÄT VASTAAVAT 114 995 109 531 A OMA PÄÄOMA 54 712 50 421"). The header names both
/// statements, each with the same periods; a line holding a label and figures, then a second
/// label and figures, is a row of each, as long as each run of figures reads as one number per
/// period. A line with one label (and figures or none) stands on one side only, and the text no
/// longer says which: when the sides are those of a balance sheet, the item's name says it
/// (`BalanceSheetSide`, with `WrappedCapsHeading` for a main item wrapped over two lines);
/// otherwise such lines make a third table, captioned as of either side, and an issue says so;
/// their figures are exact, only the statement they belong to is not known.
struct SideBySideTextRows: Sendable {
    var maxBlankRun = 2

    /// The two captions and the periods of a doubled statement header, or nil.
    static func header(_ line: TextLine) -> (captions: [String], periods: [String])? {
        guard line.tabCells == nil, line.markdownLevel == nil else { return nil }
        let words = line.words.map(\.text)
        var groups: [(caption: [String], periods: [String])] = []
        var i = 0
        while i < words.count {
            var caption: [String] = [], periods: [String] = []
            while i < words.count, !PlainHeader.isPeriod(words[i]) { caption.append(words[i]); i += 1 }
            while i < words.count, PlainHeader.isPeriod(words[i]) { periods.append(words[i]); i += 1 }
            // A statement's name in capitals ("VASTAAVAA"), then its periods.
            guard !caption.isEmpty, periods.count >= 2, caption.allSatisfy({ $0.allSatisfy(\.isLetter) && $0 == $0.uppercased() })
            else { return nil }
            groups.append((caption, periods))
        }
        guard groups.count == 2, groups[0].periods == groups[1].periods else { return nil }
        return (groups.map { $0.caption.joined(separator: " ") }, groups[0].periods)
    }

    /// The unit printed under every period ("1 000 € 1 000 € 1 000 € 1 000 €"): the shortest run of
    /// words the line repeats, when it is a unit line.
    static func repeatedUnit(_ words: [String]) -> String? {
        guard words.contains("€") || words.contains("%") else { return nil }
        for n in 1...max(1, words.count / 2) where words.count % n == 0 {
            let unit = Array(words[0..<n])
            guard stride(from: 0, to: words.count, by: n).allSatisfy({ Array(words[$0..<$0 + n]) == unit }) else { continue }
            let text = unit.joined(separator: " ")
            return TableUnit.ofUnitLine(TextLine(page: 0, words: unit.map { Word(text: $0) })) != nil ? text : nil
        }
        return nil
    }

    /// A line cut into (label, figures) segments: label words, then the tail tokens after them.
    static func segments(_ words: [String]) -> [(label: [String], tail: [String])] {
        var out: [(label: [String], tail: [String])] = []
        var i = 0
        while i < words.count {
            var label: [String] = [], tail: [String] = []
            while i < words.count, !TextTableBuilder.isTailToken(words[i]) { label.append(words[i]); i += 1 }
            // A unit right after the label belongs to it ("Suhteellinen velkaantuneisuus, %").
            while i < words.count, !label.isEmpty, words[i] == "%" { label.append(words[i]); i += 1 }
            while i < words.count, TextTableBuilder.isTailToken(words[i]) { tail.append(words[i]); i += 1 }
            out.append((label, tail))
        }
        return out
    }

    func tables(_ lines: [TextLine], from start: Int, excluded: Set<Int>) -> ([TableDraft], Int, [Issue])? {
        guard let (captions, periods) = SideBySideTextRows.header(lines[start]) else { return nil }
        let k = periods.count
        let columns = periods.map(TextTableBuilder.column)
        var sides = [RowAssembler(columnCount: k), RowAssembler(columnCount: k), RowAssembler(columnCount: k)]
        var lastRow = [start, start, start]
        var unit: String?
        var oneSided = 0, doubtful = 0
        // The two sides of a balance sheet: a one-label line whose item names its side goes there.
        let balance = BalanceSheetSide.sides(ofCaptions: captions)
        var held: (label: String, side: Int)?  // a marked capital item waiting for its second line
        func flushHeld() {
            if let h = held { sides[h.side].addLabelOnly(h.label, level: 0) }
            held = nil
        }
        var i = start + 1, blanks = 0, last = start
        while i < lines.count, !excluded.contains(i) {
            let line = lines[i]
            if line.isEmpty {
                blanks += 1
                if blanks > maxBlankRun { break }
                i += 1
                continue
            }
            blanks = 0
            if unit == nil, i <= start + 2, let u = SideBySideTextRows.repeatedUnit(line.words.map(\.text)) { unit = u; last = i; i += 1; continue }
            let segs = SideBySideTextRows.segments(line.words.map(\.text))
            guard segs.allSatisfy({ !$0.label.isEmpty }), segs.count <= 2, PlainHeader(line) == nil else { break }
            var wrappedItem: (label: String, side: Int)?
            if let h = held, segs.count == 1, !segs[0].tail.isEmpty, WrappedCapsHeading.ends(segs[0].label.joined(separator: " ")) {
                wrappedItem = h
                held = nil
            } else {
                flushHeld()
            }
            if segs.count == 2 {
                let splits = segs.map { $0.tail.isEmpty ? nil : DigitRunSplitter.split($0.tail, columns: k) }
                // Figures on the left are what cut the line in two; each side needs a full row or none.
                guard !segs[0].tail.isEmpty, splits[0] != nil, segs[1].tail.isEmpty || splits[1] != nil else { break }
                for side in 0..<2 {
                    let label = segs[side].label.joined(separator: " ")
                    if let split = splits[side] {
                        if split.ambiguous { doubtful += 1 }
                        sides[side].addRow(label: label, level: 0, cells: split.numbers.enumerated().map { c, text in
                            CellReader.cell(text, column: columns[c], doubtful: split.ambiguous)
                        })
                        lastRow[side] = i
                    } else {
                        sides[side].addLabelOnly(label, level: 0)
                    }
                }
            } else {
                if segs[0].tail.isEmpty, segs[0].label.count > TableLineRole.maxLabelWords { break }  // prose
                var label = segs[0].label.joined(separator: " ")
                var side = balance.flatMap { sides in BalanceSheetSide.of(label).flatMap { sides[$0] } } ?? 2
                if let w = wrappedItem {
                    label = TextJoiner.join([w.label, label])
                    side = w.side
                }
                if segs[0].tail.isEmpty {
                    if side < 2, WrappedCapsHeading.opens(label) {
                        held = (label, side)
                    } else {
                        sides[side].addLabelOnly(label, level: 0)
                    }
                } else if let split = DigitRunSplitter.split(segs[0].tail, columns: k) {
                    if split.ambiguous { doubtful += 1 }
                    sides[side].addRow(label: label, level: 0, cells: split.numbers.enumerated().map { c, text in
                        CellReader.cell(text, column: columns[c], doubtful: split.ambiguous)
                    })
                    lastRow[side] = i
                    if side == 2 { oneSided += 1 }
                } else {
                    if let w = wrappedItem { sides[w.side].addLabelOnly(w.label, level: 0) }
                    break
                }
            }
            last = i
            i += 1
        }
        flushHeld()
        var drafts: [TableDraft] = []
        let names = captions + ["\(captions[0]) | \(captions[1]) (side not known)"]
        for side in 0..<3 where !sides[side].rows.isEmpty {
            // Both start on the header line, which the assembling step reads as tables side by side.
            drafts.append(TableDraft(page: lines[start].page, pages: Array(Set(lines[start...lastRow[side]].map(\.page))).sorted(),
                                     bbox: nil, caption: names[side], unit: unit, columns: columns, rows: sides[side].rows,
                                     hasHeader: true, firstLine: start, lastLine: last, pendingGroup: nil))
        }
        guard !sides[0].rows.isEmpty, !sides[1].rows.isEmpty else { return nil }
        let page = lines[start].page
        var issues: [Issue] = []
        if oneSided > 0 {
            issues.append(Issue(severity: .warning, code: "side-unknown", page: page,
                                message: "\(captions[0]) and \(captions[1]) printed side by side: \(oneSided) row(s) hold one label only and the text does not say which statement they belong to; they are the table \"\(names[2])\""))
        }
        if doubtful > 0 {
            issues.append(Issue(severity: .warning, code: "ambiguous-split", page: page,
                                message: "\(captions[0]) and \(captions[1]) printed side by side: \(doubtful) row(s) of run-together digits had more than one reading into \(k) columns; the chosen cells are flagged ambiguous-split"))
        }
        return (drafts, last + 1, issues)
    }
}
