/// Joins a table continued on the next page to its first part: the part on page p ends that
/// page, the part on p+1 starts it, and they have the same number of columns and either no
/// header of their own or the same header repeated (as assigned, or as printed: synth word
/// family p. 2), under no new title. Rows at the top of the continuation take the
/// group still open at the page break.
enum TableMerger {
    /// `firstContentLine`/`lastContentLine`: per page, the first and last line index with content.
    /// `pagesShareColumns`: a column stands at the same x on every page (PDF); false for text laid
    /// out in characters (`pdftotext -layout` sets each page's columns on its own: tukipalvelut
    /// pp. 4–5 käyttötalous, the same columns 2–5 characters apart), where columns pair by count.
    /// `titles`: continuation titles on page tops (`ContinuationTitle`), passed over.
    static func merge(_ drafts: [TableDraft], firstContentLine: [Int: Int], lastContentLine: [Int: Int],
                      pagesShareColumns: Bool = true, titles: Set<Int> = []) -> [TableDraft] {
        var out: [TableDraft] = []
        for draft in drafts {
            // (A draft that `onlyContinues` and is not joined is dropped: its lines stay text.)
            guard var previous = out.last,
                  let lastPage = previous.pages.last, draft.page == lastPage + 1,
                  lastContentLine[lastPage] == previous.lastLine,
                  let top = firstContentLine[draft.page],
                  top == draft.firstLine || top < draft.firstLine && (top..<draft.firstLine).allSatisfy({ titles.contains($0) }),
                  !draft.hasHeader || draft.columns.map(\.header) == previous.columns.map(\.header)
                    || draft.printedHeader != nil && draft.printedHeader == previous.printedHeader,
                  // A header printed with a title of its own starts another table ("VAALIT" over
                  // the same columns as the last table of the page before, Lapua TA 2025 p. 2).
                  draft.caption == nil || draft.caption == previous.caption,
                  // Cents on one page and whole numbers on the next are two tables (PrintedPrecision).
                  !PrintedPrecision.separates(previous, draft)
            else {
                if !draft.onlyContinues { out.append(draft) }
                continue
            }
            // A continuation that fills a column the first part left empty widens the first part.
            if pagesShareColumns, columnMapping(from: draft, to: previous) == nil,
               let wide = WiderContinuation.widened(previous, to: draft) {
                previous = wide
            }
            guard let mapping = pagesShareColumns
                    ? columnMapping(from: draft, to: previous) ?? MirroredPageColumns.mapping(from: draft, to: previous)
                    : countMapping(from: draft, to: previous)
            else {
                if !draft.onlyContinues { out.append(draft) }
                continue
            }
            let carried = previous.pendingGroup ?? previous.rows.last?.group
            var rows = draft.rows.map { row -> Row in
                var moved = row
                // Cell boxes are on the continuation's page (PDF); text input has no boxes.
                if draft.bbox != nil { moved.page = draft.page }
                moved.cells = Array(repeating: nil, count: previous.columns.count)
                for (j, cell) in row.cells.enumerated() { moved.cells[mapping[j]] = cell }
                return moved
            }
            for i in rows.indices {
                guard rows[i].group == nil else { break }
                rows[i].group = carried
            }
            previous.rows += rows
            previous.pages.append(draft.page)
            previous.lastLine = draft.lastLine
            previous.pendingGroup = draft.pendingGroup
            out[out.count - 1] = previous
        }
        return out
    }

    /// Columns paired without positions (text laid out page by page): the same count in order,
    /// or, for a continuation without a header and with fewer columns, the columns the first
    /// part's last row filled, when they are as many (konserni p. 16 → 17 käyttötalous: rows of
    /// the two budget columns only, after rows that filled only those two).
    static func countMapping(from next: TableDraft, to first: TableDraft) -> [Int]? {
        if next.columns.count == first.columns.count { return Array(next.columns.indices) }
        guard !next.hasHeader, let last = first.rows.last else { return nil }
        let filled = last.cells.indices.filter { last.cells[$0] != nil }
        return filled.count == next.columns.count ? filled : nil
    }

    /// For each column of the continuation, the column of the first part it sits under: same
    /// count in the same order (text input), or, with geometry, the one it overlaps. Nil when a
    /// column has no partner, so unrelated tables are never glued.
    static func columnMapping(from next: TableDraft, to first: TableDraft) -> [Int]? {
        if next.spans.isEmpty || first.spans.isEmpty {
            return next.columns.count == first.columns.count ? Array(next.columns.indices) : nil
        }
        var mapping: [Int] = []
        for span in next.spans {
            let candidates = first.spans.indices.filter { min(span.x1, first.spans[$0].x1) - max(span.x0, first.spans[$0].x0) > 0 }
            guard let best = candidates.max(by: { abs(first.spans[$0].x1 - span.x1) > abs(first.spans[$1].x1 - span.x1) }),
                  mapping.last.map({ best > $0 }) ?? true else { return nil }
            mapping.append(best)
        }
        return mapping
    }
}
