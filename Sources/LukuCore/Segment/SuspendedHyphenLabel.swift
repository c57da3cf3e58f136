/// A label broken at a suspended hyphen: "Rahoitustuotot ja -" / "kulut" ("Rahoitustuotot ja
/// -kulut" wrapped in its cell; synth tammiselka p. 5, html producer, and katajalampi p. 8, sheet
/// producer, in `pdftotext -raw` and pypdf; the same break in prose, "viestintäverkostoja ja -" /
/// "kanavia", kemijarvi-konserni-elinvoima-ta2026 in `-raw`). The lone "-" after "ja" / "tai" at
/// the line's end is the start of the next word, not a dash placeholder in a value column: read
/// as a cell it made a one-cell row that fit no reading of the statement's columns, and the whole
/// table's rows were left as merged text.
enum SuspendedHyphenLabel {
    /// Words before a suspended hyphen ("ja", "tai", "sekä").
    static let conjunctions: Set<String> = ["ja", "tai", "sekä"]

    /// The line's only tail word is a dash after a conjunction, and the next non-empty line on
    /// the page starts with a lower-case word: the dash belongs to the label.
    static func continues(_ words: [String], split: Int, lines: [TextLine], at i: Int) -> Bool {
        guard split == words.count - 1, split >= 2, ["-", "–"].contains(words[split]),
              conjunctions.contains(words[split - 1].lowercased()) else { return false }
        var j = i + 1
        while j < lines.count, lines[j].isEmpty { j += 1 }
        guard j < lines.count, lines[j].page == lines[i].page, let next = lines[j].words.first?.text,
              let c = next.unicodeScalars.first else { return false }
        return c.properties.isLowercase
    }
}
