/// A year that ends a row's label and stands right before its figures: "Tuloveroprosentti 2024
/// 21,50 22,00 +0,50" under "2023 2024 Muutos" (hold-out set 2 doc 06, tunnuslukuja, `pdftotext
/// -raw`); the same shape as "Verovuosi 2020 21,75 47 212 1,6%" under "Tuloveroprosentti /
/// Kunnallisvero kertymä / Muutos-%" (kauhava-tilinpaatos-2024 p. 117 in `-raw`). DOMAIN.md: a year
/// is no table number, and a key figure's label often names its year. In text without positions
/// the year reads as one more figure, so the row fitted no reading into the header's columns and
/// was kept whole, flagged merged.
///
/// The year goes to the label only when the row's figures with it fit no reading into the
/// header's columns and without it do. An ungrouped figure such as "1943" (synth petajalampi p. 4,
/// "POISTOERO JA VAPAAEHTOISET VARAUKSET YHTEENSÄ 1943 1983") looks like a year, so the row's
/// cells are flagged ambiguous-split: the text alone cannot rule out a value where the year stood.
enum YearClosingLabel {
    /// The label with the year and the figures after it, nil when the row is no such row.
    static func split(label: String, tail: [String], columns: Int) -> (label: String, tail: [String])? {
        guard !label.isEmpty, columns >= 2, tail.count > columns, let year = tail.first, WordTraits.isYear(year),
              !year.hasSuffix("*"), DigitRunSplitter.split(tail, columns: columns) == nil,
              DigitRunSplitter.split(Array(tail.dropFirst()), columns: columns) != nil else { return nil }
        return (label + " " + year, Array(tail.dropFirst()))
    }
}
