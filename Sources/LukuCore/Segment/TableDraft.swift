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
    /// A lone row opening its page that is a table only as the rest of the one before
    /// (`PageTopRemnant`): dropped unless `TableMerger` joins it.
    var onlyContinues = false
    /// What a reader should know about how the table was read (text goal tables), for `issues`.
    var notes: [Issue] = []

    func finished(id: String) -> Table {
        Table(id: id, page: page, pages: pages, bbox: bbox, caption: caption, unit: unit,
              columns: columns, spans: headerSpans, rows: rows.map(TableDraft.unreadableFlagged), checks: [])
    }

    /// Digits that read as no number never pass in silence, whichever reader made the cell: a
    /// reader that put a row's three numbers into one cell ("59.160.576,44 44.471.647,78 33,0%",
    /// synth kuusiselkä `-raw` p. 2) gets it flagged `merged`, a lone unreadable one `unreadable`.
    static func unreadableFlagged(_ row: Row) -> Row {
        var row = row
        for c in row.cells.indices {
            guard var cell = row.cells[c], cell.value == nil, cell.flags.isEmpty else { continue }
            if MisplacedMinus.matches(cell.text) {
                cell.flags = [.unreadable]
                row.cells[c] = cell
                continue
            }
            if MarkedNumber.matches(cell.text) {
                cell.flags = [.unreadable]
                row.cells[c] = cell
                continue
            }
            guard CellReader.looksNumeric(cell.text) else { continue }
            let numbers = cell.text.split(separator: " ").filter { FinnishNumber.parse(String($0)) != nil }.count
            cell.flags = [numbers >= 2 ? .merged : .unreadable]
            row.cells[c] = cell
        }
        return row
    }
}
