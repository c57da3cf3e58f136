/// One table as printed: a header row (an empty label header, then the column headers) and one
/// line per row (the label, then each cell's printed text, empty for an empty cell). Printed
/// text, not values, because this file is for people who want the table as they see it on the
/// page; the tidy CSV carries the exact values.
public enum WideCSV {
    public static func csv(_ table: Table) -> String {
        var out = CSVWriter.record([""] + table.columns.map(\.header))
        for row in table.rows {
            out += CSVWriter.record([row.label] + row.cells.map { $0?.text ?? "" })
        }
        return out
    }

    /// `<document file>.<table id>.csv`: unique per document because table ids are.
    public static func fileName(_ table: Table, in source: Source) -> String {
        "\(source.file).\(table.id).csv"
    }
}
