/// Splits a page printed as two tables side by side (a balance sheet: VASTAAVAA | VASTATTAVAA)
/// into two streams of lines, left first, so each table is found on its own.
///
/// Evidence for a gutter: on several lines a run of text (the right table's label) starts right
/// after a run of numbers (the left table's last column) and is followed by numbers of its own,
/// at the same x (give or take the right table's indents). The two-column zone is
/// the stretch of lines around them that no word crosses the gutter; lines above and below it
/// (titles, notes) stay whole.
public struct GutterSplitter: Sendable {
    /// Runs of words further apart than this (em) are separate cells.
    public var cellGapEm = 1.0
    /// Label starts within this many em of the leftmost one are indents of the same column.
    public var indentEm = 4.0
    /// Lines that must show the number-then-label pattern at one x.
    public var minEvidence = 4

    public init() {}

    /// `lines` are one page's lines, top to bottom.
    public func split(_ lines: [TextLine]) -> [TextLine] {
        guard let gutter = findGutter(lines) else { return lines }
        let crosses = lines.map { line in line.words.contains { w in w.box.map { $0.x0 < gutter && $0.x1 > gutter } ?? false } }
        let evidence = lines.indices.filter { starts(lines[$0]).contains { $0 >= gutter && $0 - gutter <= indentEm * max(lines[0].fontSize, 1) } }
        guard let first = evidence.first, let last = evidence.last else { return lines }
        var lo = first, hi = last
        while lo > 0, !crosses[lo - 1] { lo -= 1 }
        while hi < lines.count - 1, !crosses[hi + 1] { hi += 1 }
        guard !crosses[lo...hi].contains(true) else { return lines }
        var left: [TextLine] = [], right: [TextLine] = []
        for line in lines[lo...hi] {
            let (l, r) = line.halves(at: gutter)
            if let l { left.append(l) }
            if let r { right.append(r) }
        }
        return Array(lines[..<lo]) + left + right + Array(lines[(hi + 1)...])
    }

    /// Just left of the leftmost label start that enough lines share; labels of the right table
    /// may be indented ("A OMA PÄÄOMA", "I Peruspääoma", "Muut velat"), so starts up to
    /// `indentEm` right of it count as the same gutter.
    func findGutter(_ lines: [TextLine]) -> Double? {
        let xs = lines.flatMap(starts).sorted()
        let em = lines.map(\.fontSize).max() ?? 10
        for (i, x) in xs.enumerated() {
            let support = xs[i...].prefix { $0 - x <= indentEm * max(em, 1) }.count
            if support >= minEvidence { return x - 0.5 }
        }
        return nil
    }

    /// Left edges of text runs that come right after a run of numbers on this line.
    private func starts(_ line: TextLine) -> [Double] {
        let chunks = line.chunks(gapEm: cellGapEm)
        guard chunks.count >= 3 else { return [] }
        // Each chunk is read once (every line of every PDF page comes here, and asking again
        // for every later chunk made a row of n cells cost n² number parses).
        let numbers = chunks.map { $0.allSatisfy { FinnishNumber.parse($0.text) != nil } }
        // numbersAfter[k]: some chunk after k is all numbers.
        var numbersAfter = [Bool](repeating: false, count: chunks.count)
        for k in stride(from: chunks.count - 2, through: 0, by: -1) { numbersAfter[k] = numbersAfter[k + 1] || numbers[k + 1] }
        var out: [Double] = []
        for k in 1..<chunks.count where numbers[k - 1] && numbersAfter[k] {
            let isText = chunks[k].contains { FinnishNumber.parse($0.text) == nil && !FinnishNumber.isPlaceholder($0.text) }
            // The right table's label is followed by its own numbers; text cells in a number
            // column ("siirretty", "elinkeino- ja") are not.
            if isText, let x = chunks[k].first?.box?.x0 { out.append(x) }
        }
        return out
    }
}

extension TextLine {
    /// The line's words left of `gutter` and right of it, each as a line of its own (box and
    /// indent from its words); nil for a side without words. A word across the gutter is on neither
    /// side: the splitters cut only where no word crosses.
    func halves(at gutter: Double) -> (left: TextLine?, right: TextLine?) {
        func make(_ words: [Word]) -> TextLine? {
            let boxes = words.compactMap(\.box)
            guard let firstBox = boxes.first else { return nil }
            var part = self
            part.words = words
            let box = boxes.dropFirst().reduce(firstBox) { $0.union($1) }
            part.box = box
            part.indent = box.x0
            return part
        }
        return (make(self.words.filter { ($0.box?.x1 ?? 0) <= gutter }), make(self.words.filter { ($0.box?.x0 ?? 0) >= gutter }))
    }
}
