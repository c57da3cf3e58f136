/// Rows that print "€" after every amount: "Toimintatuotot 1 487 000 € 1 602 000 € 1 604 371 €
/// -2 371 € -0,1" (synth pihlajaniemi pp. 5–8, the budget-outturn tables, in `pdftotext -raw` and
/// pypdf; 100 such rows). A lone "€" ends a label ("Kertynyt yli-/alijäämä, 1 000 €",
/// "Poikkeama €"), so the row's figures were read into its label and the row held only its last
/// figure. A "€" right after a figure is part of the row's figures when the line prints at least
/// two such; "1 000 €" (a unit, spelled as a number) is not counted and stays wording.
enum EuroSuffixedNumbers {
    /// Figures followed by "€" a line must print before its "€" words are figures' units.
    static let minSuffixed = 2

    /// The word at `k` is a "€" that belongs to the figure before it.
    static func isTailUnit(_ words: [String], at k: Int) -> Bool {
        guard words[k] == "€", suffixesFigure(words, at: k) else { return false }
        return words.indices.filter { words[$0] == "€" && suffixesFigure(words, at: $0) }.count >= minSuffixed
    }

    /// A "€" at `k` right after a digit group that does not spell the unit "1 000" / "1000".
    private static func suffixesFigure(_ words: [String], at k: Int) -> Bool {
        guard k > 0, let last = words[k - 1].last, last.isASCIIDigit else { return false }
        if words[k - 1] == "1000" { return false }
        if words[k - 1] == "000", k > 1, words[k - 2] == "1" { return false }
        return true
    }
}
