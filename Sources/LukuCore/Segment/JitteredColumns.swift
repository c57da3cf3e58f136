/// In text laid out in characters a column's right edge can wander further than any tolerance
/// that still keeps real columns apart: `pdftotext -layout` of synth varpuvirta p. 7 sets the
/// "Talousarviomuutokset" values at character 92 on two rows and 84–86 on the others, and the
/// table stage makes two columns of them. Two neighbouring value columns are one when one has
/// no header, the other has, and no row fills both: the unheaded one's cells move into the
/// headed one. A real column without a header beside a headed one that is filled on other rows
/// (a balance sheet's group totals beside the items) shares at least one row with it, so it stays.
enum JitteredColumns {
    static func merge(_ draft: TableDraft) -> TableDraft {
        var draft = draft
        // A column with neither a header nor a cell is a cluster some later step emptied.
        for c in draft.columns.indices.reversed() where draft.columns.count > 1
            && draft.columns[c].header.isEmpty && draft.rows.allSatisfy({ $0.cells[c] == nil }) {
            remove(c, from: &draft)
        }
        var c = 0
        while c + 1 < draft.columns.count {
            let left = draft.columns[c].header.isEmpty, right = draft.columns[c + 1].header.isEmpty
            let filledLeft = draft.rows.filter { $0.cells[c] != nil }.count
            let filledRight = draft.rows.filter { $0.cells[c + 1] != nil }.count
            let shared = draft.rows.contains { $0.cells[c] != nil && $0.cells[c + 1] != nil }
            guard left != right, !shared, filledLeft > 0, filledRight > 0,
                  !draft.headerSpans.contains(where: { $0.first <= c + 1 && $0.last >= c && $0.first != $0.last })
            else { c += 1; continue }
            let keep = left ? c + 1 : c, drop = left ? c : c + 1
            for r in draft.rows.indices {
                if let cell = draft.rows[r].cells[drop] { draft.rows[r].cells[keep] = cell }
            }
            if keep < draft.spans.count, drop < draft.spans.count {
                draft.spans[keep].x0 = min(draft.spans[keep].x0, draft.spans[drop].x0)
                draft.spans[keep].x1 = max(draft.spans[keep].x1, draft.spans[drop].x1)
            }
            remove(drop, from: &draft)
        }
        return draft
    }

    /// Column `c` out of the columns, every row, the extents and the header spans.
    private static func remove(_ c: Int, from draft: inout TableDraft) {
        for r in draft.rows.indices { draft.rows[r].cells.remove(at: c) }
        draft.columns.remove(at: c)
        if c < draft.spans.count { draft.spans.remove(at: c) }
        draft.headerSpans = draft.headerSpans.compactMap { span in
            var s = span
            if s.first > c { s.first -= 1 }
            if s.last >= c { s.last -= 1 }
            return s.last >= s.first ? s : nil
        }
    }
}
