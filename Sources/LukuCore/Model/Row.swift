/// One table row: its label, the sub-heading group it belongs to, its indent depth and exactly
/// one cell per column (`nil` for an empty cell). `page` is set only on the rows of a PDF table
/// continued from an earlier page (the page their cells' `bbox` lies on); nil means the table's page.
public struct Row: Equatable, Sendable {
    public var label: String
    public var group: String?
    public var level: Int
    public var cells: [Cell?]
    public var page: Int?

    public init(label: String, group: String? = nil, level: Int = 0, cells: [Cell?], page: Int? = nil) {
        self.label = label
        self.group = group
        self.level = level
        self.cells = cells
        self.page = page
    }
}
