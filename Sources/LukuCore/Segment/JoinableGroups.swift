/// A row read into exactly the column count by standing a bare three-digit group on its own, when
/// the text also reads it as fewer numbers: "Myyntituotot 13 854 14 427" under four columns counted
/// from the rows is `13 | 854 | 14 | 427` by the group rule alone, but `13 854 | 14 427` with two
/// cells empty is what is printed (synth kivimaki p. 1 in `-raw` and pypdf: a statement with two
/// columns per year, the item amount and its group's subtotal, whose item rows fill only two).
/// Without positions the text does not say which, so the cells of such a row are doubtful
/// (`ambiguous-split`). A number ending in decimals, a unit or a dot group closes itself and a `0`
/// is never continued, so "0 854" or "12,5 854" is no joinable pair; nor is a signed group, which
/// always starts a number.
enum JoinableGroups {
    /// True when some cell begins with an unsigned three-digit group that could continue the
    /// cell before it (that cell ends in a bare one-to-three-digit group, not `0`).
    static func canJoin(_ numbers: [String]) -> Bool {
        zip(numbers, numbers.dropFirst()).contains { previous, next in
            guard let last = previous.split(separator: " ").last, let first = next.split(separator: " ").first else { return false }
            return opensOpen(last) && isBareGroup(first)
        }
    }

    /// The last token of a number that a following group could continue: digits only (a sign
    /// allowed when the token is the whole number), 1–3 of them, not a lone `0`.
    private static func opensOpen(_ token: Substring) -> Bool {
        let digits = token.drop { "-−–+".contains($0) }
        return (1...3).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) && digits != "0"
    }

    /// An unsigned token of exactly three digits, nothing attached.
    private static func isBareGroup(_ token: Substring) -> Bool {
        token.count == 3 && token.allSatisfy(\.isASCIIDigit)
    }
}
