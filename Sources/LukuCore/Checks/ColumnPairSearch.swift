import Foundation

/// Finds which two columns a derived column is computed from (a difference or a percentage) when
/// the headers do not say ("Vuosimuutos", "Muutos €" beside four period columns). Every ordered
/// pair of value columns left of it is tried on every row; the pair under which most rows hold
/// wins, and only if the structure proves itself: at least two rows hold with non-zero numbers and
/// no fewer than half of the rows that could be computed. Ties go to the pair nearest the derived
/// column. A rule that cannot find a pair emits nothing.
enum ColumnPairSearch {
    /// The value columns a derived column can be computed from: left of it, not percentages,
    /// not derived columns themselves.
    static func sources(left of: Int, in table: Table, derived: (Int) -> Bool) -> [Int] {
        (0..<of).filter { table.columns[$0].unit != "%" && !derived($0) }
    }

    /// The checks of the best pair; `make(a, b, row)` builds the check of one row (nil when the
    /// row cannot be computed); a check "proves" when it holds and `nonTrivial` says so.
    /// With `exact`, `make` may leave out what does not change whether a check holds (a
    /// tolerance it proved too small to matter), and the best pair's checks are `exact`'s.
    static func best(pairsFrom columns: [Int], target: Int, rows: Range<Int>,
                     make: (Int, Int, Int) -> Check?, nonTrivial: (Check) -> Bool,
                     exact: ((Int, Int, Int) -> Check?)? = nil) -> [Check] {
        var best: [Check] = []
        var bestPair: (Int, Int)?
        var bestScore = (holding: 0, distance: Int.max)
        for a in columns {
            for b in columns where b != a {
                let checks = rows.compactMap { make(a, b, $0) }
                let holding = checks.filter { $0.outcome != .mismatch }
                guard holding.filter(nonTrivial).count >= 2, holding.count * 2 >= checks.count else { continue }
                let distance = (target - a) + (target - b)
                if holding.count > bestScore.holding || holding.count == bestScore.holding && distance < bestScore.distance {
                    best = checks
                    bestPair = (a, b)
                    bestScore = (holding.count, distance)
                }
            }
        }
        if let exact, let (a, b) = bestPair { return rows.compactMap { exact(a, b, $0) } }
        return best
    }
}
