/// What a PDF line can be to a table: a data row (a label, then runs of value words standing a
/// column gap apart), a header line,
/// a short label-only line (a group sub-heading or a wrapped label), or anything else.
enum TableLineRole: Equatable {
    case data(labelCount: Int)
    case header
    case labelOnly
    case other

    /// Label-only lines longer than this are prose, not sub-headings.
    static let maxLabelWords = 10

    static func classify(_ line: TextLine, settings: TableSettings = .default) -> TableLineRole {
        let words = line.words
        guard !words.isEmpty else { return .other }
        if isHeader(words) || TableUnit.ofUnitLine(line, settings: settings) != nil
            || TableUnit.ofTitledUnitLine(line, settings: settings) != nil { return .header }
        let chunks = cells(of: line, settings: settings)
        let isNumeric = { (chunk: [Word]) in chunk.allSatisfy { WordTraits.isValue($0.text) } }
        let labelCount = isNumeric(chunks[0]) ? 0 : chunks[0].count
        let valueWords = chunks.dropFirst(labelCount > 0 ? 1 : 0).filter(isNumeric).flatMap { $0 }
        if !valueWords.isEmpty {
            // Years, with or without a unit printed beside them ("1 000 €  2020  2019", synth word
            // family p. 2), are a header.
            let periods = valueWords.filter { TableUnit.ofWholeText($0.text) == nil }
            if labelCount == 0 && !periods.isEmpty && periods.allSatisfy({ WordTraits.isYear($0.text) }) { return .header }
            if labelCount > 0 && isPeriodRun(periods) { return .header }
            // A dash set apart before words is a list bullet ("−  Perheystävällinen Kauhava",
            // "−  tuloutetaan poistoeroa … 129.112,04 euroa", Kauhava pp. 24, 56, 153), not a row.
            if labelCount == 0, valueWords.allSatisfy({ FinnishNumber.isPlaceholder($0.text) }),
               chunks.dropFirst().contains(where: { $0.contains { $0.text.contains(where: \.isLetter) } }) {
                return .other
            }
            return .data(labelCount: labelCount)
        }
        let text = line.text
        let sentence = text.hasSuffix(".") && words.count > 2 || text.hasSuffix(":") && words.count > 3
        if words.count <= maxLabelWords, !sentence, chunks.count == 1 || chunks.allSatisfy({ $0.count <= 3 }) { return .labelOnly }
        return .other
    }

    /// The line cut into a label and cells: runs of words a label gap apart, and the numbers a
    /// label ends in split off as cells of their own when they are at least two, or one set
    /// apart by more than a word space with more cells after it. HTML exporters set columns a
    /// fifth of an em apart (Lapua's minutes p. 18: "Toimintakulut *) - 16.756.130 - 13.155.924
    /// 78,5", "Toimintatuotot 438.900  349.095  79,5"); a lone number right after a word stays
    /// in the label ("Kemijärvi historia 3", "Kertynyt yli-/alijäämä, 1000 €").
    static func cells(of line: TextLine, settings: TableSettings = .default) -> [[Word]] {
        var chunks = line.chunks(gapEm: settings.labelGapEm)
        // An outline marker printed in a column of its own belongs to the label (statements set
        // "1." / "II" / "A" in a marker column: synth word and sheet families, DOMAIN.md).
        if chunks.count > 1, chunks[0].count == 1, WordTraits.isOutlineMarker(chunks[0][0].text),
           let next = chunks[1].first, !WordTraits.isValue(next.text) {
            chunks[0] += chunks.remove(at: 1)
        }
        guard let first = chunks.first, first.count > 1 else { return chunks }
        var start = first.count
        while start > 0, WordTraits.isValue(first[start - 1].text) { start -= 1 }
        let trailing = first.count - start
        guard start > 0, trailing > 0 else { return chunks }
        if trailing == 1 {
            guard chunks.count > 1, let a = first[start - 1].box, let b = first[start].box else { return chunks }
            // A dot leader sets the value apart however close it is (`DotLeader`).
            guard (b.x0 - a.x1) / max(first[start].fontSize, 1) >= settings.loneValueGapEm
                    || DotLeader.ends(first, before: start) else { return chunks }
        }
        chunks[0] = Array(first[..<start])
        chunks.insert(contentsOf: first[start...].map { [$0] }, at: 1)
        return chunks
    }

    /// Two or more years, each printed once, running over as many years ("VASTAAVAA  2024  2023",
    /// Kauhava p. 35): the periods of a statement after its title, not a row of values; one year
    /// after a label is a value ("Perustettu 2019").
    private static func isPeriodRun(_ words: [Word]) -> Bool {
        guard words.count >= 2, words.allSatisfy({ WordTraits.isYear($0.text) }) else { return false }
        let years = words.compactMap { Int($0.text.filter(\.isASCIIDigit)) }
        guard Set(years).count == years.count, let low = years.min(), let high = years.max() else { return false }
        return high - low < years.count + 1
    }

    /// A header line: at least one recognised header token, and from the first one on at least
    /// half the words are header tokens, and no value other than years.
    static func isHeader(_ words: [Word]) -> Bool {
        guard let first = words.firstIndex(where: { ColumnHeader.isHeaderToken($0.text) }) else { return false }
        let tail = words[first...]
        if tail.contains(where: { WordTraits.isValue($0.text) && !WordTraits.isYear($0.text) && !FinnishNumber.isPlaceholder($0.text) }) {
            return false
        }
        let kinds = tail.filter { ColumnHeader.isHeaderToken($0.text) }.count
        guard kinds * 2 >= tail.count, kinds >= 2 else { return false }
        // A lone year after a label is a data row of years, not a header ("Perustettu 2019").
        let hasKindWord = tail.contains { ColumnHeader.isHeaderToken($0.text) && !WordTraits.isYear($0.text) }
        return hasKindWord || first == 0
    }
}
