/// A budget-with-changes column header broken right after its plus sign at a line's end:
/// "TA+" / "muutokset" (hold-out set 2 doc 09 in `pdftotext -raw`, a määrärahat table whose
/// header cells print one word per line: "TA" / "2025" / "TA+" / "muutokset" / "TOT" / "2025" /
/// "Poikkeama Käyttö-" / "%"). DOMAIN.md: TA+muutos, TA+MUUTOS, TA/KS+muutos are one kind, so a
/// plus glued to a kind at the line's end says the word goes on on the next line, as "TA +" /
/// "muutokset" does (synth kivimaki pp. 5–6). Before, "TA+" was no header word: the stacked
/// header was never joined, and the table's rows were read with no column names.
enum KindPlusAtLineEnd {
    /// "TA+", "TA/KS+": a word that is the budget-with-changes kind once "muutos" follows its plus.
    static func isBroken(_ w: String) -> Bool {
        w.count > 1 && w.hasSuffix("+") && ColumnHeader.isHeaderToken(w + "muutos")
    }

    /// The word joined with the next line's first word, when the two are one header word ("TA+muutokset").
    static func joined(_ w: String, _ next: String) -> String? {
        guard isBroken(w), ColumnHeader.isHeaderToken(w + next) else { return nil }
        return w + next
    }
}
