/// Two tables printed side by side, each with its own labels ("TULOT  1 000 €  %" beside "MENOT
/// 1 000 €  %", Kauhava's kokonaistulot ja -menot p. 38; a budget's income and expenses set
/// across one page): the lines of one region hold a second run of labels after the first
/// table's numbers, starting at about the same x on many lines. The region is cut at the gap
/// between the first table's numbers and the second's labels, and each half is a table of its own.
struct SideBySideTables: Sendable {
    var settings = TableSettings.default
    /// Lines whose second labels start this close (em) to each other agree on the cut.
    var agreeEm = 1.5
    /// At least this many data lines, and this share of them, must show the second labels.
    var minLines = 3
    var minShare = 0.4

    /// The x to cut the lines in `range` at, or nil when they hold one table.
    func cut(_ range: Range<Int>, lines: [TextLine], roles: [TableLineRole]) -> Double? {
        var starts: [Double] = []
        var dataLines = 0
        for i in range {
            guard case .data = roles[i] else { continue }
            dataLines += 1
            if let x = secondLabelStart(lines[i]) { starts.append(x) }
        }
        guard starts.count >= minLines, Double(starts.count) >= minShare * Double(dataLines) else { return nil }
        let em = max(lines[range.lowerBound].fontSize, 1)
        let median = starts.sorted()[starts.count / 2]
        let agreeing = starts.filter { abs($0 - median) <= agreeEm * em }
        guard agreeing.count >= minLines, Double(agreeing.count) >= minShare * Double(dataLines),
              let labelsLeft = agreeing.min() else { return nil }
        // The first table's numbers end where the second's labels begin, less the gap between.
        var valuesRight = -Double.infinity
        for i in range {
            for w in lines[i].words where WordTraits.isValue(w.text) {
                if let b = w.box, b.x1 < labelsLeft { valuesRight = max(valuesRight, b.x1) }
            }
        }
        guard valuesRight > -Double.infinity else { return nil }
        return (valuesRight + labelsLeft) / 2
    }

    /// Where a second label starts on a data line: a run of words (not a number, a placeholder or
    /// a unit) after a run of numbers, with numbers after it again.
    private func secondLabelStart(_ line: TextLine) -> Double? {
        let chunks = TableLineRole.cells(of: line, settings: settings)
        let isNumeric = { (chunk: [Word]) in chunk.allSatisfy { WordTraits.isValue($0.text) } }
        var seenValue = false
        for (k, chunk) in chunks.enumerated() where k > 0 {
            if isNumeric(chunk) { seenValue = true; continue }
            guard seenValue, chunk.contains(where: { $0.text.contains(where: \.isLetter) }),
                  chunks[(k + 1)...].contains(where: isNumeric) else { continue }
            return chunk.first?.box?.x0
        }
        return nil
    }

    /// The line's words left of `x` (by where each starts) and from `x` on, each as a line.
    static func halves(of line: TextLine, at x: Double) -> (left: TextLine, right: TextLine) {
        let left = line.words.filter { ($0.box?.x0 ?? 0) < x }
        let right = line.words.filter { ($0.box?.x0 ?? 0) >= x }
        return (part(line, left), part(line, right))
    }

    private static func part(_ line: TextLine, _ words: [Word]) -> TextLine {
        let box = words.reduce(nil as BoundingBox?) { BoundingBox.union($0, $1.box) }
        return TextLine(page: line.page, words: words, box: words.isEmpty ? line.box : box, fontSize: line.fontSize,
                        isBold: line.isBold, indent: words.first?.box?.x0 ?? line.indent)
    }
}
