/// A key-figure table headed by its years and a change column after them: "2023 2024 Muutos"
/// over "Asukasluku 31.12. 18 379 18 670 +291" / "Lainat 2024 €/asukas 1 663 1 658 -5" (hold-out
/// set 2 doc 06, tunnuslukuja, in `pdftotext -raw`). DOMAIN.md: key figures (Tunnusluvut) set
/// staff counts, € amounts and "Muutos %" against years, and the change (MUUTOS) column follows
/// the periods it compares. `PlainHeader` read a line of periods only, and its kind reading wants
/// two kinds, so this line headed nothing and the five rows under it ended in a paragraph.
///
/// Read only when the words are: optional caption words with no figure and no kind, two or more
/// periods, then one change column of at most two words whose kind is MUUTOS ("Muutos",
/// "Muutos-%", "Muutos %"). A variance after bare years ("2025 2025 Poikkeama %", the lower line
/// of a stacked header in synth katajaselkä's `-layout` text, its kinds on the line above) and
/// "muutokset" (the lower half of "TA" / "muutokset") are not taken.
enum ChangeColumnAfterPeriods {
    /// Caption and column headers of such a line's words, nil when the words are no such line.
    static func read(_ words: [String]) -> (caption: String?, headers: [String])? {
        guard let p = words.firstIndex(where: PlainHeader.isPeriod) else { return nil }
        var k = p
        while k < words.count, PlainHeader.isPeriod(words[k]) { k += 1 }
        let change = words[k...]
        guard k - p >= 2, (1...2).contains(change.count), change.allSatisfy(ColumnHeader.isHeaderToken),
              ColumnHeader.classify(change.joined(separator: " ")).kind == .muutos,
              !words[..<p].contains(where: { FinnishNumber.parse($0) != nil || PlainHeader.isKind($0) }) else { return nil }
        return (p > 0 ? words[..<p].joined(separator: " ") : nil, Array(words[p..<k]) + [change.joined(separator: " ")])
    }
}
