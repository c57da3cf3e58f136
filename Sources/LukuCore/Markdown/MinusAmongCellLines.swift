/// A negative figure whose minus sign a Markdown converter set among the lines of its pipe cell,
/// after the first digit group: `|340<br>−<br>170 584,08|` is −340 170 584,08, `|2<br>−070 794,23|`
/// is −2 070 794,23 and `|10,8%<br>−|` is −10,8 % (synth kuusimaki, Word-made, in pymupdf4llm:
/// pp. 1, 2 and 6, every negative figure of tuloslaskelma, rahoituslaskelma and the whole-euro
/// tuloslaskelma; `pdftotext -layout` prints "−340 170 584,08"). PyMuPDF's `get_text()` of the same
/// pages writes the same lines one per line, read by `SplitMinusLines`; this is that reading for
/// the lines of one cell, with the same limits: only the minus sign U+2212 (a hyphen or a dash
/// alone is an empty cell's placeholder), a first group of one to three digits, later groups of
/// three. The sign's printed place is not in the text, so the row is read from the converter's
/// marks and its values are flagged (`ambiguous-split`): the statement's identities check them.
/// Without this the cell is text (`MisplacedMinus` flags it unreadable).
enum MinusAmongCellLines {
    static let minus = "\u{2212}"

    /// The figure the cell's lines spell, or nil when they are not this shape.
    static func joined(_ lines: [String]) -> String? {
        guard lines.count >= 2, let first = lines.first, isLeadingGroup(first) || isFigure(first) else { return nil }
        if lines.count == 3, lines[1] == minus, isLeadingGroup(first), isGroups(lines[2]) {
            return minus + first + " " + lines[2]
        }
        if lines.count == 2, lines[1].hasPrefix(minus), isLeadingGroup(first) {
            let rest = lines[1].dropFirst().trimmingCharacters(in: .whitespaces)
            if isGroups(rest) { return minus + first + " " + rest }
        }
        if lines.count == 2, lines[1] == minus, isFigure(first) {
            return minus + first
        }
        return nil
    }

    /// One to three digits, nothing else ("340", "2").
    private static func isLeadingGroup(_ s: String) -> Bool {
        (1...3).contains(s.count) && s.allSatisfy(\.isASCIIDigit)
    }

    /// A figure without a sign ("10,8%", "23,0%", "151,52"): read as the number reader reads it.
    private static func isFigure(_ s: String) -> Bool {
        s.first?.isASCIIDigit == true && FinnishNumber.parse(s) != nil
    }

    /// Groups of three digits, the last optionally with decimals ("170 584,08", "070 794,23", "152").
    private static func isGroups(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard !words.isEmpty else { return false }
        for (k, w) in words.enumerated() {
            let parts = w.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigit) else { return false }
            if parts.count == 2 {
                guard k == words.count - 1, !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return false }
            }
        }
        return true
    }
}
