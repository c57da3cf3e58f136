/// Investment tables stack their header one cell per line in `pdftotext -raw` and pypdf, and
/// their rows begin with a project code: "Muutettu" / "TA" / "2025" / … / "Käyttö-" / "%" /
/// "euroa euroa euroa" / "Talonrakennus" / "2020 Paloaseman peruskorjaus 702 000 791 135 89 135
/// 112,7" (synth katajaselka p. 9, html producer; "5100 Koulukeskuksen peruskorjaus …" under the
/// stacked header of synth kurkivirta p. 8; "4107 Maa-alueiden osto 107 216 …", hold-out 10 p. 1).
/// A row led by its code is a row for `StackedHeaderLines` (which looks for a label-and-figures
/// line under the header), as a letter-led one is; before, the header was never joined and the
/// table was read without column names, its figures cut into the wrong columns.
///
/// The variance header's formula on a line of its own, "Poikkeama" / "(TA−TOT)" (hold-out 10
/// pp. 1–2; DOMAIN.md: poikkeama is printed as TA − toteutuma or toteutuma − TA, and the header
/// says which), is a header word too: column kinds joined by a minus inside parentheses.
enum CodeLedRowsUnderStackedHeader {
    /// Digits a project code has at most and at least ("2020", "4107", "51").
    static let codeDigits = 2...6

    /// The line's first word is a code of digits and a word with letters follows it.
    static func startsWithCode(_ words: [String]) -> Bool {
        words.count > 1 && codeDigits.contains(words[0].count) && words[0].allSatisfy(\.isASCIIDigit)
            && words[1].first?.isLetter == true
    }

    /// "(TA−TOT)", "(TP-TA)", "TA26/TA25": how a column is computed (`ColumnFormula`).
    static func isFormula(_ word: String) -> Bool {
        ColumnFormula.matches(word)
    }
}
