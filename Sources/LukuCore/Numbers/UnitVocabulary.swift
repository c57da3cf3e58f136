/// The units Finnish municipal tables print, in one place (DOMAIN.md "Units"). Two readers use
/// them: the number reader, for a unit word printed after a number inside a cell ("12 500 htv"),
/// and `UnitColumnBeforePeriods`, for the tokens of a key-figure table's unit column ("kpl",
/// "€/asukas"). The lists differ on purpose: a cell's trailing word is cut off a number only
/// when it can be nothing else, so that list is short; a unit column is recognised only when
/// every row ends in one, so its list can be the field's whole vocabulary.
enum UnitVocabulary {
    /// Units printed as words after a number, one space before them (`tkr`, `htv`, `kpl`).
    static let afterNumber = ["htv", "kpl", "tkr", "euroa"]

    /// Units a key-figure row is measured in: money (`€`, `t€`, `e`, `euroa`), shares (`%`),
    /// counts (`kpl`, `lkm`, `hlö`), staff-years (`htv`), time (`pv`, `h`, `vrk`, `kk`), areas and
    /// lengths (`m²`, `km`, `ha`). Compared lowercased.
    static let rowUnits: Set<String> = ["€", "t€", "e", "eur", "euroa", "%", "kpl", "lkm", "hlö", "hlöä", "henkilöä",
                                        "htv", "pv", "vrk", "h", "kk", "krt", "kertaa", "m²", "m2", "km", "ha", "t", "kg"]

    /// What a unit is counted per, after "/": the units themselves and the field's own
    /// denominators ("€/asukas", "€/lapsi", "h/oppilas", "€/suorite", "€/käynti").
    static let perWords: Set<String> = ["asukas", "as", "as.", "lapsi", "oppilas", "opiskelija", "asiakas", "käynti",
                                        "suorite", "hoitopäivä", "vuorokausi", "vuosi", "v", "henkilö", "työntekijä",
                                        "potilas", "jäsen", "kotitalous", "talous"]

    /// A token that is one unit ("kpl", "€") or units joined by "/" ("pv/htv", "€/asukas").
    static func isRowUnit(_ token: String) -> Bool {
        let t = token.lowercased()
        if rowUnits.contains(t) { return true }
        let parts = t.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, rowUnits.contains(parts[0]) else { return false }
        return rowUnits.contains(parts[1]) || perWords.contains(parts[1])
    }
}
