/// One table row: its label, the sub-heading group it belongs to, its indent depth and exactly
/// one cell per column (`nil` for an empty cell).
public struct Row: Equatable, Sendable {
    public var label: String
    public var group: String?
    public var level: Int
    public var cells: [Cell?]

    public init(label: String, group: String? = nil, level: Int = 0, cells: [Cell?]) {
        self.label = label
        self.group = group
        self.level = level
        self.cells = cells
    }
}
