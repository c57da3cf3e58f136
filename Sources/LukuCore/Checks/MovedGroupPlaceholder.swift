import Foundation

/// A unit whose every MENOT / TULOT / NETTOMENO cell in a column is words, not a number, was not
/// budgeted there: DOMAIN ("Placeholders in number columns: … words (`siirretty`)"). Kemijärvi
/// konserni- ja elinvoimapalvelut TA 2026 p8 prints "siirretty | elinkeino- ja | työllisyys va"
/// down the TA 2026 and KS 2026 columns of Joukkoliikenne, Kehittämisprojektit and
/// Maaseutuneuvontapalvelut (moved to another vastuualue for the plan year); the truth's
/// "Hallintopalvelut yhteensä = sum of the groups above it … (the text cells 'siirretty …' count
/// as 0)" holds in both columns with those units adding nothing. `GroupTotalRule` leaves such a
/// unit out of that column's sum. A unit with a number in any of its rows, a blank, an
/// unreadable number or digits in the words is not moved: a lost figure is never read as 0.
enum MovedGroupPlaceholder {
    /// Whether every one of `rows` (a unit's MENOT, TULOT, NETTOMENO; at least two) holds words
    /// without digits in column `c`.
    static func isMoved(_ table: Table, rows: [Int], column c: Int) -> Bool {
        rows.count >= 2 && rows.allSatisfy { r in
            guard let cell = IdentitySupport.cell(table, r, c), cell.value == nil,
                  !cell.flags.contains(.unreadable) else { return false }
            return cell.text.contains(where: \.isLetter) && !cell.text.contains(where: \.isNumber)
        }
    }
}
