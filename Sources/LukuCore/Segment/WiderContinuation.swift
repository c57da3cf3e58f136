/// A table continued on the next page under the same printed header, where the continuation
/// fills a column the first part left empty: a balance sheet with two columns per year (the
/// item and its group's subtotal) whose first page holds only items, so that page found fewer
/// columns ("I Peruspääoma … IV Edellisten tilikausien ylijäämä" on p. 3 of synth saarnijoki,
/// vastattavaa going on on p. 4 with its subtotals; "Peruspääoma", "Muut omat rahastot" on p. 4
/// of synth varpuvirta, going on on p. 5). Every filled column of the first part stands over one
/// of the continuation's, in order (`filledMapping`): the joined table takes the continuation's columns,
/// and the first part's cells move to the columns they stand in.
enum WiderContinuation {
    /// `first` laid out in the columns of `next`, or nil when `next` does not repeat the header
    /// as printed, has no more columns, or a column of `first` has no partner.
    static func widened(_ first: TableDraft, to next: TableDraft) -> TableDraft? {
        guard let printed = next.printedHeader, printed == first.printedHeader,
              next.columns.count > first.columns.count,
              let mapping = filledMapping(from: first, to: next) else { return nil }
        var wide = first
        wide.columns = next.columns
        wide.headerSpans = next.headerSpans
        wide.spans = next.spans
        wide.rows = first.rows.map { row in
            var moved = row
            moved.cells = Array(repeating: nil, count: next.columns.count)
            for (j, cell) in row.cells.enumerated() where j < mapping.count {
                if let to = mapping[j], to < moved.cells.count { moved.cells[to] = cell }
            }
            return moved
        }
        return wide
    }

    /// For each column of `first` that a row fills, the column of `next` it overlaps with the
    /// nearest right edge, in order; nil when one has none. A column no row fills (a header word
    /// wider than its numbers read as a column of its own: "31.12.2021" over "127 195 980" on p. 4
    /// of synth varpuvirta) maps to none: its header is printed again over the continuation.
    static func filledMapping(from first: TableDraft, to next: TableDraft) -> [Int?]? {
        guard first.spans.count == first.columns.count, next.spans.count == next.columns.count, !next.spans.isEmpty
        else { return nil }
        var mapping: [Int?] = Array(repeating: nil, count: first.columns.count)
        var last = -1
        for j in first.spans.indices where first.rows.contains(where: { j < $0.cells.count && $0.cells[j] != nil }) {
            let span = first.spans[j]
            let candidates = next.spans.indices.filter { min(span.x1, next.spans[$0].x1) - max(span.x0, next.spans[$0].x0) > 0 }
            guard let best = candidates.min(by: { abs(next.spans[$0].x1 - span.x1) < abs(next.spans[$1].x1 - span.x1) }),
                  best > last else { return nil }
            mapping[j] = best
            last = best
        }
        return last >= 0 ? mapping : nil
    }
}
