/// A table while it is being built: the contract's fields plus what later stages need to
/// decide (whether it printed its own header, which lines it consumed).
struct TableDraft: Sendable {
    var page: Int
    var pages: [Int]
    var bbox: BoundingBox?
    var caption: String?
    var unit: String?
    var columns: [Column]
    var headerSpans: [HeaderSpan] = []
    var rows: [Row]
    /// False when the columns were not headed on this page (a continuation candidate).
    var hasHeader: Bool
    /// Index of the first and last line (in the document's line list) the table covers.
    var firstLine: Int
    var lastLine: Int
    /// Label-only lines that ended the page after the last row: the group of the rows that
    /// continue on the next page.
    var pendingGroup: String?
    /// The horizontal extent of each column (PDF only), to line up a continuation.
    var spans: [ColumnClusterer.Span] = []
    /// The header lines as printed (PDF only): a continuation repeating them is the same table
    /// even where its narrower rows put a header word over fewer columns.
    var printedHeader: String? = nil
    /// What a reader should know about how the table was read (text goal tables), for `issues`.
    var notes: [Issue] = []

    func finished(id: String) -> Table {
        Table(id: id, page: page, pages: pages, bbox: bbox, caption: caption, unit: unit,
              columns: columns, spans: headerSpans, rows: rows, checks: [])
    }
}
