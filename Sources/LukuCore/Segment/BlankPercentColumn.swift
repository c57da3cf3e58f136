/// A short row under figure columns closed by one percent column ("2020 2019 Muutos-%",
/// "TP 2023 | Muutettu TA | Toteutuma | Muutos-%", "… Poikkeama € | Käyttö-%"), in text without
/// positions (`pdftotext -raw`, pypdf): "Lyhytaikaisten lainojen muutos 13.100.000,00 0,00" under
/// "1.1.-31.12.2020 1.1.-31.12.2019 Muutos-%" (synth kuusiselka p. 2), "Antolainasaamisten
/// lisäykset 0 −749" (saarnijoki p. 2), "Antolainauksen muutokset 93 -128" (honkaniemi p. 1).
/// DOMAIN.md: the change / use percentage is computed from the figures before it, so it is the
/// cell a statement leaves blank when it cannot be computed (a zero or missing base, a sign
/// change), while the figures themselves are printed. Every such row of the 24 synth statements'
/// truth (84 rows, html, word and sheet producers: rahoituslaskelma, tuloslaskelma, käyttötalous,
/// investoinnit) leaves the percentage blank, never a figure column; `ShortRows` put the
/// figures in the last columns (the budget tables' empty earliest periods) and so shifted every
/// figure one column right.
///
/// Taken only when the row lacks exactly one number, the last column is the only one whose header
/// holds "%", and the row does not end in a percentage of its own while its other figures are
/// amounts ("1 234 5,0 %" may be a figure and the percentage: left to `ShortRows`), nor in a
/// figure printed to another precision than the others ("1 234 1 300 105,3"). A table with
/// percent columns elsewhere (Kauhava's "Menot Tot-% | Tulot Tot-%") or with an amount variance
/// last ("… Toteutuma | Poikkeama", Kauhava p. 126) is not read by it. The cells stay flagged
/// `ambiguous-split`, as every short row's: the text does not print the blank.
///
/// The same layout one cell per line (PyMuPDF's `get_text()`: "Lyhytaikaisten lainojen muutos" /
/// "13.100.000,00" / "0,00", kuusiselka p. 2; "Antolainasaamisten lisäykset" / "0" / "−749",
/// saarnijoki p. 2; "Antolainauksen muutokset" / "93" / "-128" and "TILIKAUDEN TULOS" /
/// "2477449,29" / "-3869294,40", honkaniemi pp. 1 and 8), where no header names the columns:
/// there the percent column is the one whose cell is a percentage in most full rows
/// (`PairedValueColumns.percentColumns`), the only such column and the last
/// (`fillsFiguresFirst(_:percentColumns:)`). `CellPerLineTable` put such rows in the last
/// columns, every figure one column right.
enum BlankPercentColumn {
    /// Whether the row's `numbers` (one fewer than `columns`) fill the columns before the
    /// percent column, which stays blank.
    static func fillsFiguresFirst(_ numbers: [String], columns: [Column]) -> Bool {
        guard let percentColumn = columns.last, percentColumn.header.contains("%") else { return false }
        return fillsFiguresFirst(numbers, percentColumns: columns.map { $0.header.contains("%") })
    }

    /// The same for a table whose percent columns are known by its full rows' cells (one cell
    /// per line, no header): `percentColumns[c]` says column c holds percentages.
    static func fillsFiguresFirst(_ numbers: [String], percentColumns: [Bool]) -> Bool {
        guard percentColumns.count >= 3, numbers.count == percentColumns.count - 1, percentColumns.last == true,
              !percentColumns.dropLast().contains(true) else { return false }
        let percents = numbers.filter(isPercentage).count
        guard let last = numbers.last, !(isPercentage(last) && percents < numbers.count) else { return false }
        // A last figure printed to another precision than all the others ("1 234 1 300 105,3"
        // under "TP 2023 | TA | Toteutuma | Tot. %": a new unit's blank first year and its
        // percentage printed without "%") may be the percentage: left to `ShortRows`.
        let others = Set(numbers.dropLast().map(decimals))
        return !(others.count == 1 && others.first != decimals(last))
    }

    /// Digits after the decimal comma.
    private static func decimals(_ text: String) -> Int {
        guard let comma = text.lastIndex(of: ",") else { return 0 }
        return text[text.index(after: comma)...].filter(\.isASCIIDigit).count
    }

    private static func isPercentage(_ text: String) -> Bool {
        text.hasSuffix("%")
    }
}
