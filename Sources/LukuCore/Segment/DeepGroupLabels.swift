/// A balance sheet names a row under up to three group levels (DOMAIN.md: "VAIHTUVAT VASTAAVAT" /
/// "Saamiset" / "Lyhytaikaiset" over "Myyntisaamiset"), so in text written one cell per line
/// (PyMuPDF) four label lines may stand in a row inside one table (koha-suomi-oy-tilinpaatos-2024
/// p. 4). `CellPerLineTable` ends a table after three; one label line more is kept in the table
/// only when the text decides it: the row under the run holds exactly as many value lines as the
/// row above it (k ≥ 2), and the value run ends there (a label, a blank or the text's end next).
enum DeepGroupLabels {
    /// Label lines more than `CellPerLineTable.maxLabelRun` that this rule may keep.
    static let extra = 1

    /// Whether the label run that reaches line `i` (its `run`-th label) may go on: `i` is a label
    /// within `extra` of the limit, the next line starts exactly `previous` value lines.
    static func continues(_ lines: [TextLine], at i: Int, run: Int, limit: Int, previous: Int,
                          isValue: (TextLine) -> Bool) -> Bool {
        guard previous >= 2, run <= limit + extra else { return false }
        var j = i + 1, values = 0
        while j < lines.count, isValue(lines[j]) { values += 1; j += 1 }
        return values == previous
    }
}
