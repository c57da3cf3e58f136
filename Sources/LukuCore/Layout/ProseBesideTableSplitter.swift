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

    /// `lines` are one page's lines, top to bottom.
    public func split(_ lines: [TextLine]) -> [TextLine] {
        guard lines.count >= minTableRows + minProseLines else { return lines }
        let sizes = lines.map(\.fontSize).sorted()
        let slack = max(startTolerance, gutterSlackEm * sizes[sizes.count / 2])
        // Every candidate asks about the same words: their boxes and numbers are read once.
        var facts = HalfLineFacts(lines, gapEm: cellGapEm)
        for start in candidates(facts, lineCount: lines.count) {
            let gutter = start - slack - 0.5
            if let out = split(lines, at: gutter, facts: &facts) { return out }
        }
        return lines
    }

    /// Left edges of cells (line starts and runs after a wide gap) that several lines share,
    /// most shared first.
    func candidates(_ facts: HalfLineFacts, lineCount: Int) -> [Double] {
        var support: [Int: Int] = [:]
        for line in 0..<lineCount {
            // Each x once per line.
            let starts = facts.cellStarts(line).sorted()
            for (k, x) in starts.enumerated() where k == 0 || starts[k - 1] != x { support[x, default: 0] += 1 }
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
    /// nil when no run does. The halves are judged on the page's word facts; lines are cut
    /// (`TextLine.halves(at:)`) only where a run is split.
    func split(_ lines: [TextLine], at gutter: Double, facts: inout HalfLineFacts) -> [TextLine]? {
        var out: [TextLine] = []
        var didSplit = false
        var i = 0
        while i < lines.count {
            guard !facts.crosses(i, gutter: gutter) else { out.append(lines[i]); i += 1; continue }
            var j = i + 1
            while j < lines.count, !facts.crosses(j, gutter: gutter) { j += 1 }
            if showsEvidence(i..<j, at: gutter, facts: &facts) {
                let halves = lines[i..<j].map { $0.halves(at: gutter) }
                out += halves.compactMap(\.left) + halves.compactMap(\.right)
                didSplit = true
            } else {
                out += lines[i..<j]
            }
            i = j
        }
        return didSplit ? out : nil
    }

    /// One side of the run's lines has table rows, the other prose lines, some of them on lines
    /// where the table side is empty.
    func showsEvidence(_ run: Range<Int>, at gutter: Double, facts: inout HalfLineFacts) -> Bool {
        func holds(tableOnLeft: Bool) -> Bool {
            let table: HalfLineFacts.Side = tableOnLeft ? .left : .right
            let text: HalfLineFacts.Side = tableOnLeft ? .right : .left
            let rows = run.filter { facts.exists($0, table, gutter: gutter) && facts.isTableRow($0, table, gutter: gutter) }
            guard rows.count >= minTableRows, let top = rows.first, let bottom = rows.last else { return false }
            let proseLines = run.filter {
                facts.exists($0, text, gutter: gutter) && facts.isProse($0, text, gutter: gutter, minWords: minProseWords)
            }
            let alone = proseLines.filter { !facts.exists($0, table, gutter: gutter) }.count
            // The prose runs on past the table (above its first row or below its last): a text
            // column of the table itself stays within its rows.
            let outside = proseLines.contains { $0 < top || $0 > bottom }
            return proseLines.count >= minProseLines && alone >= minLoneProseLines && outside
        }
        return holds(tableOnLeft: true) || holds(tableOnLeft: false)
    }
}
