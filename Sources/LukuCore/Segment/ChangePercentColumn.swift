import Foundation

/// A table's last column is the change percentage of the two figure columns before it, printed
/// without "%": PyMuPDF's one-cell-per-line text of the HTML-made synth saarnijoki p. 2,
/// "Rahoituslaskelma ja sen tunnusluvut (1 000 €)" / "TP 2024" / "TP 2023" / "Muutos-%", then
/// "Vuosikate" / "8.489" / "6.655" / "27,6" (8 489 against 6 655 is +27,6 %). DOMAIN.md: the
/// change % is computed from the figures before it, so its cells show it whatever their marks.
/// The column is one when at least three full rows hold three figures and in three of four of
/// them the last is the change of the first over the second, either sign (statements print
/// "Tulorahoituksen korjauserät −374 −294 27,2": the change of the amounts' size), to its last
/// printed digit plus the slack of the rounded amounts. Only then does `BlankPercentColumn` leave
/// that column blank in a row of one figure fewer (in doubt, as every short row).
enum ChangePercentColumn {
    /// Whether, in `fullRows` (rows of `columns` figures), the last column is the change % of the two before it.
    static func closes(_ fullRows: [[String]], columns k: Int) -> Bool {
        guard k >= 3 else { return false }
        var tested = 0, fits = 0
        for row in fullRows where row.count == k {
            guard let current = number(row[k - 3]), let previous = number(row[k - 2]), let printed = number(row[k - 1]),
                  previous != 0 else { continue }
            tested += 1
            let change = abs((current - previous) / abs(previous) * 100)
            // Half the printed percentage's last digit, and what rounding each amount by half a unit can move it.
            let slack = 0.5 * pow(10, -Double(decimals(row[k - 1]))) + 100 / abs(previous) + 1e-9
            if abs(change - abs(printed)) <= slack { fits += 1 }
        }
        return tested >= 3 && fits * 4 >= tested * 3
    }

    private static func number(_ text: String) -> Double? {
        (FinnishNumber.parse(text)?.value).map { NSDecimalNumber(decimal: $0).doubleValue }
    }

    /// Digits after the decimal comma.
    private static func decimals(_ text: String) -> Int {
        guard let comma = text.lastIndex(of: ",") else { return 0 }
        return text[text.index(after: comma)...].filter(\.isASCIIDigit).count
    }
}
