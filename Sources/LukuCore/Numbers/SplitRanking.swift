import Foundation

/// What a caller knows about a row whose digits lost their column boundaries; every field is
/// optional evidence, and `.none` ranks by the row's own evenness alone.
public struct SplitEvidence: Sendable {
    /// Expected integer digit count per column (index = column), nil where unknown: the usual
    /// magnitude of the same column in neighbouring, unambiguous rows.
    public var columnDigits: [Int?]
    /// Integer digit counts of the row's cells outside this run (columns already read by other
    /// means); a reading whose numbers are of the same size as these ranks higher. Values < 1 are ignored.
    public var rowDigits: [Int]
    /// Counts the arithmetic identities a reading satisfies (the checks stage plugs in here).
    /// It gets each cell's value, nil for a placeholder.
    public var identities: (@Sendable ([Decimal?]) -> Int)?

    public init(columnDigits: [Int?] = [], rowDigits: [Int] = [],
                identities: (@Sendable ([Decimal?]) -> Int)? = nil) {
        self.columnDigits = columnDigits
        self.rowDigits = rowDigits
        self.identities = identities
    }

    /// No evidence: rank by evenness, then leftmost-greedy.
    public static let none = SplitEvidence()
}

/// How well a reading fits the evidence. Readings are ranked by: more identities satisfied, then
/// a lower `columnCost`, then a lower `spread`; equal scores fall back to leftmost-greedy order.
public struct SplitScore: Comparable, Sendable, CustomStringConvertible {
    /// Arithmetic identities satisfied; nil when the caller gave no identity hook.
    public var identities: Int?
    /// Σ |digits − expected digits| over the columns with `columnDigits` evidence.
    public var columnCost: Int
    /// Largest minus smallest integer digit count over the reading's numbers and `rowDigits`.
    public var spread: Int

    public init(identities: Int? = nil, columnCost: Int, spread: Int) {
        self.identities = identities
        self.columnCost = columnCost
        self.spread = spread
    }

    /// True when `a` ranks before `b`.
    public static func < (a: SplitScore, b: SplitScore) -> Bool {
        let (x, y) = (a.identities ?? 0, b.identities ?? 0)
        if x != y { return x > y }
        if a.columnCost != b.columnCost { return a.columnCost < b.columnCost }
        return a.spread < b.spread
    }

    public static func == (a: SplitScore, b: SplitScore) -> Bool {
        !(a < b) && !(b < a)
    }

    public var description: String {
        (identities.map { "identities \($0), " } ?? "") + "cost \(columnCost), spread \(spread)"
    }
}

/// One reading of a run of digit groups as exactly N numbers.
public struct RankedSplit: Equatable, Sendable {
    /// One printed text per column (tokens joined by one space, signs and units as printed).
    public var cells: [String]
    /// Integer digit count per cell, nil for a placeholder.
    public var digits: [Int?]
    public var score: SplitScore
    /// Why it ranks where it does, one short sentence each.
    public var reasons: [String]
    /// How many readings fit in all (saturates at `Int.max`); the same for every reading of a row.
    public var alternatives: Int
    /// More than one reading fitted: the chosen cells get `ambiguous-split`.
    public var ambiguous: Bool { alternatives > 1 }
}

extension DigitRunSplitter {
    /// Every reading of `tokens` as exactly `columns` numbers (the number rule is the type's doc
    /// comment), best first, at most `limit`; empty when none fits. The first is the chosen one.
    ///
    /// Order: `SplitScore` (identities, then column cost, then spread), then leftmost-greedy.
    /// Without an identity hook the order is exact however many readings there are (best-first
    /// search guided by an exact DP bound, so the first `limit` cost O(limit · columns) steps).
    /// With a hook, the hook reorders the best `limit` readings by the other criteria: exact when
    /// `alternatives <= limit`.
    public static func ranked(_ tokens: [String], columns: Int, evidence: SplitEvidence = .none,
                              limit: Int = 256) -> [RankedSplit] {
        search(tokens, columns: columns, evidence: evidence, limit: limit).readings
    }

    /// `ranked`, and whether the search was capped: more than `maxTokens` tokens, or more than
    /// `SplitSearch.maxSteps` steps. A capped search returns no reading (never a late or partial
    /// one); callers keep the digits as one flagged cell and say why.
    public static func search(_ tokens: [String], columns: Int, evidence: SplitEvidence = .none,
                              limit: Int = 256) -> (readings: [RankedSplit], capped: Bool) {
        if tokens.count > maxTokens { return ([], true) }
        guard limit > 0, let graph = Graph(tokens, columns: columns), graph.ways[0][columns] > 0 else { return ([], false) }
        let search = SplitSearch(graph, evidence)
        var found = search.best(limit).map { search.reading($0, identities: evidence.identities) }
        if search.exhausted { return ([], true) }
        if evidence.identities != nil {
            // Stable: equal identity counts keep the search order.
            found = found.enumerated()
                .sorted { ($0.element.score.identities ?? 0, -$0.offset) > ($1.element.score.identities ?? 0, -$1.offset) }
                .map(\.element)
        }
        for r in found.indices.dropFirst() where found[r].score == found[r - 1].score {
            found[r].reasons.append("same score as #\(r); leftmost-greedy order (earlier numbers longer) ranks it after")
        }
        return (found, false)
    }
}

/// Best-first enumeration of the readings of a `Graph` in (column cost, spread, leftmost-greedy)
/// order. A partial reading is a state (next token, numbers left, smallest and largest digit count
/// so far); `bound` is the exact best (cost, spread) of completing a state, memoised, so the
/// search never expands a state that cannot lead to the next reading in order.
final class SplitSearch {
    typealias Graph = DigitRunSplitter.Graph
    typealias Candidate = DigitRunSplitter.Candidate

    private struct State: Hashable {
        var token: Int32, left: Int32, lo: Int32, hi: Int32   // lo = hi = 0: no digits yet
    }

    struct Node {
        var path: [Candidate]
        var state: (token: Int, left: Int, lo: Int, hi: Int)
        var cost: Int          // column cost of `path`
        var key: (Int, Int)    // best (cost, spread) of any completion
    }

    let graph: Graph
    private let expected: [Int?]
    private let rowRange: (lo: Int, hi: Int)
    private let hasRowDigits: Bool
    private var memo: [State: (Int, Int)] = [:]
    /// Steps (candidate numbers tried by `bound`, nodes pushed by `best`) allowed per search:
    /// about 0.2 s in a release build at worst. A real row takes a few hundred; 60 groups under
    /// 12 columns (five best readings), about 350 000; 240 groups under 8 columns took 35 s
    /// before the cap.
    static let maxSteps = 2_000_000
    private(set) var steps = 0
    /// The budget ran out: the search stopped and its readings must not be used.
    private(set) var exhausted = false

    init(_ graph: Graph, _ evidence: SplitEvidence) {
        self.graph = graph
        expected = evidence.columnDigits
        let row = evidence.rowDigits.filter { $0 > 0 }
        hasRowDigits = !row.isEmpty
        rowRange = (row.min() ?? 0, row.max() ?? 0)
    }

    /// The first `limit` complete readings in order.
    func best(_ limit: Int) -> [Node] {
        let columns = graph.columns
        let root = node(path: [], cost: 0, (0, columns, rowRange.lo, rowRange.hi))
        var heap = NodeHeap()
        heap.push(root)
        var out: [Node] = []
        while out.count < limit, !exhausted, let n = heap.pop() {
            let (i, k, lo, hi) = n.state
            if k == 0 { out.append(n); continue }
            for c in graph.candidates[i] where graph.ways[c.end][k - 1] > 0 {
                let (l, h) = SplitSearch.widen(lo, hi, c.digits)
                heap.push(node(path: n.path + [c], cost: n.cost + price(c, column: columns - k), (c.end, k - 1, l, h)))
                spend()
            }
        }
        return exhausted ? [] : out
    }

    /// The public form of a complete reading, with its reasons.
    func reading(_ n: Node, identities hook: (@Sendable ([Decimal?]) -> Int)?) -> RankedSplit {
        let cells = n.path.map { graph.text($0) }
        var score = SplitScore(columnCost: n.cost, spread: n.key.1)
        var reasons: [String] = []
        for (column, c) in n.path.enumerated() {
            guard let d = c.digits, column < expected.count, let e = expected[column], d != e else { continue }
            reasons.append("column \(column + 1): \(d) digits where neighbouring rows have \(e) (cost \(abs(d - e)))")
        }
        if reasons.isEmpty, expected.contains(where: { $0 != nil }) {
            reasons.append("every column has the digit count of its neighbouring rows")
        }
        let (lo, hi) = (n.state.lo, n.state.hi)
        let row = hasRowDigits ? " with the row's other cells" : ""
        reasons.append(lo == 0 ? "placeholders only: no digit counts to compare"
                       : "digit counts \(lo)…\(hi)\(row): spread \(hi - lo)")
        if let hook {
            let held = hook(cells.map { FinnishNumber.parse($0)?.value })
            score.identities = held
            reasons.insert("\(held) arithmetic identit\(held == 1 ? "y holds" : "ies hold")", at: 0)
        }
        return RankedSplit(cells: cells, digits: n.path.map(\.digits), score: score, reasons: reasons,
                           alternatives: graph.ways[0][graph.columns])
    }

    private func node(path: [Candidate], cost: Int, _ s: (Int, Int, Int, Int)) -> Node {
        let b = bound(s.0, s.1, s.2, s.3)
        return Node(path: path, state: s, cost: cost, key: (cost + b.0, b.1))
    }

    /// Column cost of reading `c` in `column`: |digits − expected|, 0 for placeholders and
    /// columns without evidence.
    private func price(_ c: Candidate, column: Int) -> Int {
        guard let d = c.digits, column < expected.count, let e = expected[column] else { return 0 }
        return abs(d - e)
    }

    private static func widen(_ lo: Int, _ hi: Int, _ d: Int?) -> (Int, Int) {
        guard let d else { return (lo, hi) }
        return lo == 0 ? (d, d) : (min(lo, d), max(hi, d))
    }

    /// The least (cost, spread) over the completions of state (token, left, lo, hi); the state is
    /// completable (`ways[token][left] > 0`).
    private func bound(_ token: Int, _ left: Int, _ lo: Int, _ hi: Int) -> (Int, Int) {
        if left == 0 { return (0, hi - lo) }
        let key = State(token: Int32(token), left: Int32(left), lo: Int32(lo), hi: Int32(hi))
        if let known = memo[key] { return known }
        // Out of budget: any finite value ends the recursion; `best` then returns nothing.
        if exhausted { return (0, 0) }
        var best: (Int, Int)?
        let column = graph.columns - left
        for c in graph.candidates[token] where graph.ways[c.end][left - 1] > 0 {
            spend()
            if exhausted { return (0, 0) }
            let (l, h) = SplitSearch.widen(lo, hi, c.digits)
            let rest = bound(c.end, left - 1, l, h)
            let v = (price(c, column: column) + rest.0, rest.1)
            if best.map({ v < $0 }) ?? true { best = v }
        }
        // The state is completable, so some candidate gave a value; (0, 0) only if the budget ran
        // out inside the loop, and then the result is discarded.
        let value = best ?? (0, 0)
        memo[key] = value
        return value
    }

    private func spend() {
        steps += 1
        if steps > SplitSearch.maxSteps { exhausted = true }
    }
}

/// A binary min-heap of search nodes: by key, then leftmost-greedy path (at the first differing
/// number the longer one first; a path before its own extensions).
private struct NodeHeap {
    private var items: [SplitSearch.Node] = []

    static func before(_ a: SplitSearch.Node, _ b: SplitSearch.Node) -> Bool {
        if a.key != b.key { return a.key < b.key }
        for (x, y) in zip(a.path, b.path) where x.end != y.end { return x.end > y.end }
        return a.path.count < b.path.count
    }

    mutating func push(_ n: SplitSearch.Node) {
        items.append(n)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard NodeHeap.before(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> SplitSearch.Node? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, NodeHeap.before(items[l], items[m]) { m = l }
            if r < items.count, NodeHeap.before(items[r], items[m]) { m = r }
            if m == i { break }
            items.swapAt(i, m)
            i = m
        }
        return top
    }
}
