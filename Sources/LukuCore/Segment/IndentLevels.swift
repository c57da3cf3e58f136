/// Indent depth of table labels: the distinct left edges of a table's label column, smallest
/// first, each one level deeper ("TOIMINTATUOTOT" 0, "  Myyntituotot" 1).
struct IndentLevels {
    private var edges: [Double] = []

    /// Edges closer than `toleranceEm` (`TableSettings.indentToleranceEm`) are one indent.
    init(lines: [TextLine], em: Double, toleranceEm: Double = TableSettings.default.indentToleranceEm) {
        let xs = lines.compactMap { $0.words.first?.box?.x0 }.sorted()
        for x in xs where edges.last.map({ x - $0 > toleranceEm * em }) ?? true {
            edges.append(x)
        }
    }

    func level(of line: TextLine) -> Int {
        guard let x = line.words.first?.box?.x0 else { return 0 }
        return edges.lastIndex { $0 <= x + 0.01 } ?? 0
    }
}
