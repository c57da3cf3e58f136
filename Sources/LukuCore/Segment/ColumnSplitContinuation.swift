/// A wide table printed in two parts by columns: the first page holds the labels and the first
/// periods, the next page a title marked as a continuation, the same labels again and the
/// remaining periods ("Tuloslaskelma" with TP 2022 … TA 2025 on p. 1, "Tuloslaskelma (jatkuu)"
/// with TA 2026 … TS 2029 on p. 2: hold-out set 2 doc 08, the way wide multi-year plans are put
/// into portrait reports). A table continued over a page break is one table (OUTPUT.md), so the
/// second part's columns are appended to the first's, row by row. Before, the two parts were two
/// correctly read tables and a reader looking for the plan found half of it.
///
/// Only when every sign agrees: the second part is the next table after the first and stands on
/// the page after the first one's last page; a title on that page, above the second part, carries
/// a continuation mark and continues the first part's caption (`ContinuationTitle.continues`);
/// both parts printed their header, the headers share no column, the units agree, and the rows
/// carry the same labels and groups in the same order (two rows or more). A continuation by rows
/// repeats the columns and is `TableMerger`'s (PDF) or `RepeatedHeaderContinuation`'s (text).
enum ColumnSplitContinuation {
    /// Rows the two parts must share at least.
    static let minRows = 2
    /// Lines above a table's first line that may hold its caption.
    static let captionReach = 3

    /// `drafts` sorted by first line; `lines` the lines they index.
    static func merge(_ drafts: [TableDraft], lines: [TextLine]) -> [TableDraft] {
        var out: [TableDraft] = []
        for d in drafts {
            if let a = out.last, continuesByColumns(a, d, lines: lines) {
                out[out.count - 1] = joined(a, d)
            } else {
                out.append(d)
            }
        }
        return out
    }

    static func continuesByColumns(_ a: TableDraft, _ b: TableDraft, lines: [TextLine]) -> Bool {
        let aLast = a.pages.max() ?? a.page
        guard b.page == aLast + 1, a.hasHeader, b.hasHeader, !a.onlyContinues, !b.onlyContinues,
              a.rows.count >= minRows, a.rows.count == b.rows.count,
              !a.columns.isEmpty, !b.columns.isEmpty,
              a.rows.allSatisfy({ $0.cells.count == a.columns.count }), b.rows.allSatisfy({ $0.cells.count == b.columns.count }),
              a.unit == nil || b.unit == nil || a.unit == b.unit,
              zip(a.rows, b.rows).allSatisfy({ $0.label == $1.label && $0.group == $1.group && !$0.label.isEmpty }) else { return false }
        let aHeaders = Set(a.columns.map { normal($0.header) })
        guard !aHeaders.contains(""), b.columns.allSatisfy({ !normal($0.header).isEmpty && !aHeaders.contains(normal($0.header)) })
        else { return false }
        return markedTitle(a, b, lines: lines)
    }

    /// A line on the second part's page, after the first part and before the second part's rows
    /// begin (its caption included), that is a marked continuation of the first part's caption
    /// or of a line just above the first part.
    static func markedTitle(_ a: TableDraft, _ b: TableDraft, lines: [TextLine]) -> Bool {
        var captions = a.caption.map { [$0] } ?? []
        for i in max(0, a.firstLine - captionReach)...a.firstLine where lines.indices.contains(i) && lines[i].page == a.page {
            captions.append(lines[i].text)
        }
        var titles = b.caption.map { [$0] } ?? []
        if a.lastLine + 1 <= b.firstLine {
            for i in (a.lastLine + 1)...b.firstLine where lines.indices.contains(i) && lines[i].page == b.page {
                titles.append(lines[i].text)
            }
        }
        return titles.contains { t in
            ContinuationTitle.core(t).marked && captions.contains { ContinuationTitle.continues(t, caption: $0) }
        }
    }

    private static func normal(_ header: String) -> String {
        header.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The first part with the second's columns after its own, row by row.
    static func joined(_ a: TableDraft, _ b: TableDraft) -> TableDraft {
        var t = a
        let offset = a.columns.count
        t.columns += b.columns
        t.headerSpans += b.headerSpans.map { HeaderSpan(header: $0.header, first: $0.first + offset, last: $0.last + offset) }
        for r in t.rows.indices { t.rows[r].cells += b.rows[r].cells }
        t.pages = Array(Set(a.pages + b.pages + [a.page, b.page])).sorted()
        t.lastLine = b.lastLine
        t.unit = a.unit ?? b.unit
        t.spans += b.spans
        t.notes += b.notes
        if t.pendingGroup == nil { t.pendingGroup = b.pendingGroup }
        return t
    }
}
