/// Splits a page where a table stands beside running prose into two streams of lines, left
/// first, so the table is read without the prose and the prose without the table.
///
/// Two layouts of the field print this (DOMAIN.md): a key-figures box ("Keskeiset tunnusluvut")
/// floated beside the text of a review ("Kunnanjohtajan katsaus"), and a two-column page (a
/// "talousarvio lyhyesti" brochure, a toimintakertomus page) with a small table in one column.
/// A line of the PDF is every word on one baseline, so a prose line level with a table row
/// becomes one line: the prose is read as the row's label or glued into its last cell, and exact
/// values end up under prose labels without a flag.
///
/// Evidence for such a gutter, on a run of lines that no word crosses: one side holds table rows
/// (a text cell and then at least two cells of numbers), the other side starts at the same x on
/// several lines and holds prose (lines of several words set as one run, with no figure cells)
/// standing on lines of their own, where the table side is empty, and running on above the
/// table's first row or below its last. A table's own text column (a "Perustelu" column) stays
/// within its rows, so it does not give that evidence.
/// Side-by-side tables (numbers on both sides) are `GutterSplitter`'s; this rule runs only where
/// that one finds nothing.
public struct ProseBesideTableSplitter: Sendable {
    /// Runs of words further apart than this (em) are separate cells.
    public var cellGapEm = 1.0
    /// Lines whose text starts at the gutter's x (the prose column's or the box's left edge).
    public var minStarts = 4
    /// Table rows needed on one side.
    public var minTableRows = 3
    /// Prose lines needed on the other side, and how many of them stand alone.
    public var minProseLines = 3
    public var minLoneProseLines = 2
    /// Words a line needs to count as prose.
    public var minProseWords = 4
    /// Column starts within this many points of each other are one x.
    public var startTolerance = 1.0
    /// Candidate gutters tried per page, most supported first.
    public var maxCandidates = 6
    /// The gutter stands this many em (of the page's median font size) left of the column start,
    /// so a box's caption set a point or two left of its rows (the box's padding) stays in it.
    public var gutterSlackEm = 0.5

    public init() {}

    /// One line cut at the gutter: the words left of it and right of it (nil: none).
    struct Halves {
        var left: TextLine?
        var right: TextLine?
        func side(_ leftSide: Bool) -> TextLine? { leftSide ? left : right }
        init(_ line: TextLine, at gutter: Double) { (left, right) = line.halves(at: gutter) }
    }

    /// `lines` are one page's lines, top to bottom.
    public func split(_ lines: [TextLine]) -> [TextLine] {
        guard lines.count >= minTableRows + minProseLines else { return lines }
        let sizes = lines.map(\.fontSize).sorted()
        let slack = max(startTolerance, gutterSlackEm * sizes[sizes.count / 2])
        for start in candidates(lines) {
            let gutter = start - slack - 0.5
            if let out = split(lines, at: gutter) { return out }
        }
        return lines
    }

    /// Left edges of cells (line starts and runs after a wide gap) that several lines share,
    /// most shared first.
    func candidates(_ lines: [TextLine]) -> [Double] {
        var support: [Int: Int] = [:]
        for line in lines {
            let starts = Set(line.chunks(gapEm: cellGapEm).compactMap { $0.first?.box.map { Int($0.x0.rounded()) } })
            for x in starts { support[x, default: 0] += 1 }
        }
        let tolerance = Int(startTolerance.rounded(.up))
        let scored = support.keys.map { x in
            (x: x, n: (-tolerance...tolerance).reduce(0) { $0 + (support[x + $1] ?? 0) })
        }
        return scored.filter { $0.n >= minStarts }
            .sorted { $0.n != $1.n ? $0.n > $1.n : $0.x < $1.x }
            .prefix(maxCandidates)
            .map { Double($0.x) }
    }

    /// The page with every run of uncrossed lines that shows the evidence split at `gutter`;
    /// nil when no run does.
    func split(_ lines: [TextLine], at gutter: Double) -> [TextLine]? {
        let crosses = lines.map { line in line.words.contains { w in w.box.map { $0.x0 < gutter && $0.x1 > gutter } ?? false } }
        var out: [TextLine] = []
        var didSplit = false
        var i = 0
        while i < lines.count {
            guard !crosses[i] else { out.append(lines[i]); i += 1; continue }
            var j = i
            while j < lines.count, !crosses[j] { j += 1 }
            let run = Array(lines[i..<j])
            let halves = run.map { Halves($0, at: gutter) }
            if showsEvidence(halves) {
                out += halves.compactMap(\.left) + halves.compactMap(\.right)
                didSplit = true
            } else {
                out += run
            }
            i = j
        }
        return didSplit ? out : nil
    }

    /// One side has table rows, the other prose lines, some of them on lines where the table side
    /// is empty.
    func showsEvidence(_ halves: [Halves]) -> Bool {
        func holds(tableOnLeft: Bool) -> Bool {
            let rows = halves.indices.filter { halves[$0].side(tableOnLeft).map { isTableRow($0) } ?? false }
            guard rows.count >= minTableRows, let top = rows.first, let bottom = rows.last else { return false }
            let proseLines = halves.indices.filter { halves[$0].side(!tableOnLeft).map { isProse($0) } ?? false }
            let alone = proseLines.filter { halves[$0].side(tableOnLeft) == nil }.count
            // The prose runs on past the table (above its first row or below its last): a text
            // column of the table itself stays within its rows.
            let outside = proseLines.contains { $0 < top || $0 > bottom }
            return proseLines.count >= minProseLines && alone >= minLoneProseLines && outside
        }
        return holds(tableOnLeft: true) || holds(tableOnLeft: false)
    }

    /// A text cell followed by at least two cells that are numbers (`Asukasluku 31.12.  9 027  8 901  8 768`).
    func isTableRow(_ line: TextLine) -> Bool {
        let chunks = line.chunks(gapEm: cellGapEm)
        guard let first = chunks.first, first.contains(where: { FinnishNumber.parse($0.text) == nil }) else { return false }
        let figures = chunks.dropFirst().filter { chunk in
            chunk.allSatisfy { FinnishNumber.parse($0.text) != nil || FinnishNumber.isPlaceholder($0.text) }
        }
        return figures.count >= 2
    }

    /// Several words set as one run (no cell gap), at most one of them a figure ("34 päivää").
    func isProse(_ line: TextLine) -> Bool {
        guard line.words.count >= minProseWords, line.chunks(gapEm: cellGapEm).count == 1 else { return false }
        return line.words.filter { FinnishNumber.parse($0.text) != nil }.count <= 1
    }
}
