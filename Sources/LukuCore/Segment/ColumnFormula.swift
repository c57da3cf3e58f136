/// A header word that says how its column is computed, printed under (or after) the column's
/// name: the variance's "(TA−TOT)" or "(TP-TA)" (DOMAIN.md: poikkeama is printed as TA − toteutuma
/// or toteutuma − TA, and the header says which; hold-out 10) and the change percent's
/// "TA26/TA25" (Muutos-% of TA 2026 against TA 2025, hold-out 2). In text without positions
/// (`pdftotext -raw`, pypdf) a header stacked one cell per line brings the formula on a line of
/// its own; it is no column of its own but a second line of the column before it, so a header
/// line that holds one is still a header ("Poikkeama (TA−TOT)", "Muutos-% TA26/TA25").
enum ColumnFormula {
    /// "(TA−TOT)": two or more column kinds joined by a minus sign, in parentheses; or
    /// "TA26/TA25", "(TA 2026/TA 2025)" written as one word: two or more kinds, each with its year
    /// (two or four digits), joined by a slash. A kind pair without years ("TA/KS") names a column
    /// itself, so it is not a formula.
    static func matches(_ word: String) -> Bool {
        if word.count > 4, word.hasPrefix("("), word.hasSuffix(")") {
            let inner = word.dropFirst().dropLast()
            let parts = inner.split(whereSeparator: { "-−–".contains($0) }).map(String.init)
            if parts.count >= 2, parts.allSatisfy(PlainHeader.isKind) { return true }
            return isRatio(String(inner))
        }
        return isRatio(word)
    }

    /// "TA26/TA25", "TP2024/TP2023": kinds with their years joined by "/".
    private static func isRatio(_ word: String) -> Bool {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            let kind = String(part.prefix { $0.isLetter })
            let year = part.dropFirst(kind.count)
            return !kind.isEmpty && PlainHeader.isKind(kind) && (year.count == 2 || year.count == 4)
                && year.allSatisfy(\.isASCIIDigit)
        }
    }
}
