/// Thousands separated by an apostrophe (`'` or `’` U+2019): `2'652'954`, `-549'422`, Swiss and
/// software defaults (hold-out 04 p. 1, six boards' MENOT/TULOT/NETTOMENO in euros).
///
/// Read only when every apostrophe sits between digit groups as DOMAIN.md groups them (first
/// group 1–3 digits and not 0-led, every later group exactly three digits) and the number has no
/// other grouping; a sign, a decimal comma part and a unit are read as for any number.
enum ApostropheGroups {
    static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 }

    static func read(_ text: String) -> ParsedNumber? {
        var spaced = String.UnicodeScalarView()
        var previousDigit = false, inFraction = false, apostrophes = 0
        let scalars = Array(text.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            let v = u.value
            if isApostrophe(v) {
                // Between two digits of the integer part only; the group rule is the plain reader's.
                guard previousDigit, !inFraction, i + 1 < scalars.count, FinnishNumber.isDigit(scalars[i + 1].value) else { return nil }
                apostrophes += 1
                spaced.append(" ")
                previousDigit = false
                continue
            }
            // A space between digits would be a second grouping in one number.
            if FinnishNumber.isGroupSeparator(v), previousDigit, i + 1 < scalars.count, FinnishNumber.isDigit(scalars[i + 1].value) {
                return nil
            }
            if v == 0x2C { inFraction = true }
            if v == 0x2E { return nil }
            previousDigit = FinnishNumber.isDigit(v)
            spaced.append(u)
        }
        guard apostrophes > 0 else { return nil }
        return FinnishNumber.parse(String(spaced), allowing: [])
    }
}
