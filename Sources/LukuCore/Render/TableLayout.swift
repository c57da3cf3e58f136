/// Column widths for rendering one `Table` as aligned text within a given width.
///
/// Two modes:
/// - **numeric** (the table has at least one cell with a value): value columns are as wide as
///   their widest number plus a marker slot, and at least as wide as their header needs to wrap
///   into at most three lines. Numbers are never cut. When the table is too wide the layout gives
///   up, in order: the width of text-only cells (which get truncated with `…`), label width
///   down to 20 cells, header width (headers get cut with `…`), label width down to 6 cells.
/// - **text** (no numeric cell at all, e.g. goal tables): every cell wraps over several lines,
///   and the columns share the width fairly (`fairShare`): narrow columns keep their natural
///   width, words are not broken when avoidable, and the rest is split evenly among wide ones.
struct TableLayout: Equatable {
    enum Mode: Equatable { case numeric, text }

    /// One value column's widths in terminal cells.
    struct ColumnWidth: Equatable {
        /// The whole column: value area plus marker slot.
        var width: Int
        /// The slot after the value for flag markers (0 when no cell in the column is flagged).
        var markerWidth: Int
        /// The area values are right-aligned in.
        var valueWidth: Int { width - markerWidth }
    }

    /// Spaces between two columns.
    static let gap = 2
    /// Lines a column header may wrap into.
    static let headerLines = 3

    var mode: Mode
    var labelWidth: Int
    var columns: [ColumnWidth]

    /// Label column, value columns and the gaps between them.
    var totalWidth: Int {
        labelWidth + columns.reduce(0) { $0 + Self.gap + $1.width }
    }

    init(table: Table, width: Int) {
        if table.numericCellCount > 0 {
            self = Self.numeric(table, width: width)
        } else {
            self = Self.text(table, width: width)
        }
    }

    private init(mode: Mode, labelWidth: Int, columns: [ColumnWidth]) {
        self.mode = mode
        self.labelWidth = labelWidth
        self.columns = columns
    }

    /// Natural width of the label column: the widest indented label.
    private static func labelNaturalWidth(_ table: Table) -> Int {
        table.rows.map { 2 * max($0.level, 0) + TerminalText.width($0.label) }.max() ?? 0
    }

    private static func numeric(_ table: Table, width: Int) -> TableLayout {
        var widths: [Int] = []
        var markers: [Int] = []
        var numberFloors: [Int] = []   // number + marker: never below
        var headerFloors: [Int] = []   // header in at most three lines
        for (index, column) in table.columns.enumerated() {
            var numberWidth = 0, textWidth = 0, markerWidth = 0
            for row in table.rows where index < row.cells.count {
                guard let cell = row.cells[index] else { continue }
                let w = TerminalText.width(cell.text)
                if cell.value != nil { numberWidth = max(numberWidth, w) } else { textWidth = max(textWidth, w) }
                markerWidth = max(markerWidth, TerminalText.width(CellMarker.marker(for: cell.flags)))
            }
            let header = TerminalText.narrowestWrapWidth(column.header, maxLines: headerLines)
            let numberFloor = max(numberWidth + markerWidth, 1)
            markers.append(markerWidth)
            numberFloors.append(numberFloor)
            headerFloors.append(max(header, numberFloor))
            widths.append(max(max(numberWidth, textWidth) + markerWidth, header, 1))
        }
        var label = labelNaturalWidth(table)
        func excess(_ widths: [Int]) -> Int { label + widths.reduce(0) { $0 + gap + $1 } - width }

        shrink(&widths, floors: headerFloors, while: excess)
        label = max(min(label, 20), label - max(excess(widths), 0))
        shrink(&widths, floors: numberFloors, while: excess)
        label = max(min(label, 6), label - max(excess(widths), 0))

        let columns = zip(widths, markers).map { ColumnWidth(width: $0, markerWidth: $1) }
        return TableLayout(mode: .numeric, labelWidth: label, columns: columns)
    }

    /// Narrows the widest column above its floor by one cell (the first of equals) while
    /// `excess(widths)` is positive and some column is above its floor.
    private static func shrink(_ widths: inout [Int], floors: [Int], while excess: ([Int]) -> Int) {
        while excess(widths) > 0 {
            var pick: Int?
            for i in widths.indices where widths[i] > floors[i] {
                if pick == nil || widths[i] > widths[pick!] { pick = i }
            }
            guard let i = pick else { return }
            widths[i] -= 1
        }
    }

    private static func text(_ table: Table, width: Int) -> TableLayout {
        // Index 0 is the label column, then the value columns.
        var natural = [labelNaturalWidth(table)]
        var floors = [table.rows.map { 2 * max($0.level, 0) + longestWord($0.label) }.max() ?? 0]
        for (index, column) in table.columns.enumerated() {
            var w = TerminalText.narrowestWrapWidth(column.header, maxLines: headerLines)
            var floor = longestWord(column.header)
            for row in table.rows where index < row.cells.count {
                guard let cell = row.cells[index] else { continue }
                let text = cell.text + CellMarker.marker(for: cell.flags)
                w = max(w, TerminalText.width(text))
                floor = max(floor, longestWord(text))
            }
            natural.append(max(w, 1))
            floors.append(floor)
        }
        let available = width - gap * table.columns.count
        let widths = fairShare(natural, floors: floors, available: available)
        return TableLayout(mode: .text, labelWidth: widths[0],
                           columns: widths.dropFirst().map { ColumnWidth(width: $0, markerWidth: 0) })
    }

    /// Width of the widest space-separated word of `s`.
    private static func longestWord(_ s: String) -> Int {
        s.split(separator: " ").map { TerminalText.width(String($0)) }.max() ?? 0
    }

    /// Splits `available` cells among columns, max-min fair: every column first gets its floor
    /// (its longest word, so words are not broken) when all floors fit, else nothing; then the
    /// narrowest column still below its natural width grows by one cell (the first of equals)
    /// until the width is used up. Columns never grow past their natural width.
    static func fairShare(_ natural: [Int], floors: [Int], available: Int) -> [Int] {
        guard natural.reduce(0, +) > available else { return natural }
        let floors = zip(natural, floors).map { min($0, $1) }
        var widths = floors.reduce(0, +) <= available ? floors : natural.map { _ in 1 }
        var left = available - widths.reduce(0, +)
        while left > 0 {
            var pick: Int?
            for i in widths.indices where widths[i] < natural[i] {
                if pick == nil || widths[i] < widths[pick!] { pick = i }
            }
            guard let i = pick else { break }
            widths[i] += 1
            left -= 1
        }
        return widths
    }
}
