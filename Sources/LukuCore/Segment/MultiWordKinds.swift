/// A column kind printed over several words on one header line: "Talousarvio muutosten jälkeen"
/// and "TA muutosten jälkeen" (DOMAIN.md: budget including changes), "Alkuperäinen TA" and
/// "TA muutokset" (synth honkaniemi p. 4: "Alkuperäinen TA 2024 TA muutokset Talousarvio
/// muutosten jälkeen Toteutuma 2024 Poikkeama €", five columns) name one column each, while each of
/// their words also heads a column of its own when a header is wrapped one word per line
/// ("muutosten" / "jälkeen" under "Talousarvio"). On one line of `pdftotext -raw` and pypdf text
/// ("Talousarvio muutosten jälkeen TP 2020 Poikkeama 2020 Käyttö-%", synth pauhavaara p. 7;
/// "Tilinpäätös 2019 Talousarvio muutosten jälkeen TP 2020 Muutos-%", p. 6; varpuvirta p. 8) the
/// words after the first go on its column: four columns, not six. Only within one printed line:
/// a header joined from several lines ("TA 2020" / "TA muutosten" / "jälkeen Toteutuma", synth
/// kuusiselka p. 6) may have lost other columns' lines, and there the rows' count decides.
/// "Alkuperäinen talousarvio" is one column as "Alkuperäinen TA" is (synth saarnijoki p. 6 in
/// `-raw`, pypdf, PyMuPDF: "Alkuperäinen talousarvio Muutokset 2024 Talousarvio muutosten jälkeen
/// Toteutuma 2024 Poikkeama 2024" over rows of five figures; p. 4 likewise before "… Poik. %"),
/// and so is "Muutettu TA" (MTA, DOMAIN.md; synth koivukyla p. 5 "Muutettu" / "TA 2022" and
/// honkakoski p. 6 "Muutettu" / "TA 2019 Toteutuma" stacked in `-raw`, katajaselka p. 5).
enum MultiWordKinds {
    /// The word at `k` goes on the column a word before it started: "TA" after "Alkuperäinen",
    /// "muutokset" after TA (not after "talousarvio": "Alkuperäinen / talousarvio" over
    /// "Talousarvio- / muutokset" joins to "talousarvio muutokset", two columns, in Kauhava p. 126
    /// in `pdftotext`'s default order), "muutosten" after TA or Talousarvio and before
    /// "jälkeen", "jälkeen" after those two; the whole phrase must be
    /// on the line ("TA muutosten" over "jälkeen" on the next line is left as printed).
    static func continues(_ words: [String], at k: Int) -> Bool {
        let w = words.map { $0.lowercased() }
        let opens = { (j: Int) in j >= 0 && (w[j] == "ta" || w[j] == "talousarvio") }
        if w[k] == "ta" || w[k] == "talousarvio" { return k >= 1 && (w[k - 1] == "alkuperäinen" || w[k - 1] == "muutettu") }
        if w[k] == "muutokset" { return k >= 1 && w[k - 1] == "ta" }
        if w[k] == "muutosten" { return opens(k - 1) && k + 1 < w.count && w[k + 1] == "jälkeen" }
        if w[k] == "jälkeen" { return k >= 2 && w[k - 1] == "muutosten" && opens(k - 2) }
        return false
    }
}
