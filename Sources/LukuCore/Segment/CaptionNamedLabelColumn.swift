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

    /// The rows read under such a header are kept only when nothing says a cell was cut or two
    /// cells share a line, as the same header shows on the other pages of the konserni seed text:
    /// - `cut`: another table or a heading follows the rows, and a cell of the last row ends
    ///   unfinished ("…ymmärrystä ja", page 3: the extract printed the Tunnusluvut table inside
    ///   the cell, whose rest comes after it);
    /// - a label reads as two cells on one line, a capital after a word that ends no sentence
    ///   ("Riskienhallinnan parantaminen Laaditaan elinkeino- ja", page 25).
    /// Proper nouns make the second test refuse some good tables; a refused table stays prose.
    static func accepts(_ rows: [Row], cut: Bool) -> Bool {
        if cut, let last = rows.last, ([last.label] + last.cells.compactMap { $0?.text }).contains(where: WordTraits.endsUnfinished) {
            return false
        }
        return !rows.contains { holdsTwoCells($0.label) }
    }

    /// A capitalised word right after a word that ends in a lowercase letter.
    static func holdsTwoCells(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        return zip(words, words.dropFirst()).contains { previous, word in
            previous.last?.isLowercase == true && word.first?.isUppercase == true
        }
    }
}
