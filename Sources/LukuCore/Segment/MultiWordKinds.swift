/// A column kind printed over several words on one header line: "Talousarvio muutosten jälkeen"
/// and "TA muutosten jälkeen" (DOMAIN.md: budget including changes) name one column, while each of
/// their words also heads a column of its own when a header is wrapped one word per line
/// ("muutosten" / "jälkeen" under "Talousarvio"). On one line of `pdftotext -raw` and pypdf text
/// ("Talousarvio muutosten jälkeen TP 2020 Poikkeama 2020 Käyttö-%", synth pauhavaara p. 7;
/// "Tilinpäätös 2019 Talousarvio muutosten jälkeen TP 2020 Muutos-%", p. 6; varpuvirta p. 8) the
/// words after the first go on its column: four columns, not six. Only within one printed line:
/// a header joined from several lines ("TA 2020" / "TA muutosten" / "jälkeen Toteutuma", synth
/// kuusiselka p. 6) may have lost other columns' lines, and there the rows' count decides.
enum MultiWordKinds {
    /// `word` goes on the column `previous` started: "muutosten" after TA or a Talousarvio word,
    /// "jälkeen" after "muutosten".
    static func continues(_ word: String, after previous: String) -> Bool {
        let w = word.lowercased(), p = previous.lowercased()
        if w == "muutosten" { return p == "ta" || p == "talousarvio" }
        if w == "jälkeen" { return p == "muutosten" }
        return false
    }
}
