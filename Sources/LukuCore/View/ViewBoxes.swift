/// The boxes `luku view` draws over one page: each table (on its first page), each row and column
/// of the table's part on this page, and each cell, in PDF points. Rows and columns are not
/// recorded in the JSON; they are the unions of their cells' boxes, a row widened to the table's
/// left edge so that it covers the label.
public struct ViewBoxes: Equatable, Sendable {
    public enum Kind: String, Sendable { case table, row, column, cell }

    public struct Box: Equatable, Sendable {
        public var id: String
        public var kind: Kind
        public var box: BoundingBox
        /// A failed check computes this cell (flag `check-failed`).
        public var failed: Bool
        public var title: String
    }

    public var boxes: [Box]

    /// The element id of a cell's box, shared by the HTML table cell that points to it.
    public static func cellID(_ table: Table, row: Int, column: Int) -> String { "c-\(table.id)-r\(row)-c\(column)" }

    public init(page: Int, tables: [Table]) {
        var out: [Box] = []
        for table in tables {
            if table.page == page, let b = table.bbox {
                out.append(Box(id: "t-\(table.id)", kind: .table, box: b, failed: false,
                               title: "table \(table.id)\(table.caption.map { ": " + $0 } ?? "")"))
            }
            var columnBoxes: [Int: BoundingBox] = [:]
            var cells: [Box] = []
            for (r, row) in table.rows.enumerated() where (row.page ?? table.page) == page {
                var rowBox: BoundingBox?
                for (c, cell) in row.cells.enumerated() {
                    guard let cell, let b = cell.bbox else { continue }
                    rowBox = BoundingBox.union(rowBox, b)
                    columnBoxes[c] = BoundingBox.union(columnBoxes[c], b)
                    let header = table.columns.indices.contains(c) ? table.columns[c].header : ""
                    cells.append(Box(id: Self.cellID(table, row: r, column: c), kind: .cell, box: b,
                                     failed: cell.flags.contains(.checkFailed), title: "\(row.label) · \(header): \(cell.text)"))
                }
                if var b = rowBox {
                    if let left = table.bbox?.x0 { b.x0 = min(b.x0, left) }
                    out.append(Box(id: "r-\(table.id)-r\(r)", kind: .row, box: b, failed: false, title: "row \(r): \(row.label)"))
                }
            }
            for c in columnBoxes.keys.sorted() {
                let header = table.columns.indices.contains(c) ? table.columns[c].header : ""
                out.append(Box(id: "k-\(table.id)-c\(c)-p\(page)", kind: .column, box: columnBoxes[c]!, failed: false,
                               title: "column \(c): \(header)"))
            }
            out += cells
        }
        boxes = out
    }
}
