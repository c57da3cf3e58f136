/// A table continued on a facing page: a book laid out on facing pages mirrors its margins (the
/// inner margin wider than the outer, or the text block moved towards the spine), so a table
/// threaded from a right-hand page onto the next left-hand one stands the same but moved sideways
/// as a whole, its label column and every figure column by the same distance (hold-out set 10:
/// hold10-04, an investment programme threaded from page 1, text block at 25 mm, onto page 2, at
/// 15 mm; the 10 mm shift is half the 19.5 mm column pitch, so each column of page 2 overlapped two
/// of page 1's, `TableMerger.columnMapping` found no order-keeping pairing, and page 2's 38 rows
/// were a table of their own).
///
/// Paired column for column when the continuation has no header of its own, as many columns as
/// the first part, and its left edge and the right edge of every column (right-aligned figures end
/// at their tab stop) are the first part's moved by one and the same distance, within `tolerance`.
/// A different table at the top of the next page does not repeat the first part's whole geometry.
enum MirroredPageColumns {
    /// Points: the same tab stop printed on two pages.
    static let tolerance = 1.5

    static func mapping(from next: TableDraft, to first: TableDraft) -> [Int]? {
        guard !next.hasHeader, next.spans.count == first.spans.count, next.spans.count >= 2,
              let a = first.bbox, let b = next.bbox, let lastA = first.spans.last, let lastB = next.spans.last
        else { return nil }
        let dx = lastA.x1 - lastB.x1
        guard abs(dx) > tolerance, abs(a.x0 - b.x0 - dx) <= tolerance,
              zip(first.spans, next.spans).allSatisfy({ abs($0.x1 - $1.x1 - dx) <= tolerance })
        else { return nil }
        return Array(next.spans.indices)
    }
}
