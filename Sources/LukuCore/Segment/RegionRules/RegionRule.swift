/// Decision 1 of the table stage (design/TABLES.md): how far a table region reaches. A region
/// grows from a data line over the lines that follow while they stand close; a data line always
/// goes on, and a line with a label and no values goes on only when one of these rules keeps it
/// (a group heading, a run of items with empty amounts). A wrapped label is two or three label
/// lines and is kept as such; `RowRules` join it to its values. Each layout quirk is one
/// `RegionRule` in a file of its own, naming the page that proves it; `RegionRules.all` lists
/// them in order and the first that keeps the line ends its turn. A line no rule keeps ends the
/// region.
protocol RegionRule: Sendable {
    /// True when the label-only line `line` of `region` keeps the region going; may count it.
    func keeps(_ line: Int, of region: RegionLines, run: inout LabelRun) -> Bool
}

enum RegionRules {
    /// In order: a rule before another sees the line first.
    static let all: [any RegionRule] = [
        GroupHeadingRule(),
        PitchedEmptyItemsRule(),
    ]
}

/// The page's lines as the region rules see them.
struct RegionLines {
    var lines: [TextLine]
    var settings: TableSettings
}

/// Label-only lines kept since the last data line; a data line resets it.
struct LabelRun {
    var count = 0
}
