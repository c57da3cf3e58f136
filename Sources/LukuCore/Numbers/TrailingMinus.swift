/// A negative printed with its minus after the digits: `2 937,8-`, `34 343,15-`, `1 424,9 €-`,
/// `2 937,8- €` (ERP and general-ledger report engines; hold-out 02 pp. 1–2, a budget table in
/// 1 000 € with one decimal, and hold-out 12 p. 1, a rahoituslaskelma in € with cents).
///
/// Read only when the whole text is one well-formed number (grouping and decimals as DOMAIN.md)
/// directly followed by `-`, `−` or `–` and at most a unit: never a range (`1 424,9- 480,9-`,
/// `0,8–1,7 %`), a bare integer such as a year (`2023–`) or a number with a sign of its own.
enum TrailingMinus {
    static func read(_ text: String) -> ParsedNumber? {
        let (body, unitAfter) = PrintedNotation.trimmed(text)
        guard let sign = body.unicodeScalars.last, FinnishNumber.isMinus(sign.value) else { return nil }
        let inner = body.dropLast()
        // A unit printed before the sign ("1 424,9 €-").
        guard let (core, unit) = PrintedNotation.peelingUnit(inner, unit: unitAfter) else { return nil }
        return PrintedNotation.magnitude(core, unit: unit).map(PrintedNotation.negated)
    }

    /// The text ends in a number with a trailing minus (its last one to four words read as one:
    /// "Netto … 1 424,9-  480,9-"), not in a word broken at a hyphen ("elinvoima-") or a range
    /// running on to the next line ("2023-").
    static func endsText(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty else { return false }
        for k in 1...min(4, words.count) where read(words.suffix(k).joined(separator: " ")) != nil { return true }
        return false
    }
}
