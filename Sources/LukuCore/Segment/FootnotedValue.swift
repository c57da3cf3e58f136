/// A figure with a footnote mark printed after it, set apart from the digits: "–998 184 1)",
/// "–8 754 *", "324 730 ³)", "5 120²". The digits before the mark are the cell's value; the
/// cell's text keeps the mark as printed, so a reader still sees that a footnote applies.
///
/// Only marks that cannot be read into the number: one or two digits closed by `)` after a space
/// (a group of 1–2 digits cannot continue a thousands grouping, and `)` is no number's end), or
/// asterisks, or superscript digits (`MarkedNumber.isMark`), and a figure that parses on its own.
/// A mark in brackets ("1 234 (1)") is not read: `(1)` is also the accounting form of −1, so the
/// cell may be two figures; it stays `unreadable` (`MarkedNumber`).
///
/// Proved on the hold-out document hold-08 (PDF and `pdftotext -layout`): p. 1 inline marks
/// `NETTOMENO … –998 184 1)`, `–753 902 2)` under footnotes "1) Sisältää …", p. 2 raised marks
/// `324 730 ³)`, `–8 754 *`, `–72 847 *` under "* Sisältää lomapalkkajaksotuksen muutoksen.";
/// each value is confirmed by the table's own arithmetic (NETTOMENO = MENOT + TULOT, TA+muutos =
/// TA + muutos, Poikkeama), and by DOMAIN.md's "labels keep … the footnote marker" (lapua p. 18
/// `Toimintakulut *)`), the same marks on the label side.
enum FootnotedValue {
    /// The figure before a footnote mark, or nil when the text is not a figure and a mark.
    static func parse(_ text: String) -> ParsedNumber? {
        let scalars = Array(text.unicodeScalars)
        guard let mark = MarkedNumber.markStart(scalars), !mark.bracketed else { return nil }
        var end = mark.start
        // A ")"-closed mark must stand apart from the digits ("324 7303)" is no figure and a mark).
        if scalars.last == ")" { guard end > 0, isSpace(scalars[end - 1]) else { return nil } }
        while end > 0, isSpace(scalars[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        let head = String(String.UnicodeScalarView(scalars[..<end]))
        // The figure must end in a digit (not "(12)" or "2024–"), and read as a whole.
        guard (0x30...0x39).contains(scalars[end - 1].value) else { return nil }
        return FinnishNumber.parse(head)
    }

    private static func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || FinnishNumber.isSpace(u.value) }
}
