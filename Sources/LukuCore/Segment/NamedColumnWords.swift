/// A header line that names its columns with words of count and amount rather than with budget
/// kinds or periods: "Osakkeet ja osakesarjat Kpl Euroa Äänivalta / kpl" (Koha-Suomi 2024 p. 6,
/// the shares note every limited company prints, in `pdftotext -raw`, pypdf and PyMuPDF text; the
/// `-layout` text prints the same words over their columns), over "Osake 1 930 450 229 908,22 1".
/// The caption (the label column's name) comes first, then two or more column names, each a
/// capitalised word of the closed list below; a name followed by "/" and a word ("Äänivalta /
/// kpl") is one column. Such a line holds no digit. Without it the row's figures join the table
/// above as one merged cell; with it the row has the header's column count, and a digit run the
/// count alone does not split for certain keeps its `ambiguous-split` flag.
enum NamedColumnWords {
    /// Capitalised words that name a column of counts, amounts or shares (DOMAIN.md: notes tables
    /// of shares, counts and amounts): "Kpl" (pieces), "Euroa", "Äänivalta" (votes), "Määrä",
    /// "Osuus", "Lkm" (count).
    static let names: Set<String> = ["Kpl", "Euroa", "Äänivalta", "Määrä", "Osuus", "Lkm"]

    /// Caption and column headers of such a line's words, nil when the words are no such line.
    static func read(_ words: [String]) -> (caption: String, headers: [String])? {
        guard words.count >= 3, !words.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        // Walk back from the end over names and "/ word" continuations.
        var headers: [String] = []
        var k = words.count - 1
        var pending: [String] = []
        while k >= 0 {
            let w = words[k]
            if names.contains(w) {
                headers.insert(([w] + pending).joined(separator: " "), at: 0)
                pending = []
                k -= 1
            } else if pending.isEmpty, k >= 1, words[k - 1] == "/", k >= 2, names.contains(words[k - 2]) {
                pending = ["/", w]
                k -= 2
            } else {
                break
            }
        }
        guard pending.isEmpty, headers.count >= 2, k >= 0 else { return nil }
        return (words[...k].joined(separator: " "), headers)
    }
}
