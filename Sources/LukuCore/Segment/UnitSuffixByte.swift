/// An exact pre-check for `TableUnit`'s gates, which run on every line (issue 8): a word ends in
/// "€", "%", "euroa", "eur" or "EUR" (as `hasSuffix` compares, Character by Character under
/// canonical equivalence) only if its last UTF-8 byte is that suffix's last byte. Each suffix ends
/// in a Character that is one scalar with no other canonically equivalent spelling ("€" U+20AC,
/// "%", "a", "r", "R"), so a word whose last Character matches ends in exactly those bytes.
/// `mayEnd` says false only where every `hasSuffix` would (five Character-wise suffix tests cost
/// ~2 500 instructions a line: Kauhava 11 M).
enum UnitSuffixByte {
    static func mayEnd(_ last: UInt8?) -> Bool {
        guard let b = last else { return false }
        // "€" is E2 82 AC; then "%", "a" (euroa), "r" (eur), "R" (EUR).
        return b == 0xAC || b == 0x25 || b == 0x61 || b == 0x72 || b == 0x52
    }
}
