/// A goal-table header whose label column is named by words of the document's own, printed on
/// the same line before the value columns' names: "Sisäinen valvonta ja riskienhallinta
/// Toimenpiteet Toteutuma" heads the internal-control tables of kemijarvi-konserni-elinvoima-ta2026
/// (pages 3, 7, 16 and 25, the same header in each department). The caption is the label column's
/// name when it is a short run of words without digits, starting with a capital, and the words
/// after it name at least two value columns (a name that heads the label column, "Tavoite",
/// is read by `TextGridBuilder.columns` without this rule).
enum CaptionNamedLabelColumn {
    /// Most words the caption may have.
    static let maxCaptionWords = 6

    /// The column names, the caption first, or nil when the line is not such a header.
    static func columns(_ words: [String]) -> [String]? {
        guard words.count >= 3 else { return nil }
        for k in 1...min(maxCaptionWords, words.count - 2) {
            let caption = words[..<k]
            guard caption.first?.first?.isUppercase == true,
                  caption.allSatisfy({ !$0.contains(where: \.isNumber) && $0.contains(where: \.isLetter) }) else { return nil }
            // The caption is no column name itself ("Tavoite Toimenpiteet" is a plain header).
            if TextGridBuilder.columns(Array(caption)) != nil { return nil }
            guard let rest = TextGridBuilder.columns(Array(words[k...])), rest.count >= 2,
                  !TextGridBuilder.namesLabelColumn(rest[0]) else { continue }
            return [caption.joined(separator: " ")] + rest
        }
        return nil
    }
}
