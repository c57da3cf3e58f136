/// A table as a person reads it: a label column (not in `columns`) and value columns.
/// Invariant: every row has exactly `columns.count` cells.
public struct Table: Equatable, Sendable {
    public var id: String
    public var page: Int
    public var pages: [Int]
    /// PDF points, origin top-left: [x0, y0, x1, y1]. Nil for text input.
    public var bbox: BoundingBox?
    public var caption: String?
    /// Scale or unit printed near the table ("1 000 €", "€"); values are never rescaled.
    public var unit: String?
    public var columns: [Column]
    /// Headers printed over more than one column (empty when every header heads one column).
    public var spans: [HeaderSpan]
    public var rows: [Row]
    public var checks: [Check]
    /// Numeric cells of this table that take part in at least one `ok` or `rounding` check (of
    /// this table or, for a cross-table identity, of another): the cells the arithmetic proves.
    public var verifiedCells: Int

    public init(id: String, page: Int, pages: [Int], bbox: BoundingBox? = nil, caption: String? = nil,
                unit: String? = nil, columns: [Column], spans: [HeaderSpan] = [], rows: [Row], checks: [Check] = [], verifiedCells: Int = 0) {
        self.id = id
        self.page = page
        self.pages = pages
        self.bbox = bbox
        self.caption = caption
        self.unit = unit
        self.columns = columns
        self.spans = spans
        self.rows = rows
        self.checks = checks
        self.verifiedCells = verifiedCells
    }

    /// Number of cells that hold a parsed number.
    public var numericCellCount: Int {
        rows.reduce(0) { $0 + $1.cells.filter { $0?.value != nil }.count }
    }
}
