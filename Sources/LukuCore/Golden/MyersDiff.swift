/// Longest-common-subsequence matching of two integer sequences (interned lines) for
/// `LineDiff`.
///
/// Golden files are long and differ in a few places, so the work is arranged to be linear in
/// that case: the common prefix and suffix are matched first, then elements of the middle that
/// occur only on one side are set aside (they can never be part of a common subsequence, so
/// the LCS is unchanged), and what is left goes to Myers' O(ND) algorithm in its linear-space,
/// divide-and-conquer form (Myers 1986, §4b; structured like GNU diffutils' `diag`).
/// Memory is O(N + M). When a single split needs more than `costLimit` edit rounds (wholly
/// rewritten input) it takes the furthest-reaching point instead of the exact middle snake, as
/// diffutils does: the diff stays correct but may be longer than minimal, and time stays bounded.
enum MyersDiff {
    static let costLimit = 1024

    /// Matched index pairs `(i, j)` with `x[i] == y[j]`, strictly increasing in both.
    static func matches(_ x: [Int], _ y: [Int]) -> [(Int, Int)] {
        matchesAndWork(x, y).matches
    }

    /// The matches, and the diagonals the search visited: the measure of its work, which tests
    /// bound instead of the clock.
    static func matchesAndWork(_ x: [Int], _ y: [Int]) -> (matches: [(Int, Int)], diagonals: Int) {
        var prefix = 0
        while prefix < x.count && prefix < y.count && x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix && suffix < y.count - prefix
                && x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }

        let xMid = prefix..<(x.count - suffix)
        let yMid = prefix..<(y.count - suffix)
        let inX = Set(x[xMid]), inY = Set(y[yMid])
        let xKeep = xMid.filter { inY.contains(x[$0]) }  // original indexes of the filtered middle
        let yKeep = yMid.filter { inX.contains(y[$0]) }

        var result: [(Int, Int)] = (0..<prefix).map { ($0, $0) }
        var diagonals = 0
        if !xKeep.isEmpty && !yKeep.isEmpty {
            var search = Search(x: xKeep.map { x[$0] }, y: yKeep.map { y[$0] })
            search.compare(0, search.x.count, 0, search.y.count)
            result += search.matches.map { (xKeep[$0.0], yKeep[$0.1]) }
            diagonals = search.diagonals
        }
        result += (0..<suffix).map { (x.count - suffix + $0, y.count - suffix + $0) }
        return (result, diagonals)
    }

    private struct Search {
        let x: [Int]
        let y: [Int]
        /// Furthest x reached on each diagonal k = x − y, forward and backward; index k + offset.
        var fd: [Int]
        var bd: [Int]
        let offset: Int
        var matches: [(Int, Int)] = []
        /// Diagonals visited, forward and backward.
        var diagonals = 0

        init(x: [Int], y: [Int]) {
            self.x = x
            self.y = y
            offset = y.count + 1
            fd = Array(repeating: 0, count: x.count + y.count + 3)
            bd = fd
        }

        /// Appends the matches of x[xoff..<xlim] against y[yoff..<ylim], in order.
        mutating func compare(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) {
            var xoff = xoff, yoff = yoff, xlim = xlim, ylim = ylim
            while xoff < xlim && yoff < ylim && x[xoff] == y[yoff] {
                matches.append((xoff, yoff))
                xoff += 1
                yoff += 1
            }
            var suffix = 0
            while xoff < xlim && yoff < ylim && x[xlim - 1] == y[ylim - 1] {
                xlim -= 1
                ylim -= 1
                suffix += 1
            }
            if xoff < xlim && yoff < ylim, let (sx, sy) = split(xoff, xlim, yoff, ylim) {
                compare(xoff, sx, yoff, sy)
                compare(sx, xlim, sy, ylim)
            }
            for k in 0..<suffix { matches.append((xlim + k, ylim + k)) }
        }

        /// A point on an optimal (or, past `costLimit`, a good) edit path strictly inside the
        /// box, or nil when none helps (the box is then treated as a full replacement).
        mutating func split(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int)? {
            let dmin = xoff - ylim, dmax = xlim - yoff
            let fmid = xoff - yoff, bmid = xlim - ylim
            var fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid
            let odd = (fmid - bmid) & 1 != 0
            let o = offset
            fd[fmid + o] = xoff
            bd[bmid + o] = xlim

            func inside(_ p: (Int, Int)) -> (Int, Int)? {
                p == (xoff, yoff) || p == (xlim, ylim) ? nil : p
            }

            var c = 1
            while true {
                // Forward: extend every reachable diagonal by one edit, then slide its snake.
                if fmin > dmin { fmin -= 1; fd[fmin - 1 + o] = -1 } else { fmin += 1 }
                if fmax < dmax { fmax += 1; fd[fmax + 1 + o] = -1 } else { fmax -= 1 }
                for d in stride(from: fmax, through: fmin, by: -2) {
                    diagonals += 1
                    let tlo = fd[d - 1 + o], thi = fd[d + 1 + o]
                    var px = tlo >= thi ? tlo + 1 : thi
                    var py = px - d
                    while px < xlim && py < ylim && x[px] == y[py] { px += 1; py += 1 }
                    fd[d + o] = px
                    if odd && bmin <= d && d <= bmax && bd[d + o] <= px { return inside((px, py)) }
                }
                // Backward, from the bottom-right corner.
                if bmin > dmin { bmin -= 1; bd[bmin - 1 + o] = Int.max } else { bmin += 1 }
                if bmax < dmax { bmax += 1; bd[bmax + 1 + o] = Int.max } else { bmax -= 1 }
                for d in stride(from: bmax, through: bmin, by: -2) {
                    diagonals += 1
                    let tlo = bd[d - 1 + o], thi = bd[d + 1 + o]
                    var px = tlo < thi ? tlo : thi - 1
                    var py = px - d
                    while xoff < px && yoff < py && x[px - 1] == y[py - 1] { px -= 1; py -= 1 }
                    bd[d + o] = px
                    if !odd && fmin <= d && d <= fmax && px <= fd[d + o] { return inside((px, py)) }
                }
                if c >= MyersDiff.costLimit { return inside(furthest(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax)) }
                c += 1
            }
        }

        /// The point, forward or backward, that has covered the most of the box so far.
        private func furthest(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int,
                              _ fmin: Int, _ fmax: Int, _ bmin: Int, _ bmax: Int) -> (Int, Int) {
            let o = offset
            var fxy = -1, fx = xoff
            for d in stride(from: fmax, through: fmin, by: -2) {
                var px = min(fd[d + o], xlim)
                var py = px - d
                if ylim < py { px = ylim + d; py = ylim }
                if fxy < px + py { fxy = px + py; fx = px }
            }
            var bxy = Int.max, bx = xlim
            for d in stride(from: bmax, through: bmin, by: -2) {
                var px = max(xoff, bd[d + o])
                var py = px - d
                if py < yoff { px = yoff + d; py = yoff }
                if px + py < bxy { bxy = px + py; bx = px }
            }
            return (xlim + ylim) - bxy < fxy - (xoff + yoff) ? (fx, fxy - fx) : (bx, bxy - bx)
        }
    }
}
