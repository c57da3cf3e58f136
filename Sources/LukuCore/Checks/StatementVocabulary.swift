import Foundation

/// Labels of the statutory statements as the field prints them (DOMAIN, "The statutory
/// statements"): the comparison key of a label without its outline marker ("A", "IV", "2.") and
/// without a trailing "yhteensä", and patterns over such keys.
enum StatementVocabulary {
    /// The statement key of a label: `IdentitySupport.key`, a leading outline marker (a capital
    /// letter A–H, a Roman numeral, a number followed by "." or ")") dropped, a trailing
    /// "YHTEENSÄ" dropped when something remains ("VASTAAVAA YHTEENSÄ" → "VASTAAVAA"), and a
    /// footnote mark ("*)") dropped.
    static func key(_ label: String) -> String { memo.key(label, makeKey) }

    /// Keys already built (KeyMemo.swift).
    static let memo = KeyMemo()

    /// `key` of a label, built.
    static func makeKey(_ label: String) -> String {
        var words = KeyWords.words(IdentitySupport.withoutFootnote(IdentitySupport.key(label)))
        if words.count > 1, isOutlineMarker(words[0]) { words.removeFirst() }
        if words.count > 1, words.last == "YHTEENSÄ" { words.removeLast() }
        return words.joined(separator: " ")
    }

    static func isOutlineMarker(_ word: String) -> Bool {
        if word.count == 1, let c = word.first, "ABCDEFGH".contains(c) { return true }
        if ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].contains(word) { return true }
        if let last = word.last, last == "." || last == ")", word.dropLast().allSatisfy(\.isNumber), word.count > 1 { return true }
        return false
    }

    /// Whether a statement key matches a pattern: equal, or starting with the pattern's text when
    /// the pattern ends in "*".
    static func matches(_ key: String, _ pattern: String) -> Bool {
        // A pattern whose last Character is "*" ends in the byte "*", so the byte test leaves
        // out only patterns `hasSuffix` refuses; `hasSuffix` compares Characters from the end
        // (18 M instructions on the state budget).
        guard pattern.utf8.last == UInt8(ascii: "*"), pattern.hasSuffix("*") else { return key == pattern }
        return key.hasPrefix(String(pattern.dropLast()))
    }

    static func matches(_ key: String, any patterns: [String]) -> Bool {
        patterns.contains { matches(key, $0) }
    }
}
