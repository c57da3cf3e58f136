/// A balance sheet names a row under up to three group levels (DOMAIN.md: "VAIHTUVAT VASTAAVAT" /
/// "Saamiset" / "Lyhytaikaiset" over "Myyntisaamiset"), so in text written one cell per line
/// (PyMuPDF) four label lines may stand in a row inside one table (koha-suomi-oy-tilinpaatos-2024
/// p. 4). `CellPerLineTable` ends a table after three; one label line more is kept in the table
/// only when the text decides it: the run opens with a main group's name in capitals (the levels
/// A–E of the sheet, "VAIHTUVAT VASTAAVAT", "VIERAS PÄÄOMA", are printed so), the row under the
/// run holds exactly as many value lines as the row above it (k ≥ 2), and the value run ends there.
/// A period among the labels ("VAPAA OMA PÄÄOMA" / "2024" / "2023", Koha p. 5) heads a new table.
/// Rows whose cells are empty written one under another ("Valtion toimeksiannot" /
/// "Lahjoitusrahastojen erityiskatteet" / "Muut toimeksiantojen varat" / "C VAIHTUVAT VASTAAVAT",
/// synth tammiselka p. 3 in PyMuPDF) are not this rule's: `EmptyItemRowsInCellLines` keeps them.
enum DeepGroupLabels {
    /// Label lines more than `CellPerLineTable.maxLabelRun` that this rule may keep.
    static let extra = 1

    /// Whether the label run `run` (the labels above line `i`, itself a label) may go on: `i` is
    /// within `extra` of the limit, the run opens in capitals and names no period, the next line
    /// starts exactly `previous` value lines.
    static func continues(_ lines: [TextLine], at i: Int, run: [String], limit: Int, previous: Int,
                          isValue: (TextLine) -> Bool) -> Bool {
        guard previous >= 2, run.count + 1 <= limit + extra, let head = run.first, isCapitals(head),
              !run.contains(where: { $0.split(separator: " ").contains { PlainHeader.isPeriod(String($0)) } }) else { return false }
        var j = i + 1, values = 0
        while j < lines.count, isValue(lines[j]) { values += 1; j += 1 }
        return values == previous
    }

    /// A name in capitals: two or more letters, none in lower case ("VAIHTUVAT VASTAAVAT").
    static func isCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && !letters.contains(where: \.isLowercase)
    }
}
