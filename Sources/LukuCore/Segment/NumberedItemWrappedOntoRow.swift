/// A numbered item of a statement whose label wraps onto a second line that carries its figures,
/// in one-row-per-line text (`pdftotext -raw`, pypdf): "4. Koneet ja kalusto 6 240 6 607" /
/// "5. Ennakkomaksut ja keskeneräiset" / "hankinnat 1 010 184 991 998 185 314" (synth honkakoski
/// p. 3, the balance sheet's vastaavaa), "I Pitkäaikainen" / "1. Lainat rahoitus- ja" /
/// "vakuutuslaitoksilta 118 665 111 301" / "2. Lainat julkisyhteisöiltä 2 492 121 157 …" (its
/// vastattavaa). DOMAIN.md: the statutory balance sheet numbers its items "1.", "2.", … inside
/// each roman group. The marker made the first line a numbered heading and the figure line its
/// wrapped continuation: the table ended above it and every row after it to the next table was
/// read as prose, its figures lost with no issue.
///
/// The heading is an item's label when the line under it (read as its wrapped continuation or
/// not) starts in lower case (the label goes on) and ends in a number column (`WordTraits.endsInValueColumn`: a year closing a
/// line is no figure), and the numbering runs through it: the item above is numbered k − 1, or
/// for k = 1 the next line after the continuation is item 2. Only single-number markers ("5.",
/// not "2.1") and label-length lines, as `NumberedEmptyItem` reads them.
enum NumberedItemWrappedOntoRow {
    /// `kinds` and `continuations` with every such heading made a row label again.
    static func demote(_ kinds: [HeadingDetector.Kind?], continuations: Set<Int>, lines: [TextLine])
        -> (kinds: [HeadingDetector.Kind?], continuations: Set<Int>) {
        var kinds = kinds, continuations = continuations
        for i in lines.indices {
            guard case .numbered? = kinds[i], let k = NumberedEmptyItem.itemNumber(lines[i]),
                  NumberedEmptyItem.isEmptyItem(lines[i]), i + 1 < lines.count,
                  !continuations.contains(i + 2), lines[i + 1].page == lines[i].page,
                  let first = lines[i + 1].words.first?.text, WordTraits.startsLowercase(first),
                  WordTraits.endsInValueColumn(lines[i + 1]) else { continue }
            let runsThrough: Bool
            if k > 1 {
                runsThrough = NumberedEmptyItem.neighbour(lines, from: i, step: -1).map { NumberedEmptyItem.itemNumber(lines[$0]) == k - 1 } ?? false
            } else {
                runsThrough = NumberedEmptyItem.neighbour(lines, from: i + 1, step: 1).map { NumberedEmptyItem.itemNumber(lines[$0]) == 2 } ?? false
            }
            guard runsThrough else { continue }
            kinds[i] = nil
            continuations.remove(i + 1)
        }
        return (kinds, continuations)
    }
}
