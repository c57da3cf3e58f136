/// One page's words as the gutter splitters ask about them: where each word stands and whether
/// its text is a number, read once per page instead of once per candidate gutter and side.
///
/// `ProseBesideTableSplitter` tries up to six gutters a page and judges both halves of every
/// line at each (issue 8: building the halves as lines, cutting them into cells and parsing
/// their words again for every gutter was 8.6 % of the state budget's instructions). A half is
/// the line's words left of the gutter (`x1 <= gutter`) or right of it (`x0 >= gutter`) in the
/// line's order, as `TextLine.halves(at:)` keeps them; its cells are cut exactly as
/// `TextLine.chunks(gapEm:)` cuts that list of words, pair by pair of neighbours.
struct HalfLineFacts {
    /// A line's words are `first[line] ..< first[line + 1]` of the flat arrays.
    private var first: [Int]
    private var x0: [Double]
    private var x1: [Double]
    private var size: [Double]
    private var hasBox: [Bool]
    /// What the word's text is, read on first use: 0 not yet read, 1 a number, 2 a placeholder
    /// (`x`, `–`, `..`), 3 neither.
    private var kind: [UInt8]
    private let lines: [TextLine]
    let gapEm: Double

    init(_ lines: [TextLine], gapEm: Double) {
        self.lines = lines
        self.gapEm = gapEm
        let total = lines.reduce(0) { $0 + $1.words.count }
        first = []
        first.reserveCapacity(lines.count + 1)
        x0 = []; x1 = []; size = []; hasBox = []
        x0.reserveCapacity(total); x1.reserveCapacity(total); size.reserveCapacity(total); hasBox.reserveCapacity(total)
        for line in lines {
            first.append(x0.count)
            for word in line.words {
                let box = word.box
                x0.append(box?.x0 ?? 0)
                x1.append(box?.x1 ?? 0)
                size.append(word.fontSize)
                hasBox.append(box != nil)
            }
        }
        first.append(x0.count)
        kind = Array(repeating: 0, count: total)
    }

    /// Which words of a line a question is about.
    enum Side { case left, right }

    /// The flat indices of line `line`'s words.
    private func words(of line: Int) -> Range<Int> { first[line]..<first[line + 1] }

    /// Whether word `w` is on `side` of `gutter`; a word without a box stands at x = 0, as
    /// `TextLine.halves(at:)` places it.
    private func isOn(_ side: Side, _ w: Int, gutter: Double) -> Bool {
        switch side {
        case .left: return x1[w] <= gutter
        case .right: return x0[w] >= gutter
        }
    }

    /// Whether `w` starts a new cell after `previous` (its neighbour in the half), as
    /// `TextLine.chunks(gapEm:)` decides it; `previous` nil: the half's first word.
    private func startsCell(_ w: Int, after previous: Int?) -> Bool {
        guard let p = previous else { return true }
        if hasBox[p], hasBox[w], GapThreshold.isBelow((x0[w] - x1[p]) / max(size[w], size[p], 1), gapEm) { return false }
        return hasBox[w]
    }

    /// Whether a word crosses `gutter` (the line cannot be cut there).
    func crosses(_ line: Int, gutter: Double) -> Bool {
        words(of: line).contains { hasBox[$0] && x0[$0] < gutter && x1[$0] > gutter }
    }

    /// Whether the half holds a word with a box (else `halves(at:)` gives no line for it).
    func exists(_ line: Int, _ side: Side, gutter: Double) -> Bool {
        words(of: line).contains { isOn(side, $0, gutter: gutter) && hasBox[$0] }
    }

    /// The left edges of the whole line's cells that start with a boxed word, rounded to points.
    func cellStarts(_ line: Int) -> [Int] {
        var out: [Int] = []
        var previous: Int?
        for w in words(of: line) {
            if startsCell(w, after: previous), hasBox[w] { out.append(Int(x0[w].rounded())) }
            previous = w
        }
        return out
    }

    /// What word `w` (of line `line`) is, read once.
    private mutating func kindOf(_ w: Int, line: Int) -> UInt8 {
        if kind[w] == 0 {
            let text = lines[line].words[w - first[line]].text
            kind[w] = FinnishNumber.parse(text) != nil ? 1 : FinnishNumber.isPlaceholder(text) ? 2 : 3
        }
        return kind[w]
    }

    /// `ProseBesideTableSplitter.isTableRow` of the half: a first cell holding a word that is no
    /// number, then at least two cells of numbers and placeholders only.
    mutating func isTableRow(_ line: Int, _ side: Side, gutter: Double) -> Bool {
        var previous: Int?
        var cell = 0
        var firstHasText = false
        var figures = 0
        var cellIsFigures = true
        for w in words(of: line) where isOn(side, w, gutter: gutter) {
            if startsCell(w, after: previous), previous != nil {
                if cell == 0 {
                    guard firstHasText else { return false }
                } else if cellIsFigures {
                    figures += 1
                }
                cell += 1
                cellIsFigures = true
            }
            previous = w
            if cell == 0 {
                if !firstHasText, kindOf(w, line: line) != 1 { firstHasText = true }
            } else if cellIsFigures, kindOf(w, line: line) == 3 {
                cellIsFigures = false
            }
        }
        // A single cell has no figures after it.
        guard cell > 0 else { return false }
        if cellIsFigures { figures += 1 }
        return figures >= 2
    }

    /// `ProseBesideTableSplitter.isProse` of the half: at least `minWords` words in one cell,
    /// at most one of them a number.
    mutating func isProse(_ line: Int, _ side: Side, gutter: Double, minWords: Int) -> Bool {
        var previous: Int?
        var count = 0
        for w in words(of: line) where isOn(side, w, gutter: gutter) {
            if previous != nil, startsCell(w, after: previous) { return false }
            previous = w
            count += 1
        }
        guard count >= minWords else { return false }
        var numbers = 0
        for w in words(of: line) where isOn(side, w, gutter: gutter) {
            guard kindOf(w, line: line) == 1 else { continue }
            numbers += 1
            if numbers > 1 { return false }
        }
        return true
    }
}
