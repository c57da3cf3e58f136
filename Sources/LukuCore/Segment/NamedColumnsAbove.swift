/// The column count a table's header or unit line names above rows that hold fewer numbers.
/// In one-row-per-line text (`pdftotext -raw`, pypdf) a budget-outturn table can keep its header
/// or its unit line while its rows keep only some of their figures, the rest written elsewhere
/// on the page: "1 000 € 1 000 € 1 000 € 1 000 € 1 000 €" over "Myyntituotot 1 -72" (synth
/// louhivirta p. 8, five columns, two figures), "TA + muutokset TP 2019 Poikkeama € Käyttö-%" /
/// "1000 € 1000 € 1000 €" over "Menot +687 91,0 %" (p. 9), "euroa" / "%" lines over rows of
/// other counts (synth joutsenkyla p. 6). Read by their numbers alone (`HeaderlessTextTable`) such
/// rows get as many columns as they hold figures, and which columns the figures are in is not in
/// the text: every cell is flagged. Lapua's minutes (no header, no unit line above the rows) are
/// read as before.
enum NamedColumnsAbove {
    /// Lines without digits (a caption, a group name, the unit line) looked through above the rows.
    static let maxLinesAbove = 4

    /// The most columns a header line or a repeated unit line names among the few lines above
    /// `start` on its page, nil when there is none.
    static func count(_ lines: [TextLine], before start: Int) -> Int? {
        var found: Int?
        var seen = 0
        var j = start - 1
        while j >= 0, seen < maxLinesAbove, lines[j].page == lines[start].page {
            defer { j -= 1 }
            let line = lines[j]
            if line.isEmpty { continue }
            seen += 1
            if let header = PlainHeader(line) {
                found = max(found ?? 0, header.columns.count)
            } else if let k = unitRepeats(line.words.map(\.text)) {
                found = max(found ?? 0, k)
            } else if line.text.contains(where: \.isNumber) {
                break  // a row of figures: the lines above are another table's
            }
        }
        return found
    }

    /// How many times a line prints one unit and nothing else ("1 000 € 1 000 € 1 000 €" → 3,
    /// "euroa" → 1), nil when it is no such line.
    static func unitRepeats(_ words: [String]) -> Int? {
        guard !words.isEmpty, words.count <= 16 else { return nil }
        for k in stride(from: words.count, through: 1, by: -1) where words.count % k == 0 {
            let size = words.count / k
            let first = Array(words[0..<size])
            guard stride(from: 0, to: words.count, by: size).allSatisfy({ Array(words[$0..<$0 + size]) == first }) else { continue }
            return TableUnit.ofWholeText(first.joined(separator: " ")) == nil ? nil : k
        }
        return nil
    }
}
