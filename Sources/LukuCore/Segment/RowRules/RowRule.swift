/// Decision 4 of the table stage (design/TABLES.md): which printed lines make one row. Each
/// layout quirk is one `RowRule` in a file of its own, naming the page that proves it; the rules
/// run in the order of `RowRules.all` on every line of a table region, and the first that takes
/// the line ends its turn. A line no rule takes is a row of its own.
protocol RowRule: Sendable {
    /// Takes the line (true) when the quirk applies; may also adjust the line for later rules.
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool
}

enum RowRules {
    /// In order: a rule before another sees the line first.
    static let all: [any RowRule] = [
        SignLineRule(),
        LabelRunRule(),
        WrappedLabelRule(),
        LabelOnlyRule(),
        ContinuedCellsRule(),
        SignAboveRule(),
        LabelLessNumbersRule(),
        HyphenBrokenRowRule(),
        GridHyphenBrokenRowRule(),
        WrappedNumberRule(),
    ]
}

/// One line of a table region as the row rules see it: its label and the cells its words fall in.
struct RowLine {
    var line: TextLine
    /// The line before and after it in the region (nil at the ends), and whether the next is a data row.
    var previous: TextLine?
    var next: TextLine?
    var nextIsData: Bool
    var label: String
    /// One entry per column; all nil for a label-only line.
    var cells: [Cell?]
    /// The words in each column as printed, and their boxes (for multi-line text cells).
    var parts: [Int: String]
    var partBoxes: [Int: BoundingBox]
    /// True when no word of the line stands right of the label.
    var isLabelOnly: Bool
    /// A label-only line that starts the label of the data row below it (`LabelRunReadings`).
    var startsRowBelow = false
    /// Signs alone on the line, in the value columns, by column ("-" over "46 525 690,00").
    var signs: [Int: String]?
    var level: Int
    var columns: [Column]
    var pitch: RowPitch
}

/// The table being built and what waits for the next line.
struct RowState {
    var assembler: RowAssembler
    /// Signs printed on a line of their own above their numbers, by column.
    var pendingSigns: [Int: String] = [:]
    /// A label-less line of numbers: a row of its own, or the wrapped start of the next row's.
    var fragment: (cells: [Cell?], level: Int)?

    init(columns: Int) {
        assembler = RowAssembler(columnCount: columns)
    }

    /// A waiting label-less line of numbers becomes a row of its own.
    mutating func flushFragment() {
        if let f = fragment { assembler.addRow(label: "", level: f.level, cells: f.cells) }
        fragment = nil
    }
}
