/// A scale alone on its line ("1 000 euroa", "1 000 €", "t€") names the unit of the columns, never
/// a figure of a row, though its digits read as one. PyMuPDF's `get_text()` writes it once per
/// column under the period lines of a balance sheet ("31.12.2024" / "31.12.2023" / "1 000 euroa" /
/// "1 000 euroa", synth saarnijoki p. 3, HTML-made; "1 000 €" ×4 under "TA 2020" …, kuusiselka
/// p. 6, Word-made) and again at the top of each page a statement goes on to (synth kivimaki
/// pp. 2–3, Word-made: "1 000 euroa" / "Tilinpäätös" / "2020" / …). Read as figures, the scales
/// under a header made a row named by the period above them ("31.12.2023" / "1 000 euroa" /
/// "1 000 euroa"), so the sheet looked like column blocks and was lost as prose (saarnijoki
/// p. 3), or a junk row of 1000s ("MÄÄRÄRAHOJEN TOTEUTUMINEN", louhivirta p. 8, sheet-made). The
/// cell-per-line reader keeps such a row out of the table but lets its count vote for the
/// columns (one scale per column: louhivirta p. 8, five "1 000 €" over rows of two figures that
/// fill the last two columns); `RepeatedHeaderAtPageTop` reads a scale as part of a header.
enum ScaleLineNoFigure {
    /// The line's text is a unit or scale only (`TableUnit.isUnitCell`).
    static func applies(_ text: String) -> Bool {
        TableUnit.isUnitCell(text)
    }
}
