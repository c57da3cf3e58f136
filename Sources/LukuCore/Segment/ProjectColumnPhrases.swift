/// Column names of an investment part printed over several words on one header line of
/// `pdftotext -raw` and pypdf text, where no gap tells the columns apart: a project's whole cost
/// ("Kokonais-kustannusarvio", "Kokonaiskustannusarvio") and what earlier years used of it
/// ("Edellisten vuosien käyttö", "Käytetty aiempina vuosina", "Aiempien vuosien käyttö"), beside
/// the year's budget with changes written apart ("TA + muutokset"). Investment parts report each
/// project's budget against its total cost and the share spent before the year (synth honkaniemi
/// p. 6: "Kustannusarvio Edellisten vuosien käyttö Talousarvio muutosten jälkeen Toteutuma 2024
/// Poikkeama €"; pauhaniemi p. 7: "Kokonais-kustannusarvio Käytetty aiempina vuosina TA +
/// muutokset Toteuma Poikkeama €"). Without these the line was no header, and the rows under it,
/// led by project codes with names wrapped over lines, were read as a header-less table from the
/// first three rows in a run only. Each phrase is one column; its words are joined into one header
/// word before the line is read (`PlainHeader`), only where the whole phrase stands on the line.
enum ProjectColumnPhrases {
    /// The phrases, lowercased, word by word.
    static let phrases: [[String]] = [
        ["kokonais-kustannusarvio"], ["kokonaiskustannusarvio"],
        ["edellisten", "vuosien", "käyttö"], ["aiempien", "vuosien", "käyttö"], ["käytetty", "aiempina", "vuosina"],
        ["ta", "+", "muutokset"],
    ]

    /// A header word joined from one of the phrases.
    static func isPhrase(_ word: String) -> Bool {
        let parts = word.lowercased().split(separator: " ").map(String.init)
        return phrases.contains(parts)
    }

    /// The words with every phrase on them joined into one word ("Edellisten vuosien käyttö").
    static func joined(_ words: [String]) -> [String] {
        var out: [String] = []
        var k = 0
        let lower = words.map { $0.lowercased() }
        while k < words.count {
            if let p = phrases.first(where: { k + $0.count <= words.count && Array(lower[k..<(k + $0.count)]) == $0 }) {
                out.append(words[k..<(k + p.count)].joined(separator: " "))
                k += p.count
            } else {
                out.append(words[k])
                k += 1
            }
        }
        return out
    }
}
