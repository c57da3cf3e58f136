/// The usual vertical distance between a table's rows, so that lines standing closer than that
/// can be told apart as one wrapped cell.
struct RowPitch {
    /// Lines closer than this share of the usual pitch belong to one row (`TableSettings.tightRowShare`).
    let tightShare: Double

    let median: Double?
    /// The lines are a character grid (`LaidOutText`): every line stands one pitch below the last,
    /// however tight it was printed, so the pitch cannot tell a wrapped cell from a row.
    let isGrid: Bool

    /// `tops` are the rows' top edges, top to bottom.
    init(_ tops: [Double], tightShare: Double = TableSettings.default.tightRowShare, isGrid: Bool = false) {
        self.tightShare = tightShare
        self.isGrid = isGrid
        let steps = zip(tops, tops.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.sorted()
        median = steps.isEmpty ? nil : steps[steps.count / 2]
    }

    func isTight(_ a: TextLine, _ b: TextLine) -> Bool {
        guard let median, a.page == b.page, let ay = a.box?.y0, let by = b.box?.y0 else { return false }
        let step = by - ay
        return step > 0 && step < tightShare * median
    }

    /// In a character grid, `b` is the line right under `a`: no blank line between them.
    func isNextGridLine(_ a: TextLine, _ b: TextLine) -> Bool {
        guard isGrid, a.page == b.page, let ay = a.box?.y0, let by = b.box?.y0 else { return false }
        let step = by - ay
        return step > 0 && step < 1.5 * LaidOutText.linePitchEm * max(a.fontSize, 1)
    }
}
