/// Finds the value columns of a table from the right edges of its numbers: Finnish budget
/// tables right-align numbers, so the right edges of one column agree within a fraction of an em
/// while different columns are several ems apart (the "stream" idea of Camelot, on right edges).
struct ColumnClusterer: Sendable {
    /// Right edges closer than this (in em) belong to one column.
    var toleranceEm = 1.0

    struct Span: Equatable, Sendable {
        var x0: Double
        var x1: Double
        var count: Int
    }

    func columns(of boxes: [BoundingBox], em: Double, rows: Int) -> [Span] {
        cluster(boxes, byLeftEdge: false, em: em, rows: rows)
    }

    /// How a table's numbers line up in their columns.
    enum Alignment: Sendable { case right, left }

    /// The value columns of a table's rows (each row's value boxes): clustered by right edges,
    /// unless the left edges explain the rows better, that is put fewer numbers of one row into
    /// one column. Budget tables right-align numbers; HTML exports often leave them left-aligned
    /// (Lapua's minutes p. 18: "366.500" and "0" a half em apart, the next row's "-643.630"
    /// ending past both), where right edges would put two numbers of a row into one column.
    func columns(ofRows rows: [[BoundingBox]], em: Double) -> (spans: [Span], alignment: Alignment) {
        let boxes = rows.flatMap { $0 }
        let right = cluster(boxes, byLeftEdge: false, em: em, rows: rows.count)
        let left = cluster(boxes, byLeftEdge: true, em: em, rows: rows.count)
        let rightConflicts = conflicts(rows, right), leftConflicts = conflicts(rows, left)
        if leftConflicts < rightConflicts { return (left, .left) }
        // Equally consistent (a short table): the edges that agree more tightly are the aligned ones.
        if leftConflicts == rightConflicts {
            let l = spread(boxes, left, byLeftEdge: true), r = spread(boxes, right, byLeftEdge: false)
            if l < 0.5 * r, r - l > em { return (left, .left) }
        }
        return (right, .right)
    }

    /// How far the given edges of each column's boxes stray, summed over the columns.
    private func spread(_ boxes: [BoundingBox], _ spans: [Span], byLeftEdge: Bool) -> Double {
        var low: [Int: Double] = [:], high: [Int: Double] = [:]
        for b in boxes {
            let c = ColumnClusterer.column(for: b, in: spans)
            let e = byLeftEdge ? b.x0 : b.x1
            low[c] = min(low[c] ?? .infinity, e)
            high[c] = max(high[c] ?? -.infinity, e)
        }
        return low.keys.reduce(0) { $0 + high[$1]! - low[$1]! }
    }

    /// Numbers sharing a column with another number of their row.
    private func conflicts(_ rows: [[BoundingBox]], _ spans: [Span]) -> Int {
        var count = 0
        for row in rows {
            var used = Set<Int>()
            for b in row where !used.insert(ColumnClusterer.column(for: b, in: spans)).inserted { count += 1 }
        }
        return count
    }

    private func cluster(_ boxes: [BoundingBox], byLeftEdge: Bool, em: Double, rows: Int) -> [Span] {
        let edges = boxes.map { byLeftEdge ? $0.x0 : $0.x1 }
        let sorted = boxes.indices.sorted { edges[$0] < edges[$1] }
        var spans: [Span] = []
        var lastEdge = -Double.infinity
        for i in sorted {
            let box = boxes[i]
            if var last = spans.last, edges[i] - lastEdge <= toleranceEm * em {
                last.x0 = min(last.x0, box.x0)
                last.x1 = max(last.x1, box.x1)
                last.count += 1
                spans[spans.count - 1] = last
            } else {
                spans.append(Span(x0: box.x0, x1: box.x1, count: 1))
            }
            lastEdge = edges[i]
        }
        // A column printed in one row only is noise unless the table is that small.
        let minimum = rows <= 2 ? 1 : 2
        let kept = spans.filter { $0.count >= minimum }
        return (kept.isEmpty ? spans : kept).sorted { $0.x1 < $1.x1 }
    }

    /// Index of the column a box belongs to: the widest horizontal overlap, else the nearest
    /// right edge.
    static func column(for box: BoundingBox, in spans: [Span]) -> Int {
        var best = -1, bestOverlap = 0.0
        for (i, s) in spans.enumerated() {
            let overlap = min(box.x1, s.x1) - max(box.x0, s.x0)
            if overlap > bestOverlap { best = i; bestOverlap = overlap }
        }
        if best >= 0 { return best }
        var nearest = 0, distance = Double.infinity
        for (i, s) in spans.enumerated() {
            let d = min(abs(box.x1 - s.x1), abs(box.midX - (s.x0 + s.x1) / 2))
            if d < distance { nearest = i; distance = d }
        }
        return nearest
    }
}
