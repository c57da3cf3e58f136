/// A numbered line with no figures among the numbered items of a statement is an item whose
/// amounts are empty, not a section heading. One-row-per-line text (`pdftotext -raw`, pypdf) of a
/// balance sheet prints "4. Koneet ja kalusto 788.939 789.794" / "5. Muut aineelliset hyödykkeet" /
/// "6. Ennakkomaksut ja keskeneräiset hankinnat 1.504.825 53.577.162 1.456.506 53.087.459", and
/// "I Vaihto-omaisuus" / "1. Aineet ja tarvikkeet" / "2. Muu vaihto-omaisuus 39.092 39.092 …"
/// (synth tamminiemi p. 3, the statutory balance sheet: DOMAIN.md, outline markers "1.", "2.").
/// Read as a heading, the empty item ended the table and every row after it up to the next
/// table was read as prose: its figures were lost with no issue.
///
/// A section heading numbered k is not followed by an item numbered k + 1 that ends in a number
/// column. So the line is an item when the numbering runs through it: the line above it is item
/// k − 1 (or k = 1), and below it come items k + 1, k + 2, … (other empty items) up to one that
/// ends in a number column (`WordTraits.endsInValueColumn`: a year closing a line is no figure).
/// Only single-number markers ("5.", not "2.1") and label-length lines are read: deeper section
/// numbers are headings' own, and a long line is a numbered paragraph.
enum NumberedEmptyItem {
    /// Empty items walked over below the line before the item with figures.
    static let maxEmptyRun = 6

    /// `kinds` with every numbered heading that is an empty item of a numbered run removed.
    static func demote(_ kinds: [HeadingDetector.Kind?], continuations: Set<Int>, lines: [TextLine]) -> [HeadingDetector.Kind?] {
        var out = kinds
        for i in lines.indices {
            guard case .numbered? = kinds[i], let k = itemNumber(lines[i]), isEmptyItem(lines[i]),
                  !continuations.contains(i + 1) else { continue }
            // Above: the item before it (with figures or empty), unless it opens the run.
            if k > 1 {
                guard let above = neighbour(lines, from: i, step: -1), itemNumber(lines[above]) == k - 1 else { continue }
            }
            // Below: later items numbered on, the first with figures closing the walk.
            var expected = k + 1
            var j = i
            var found = false
            for _ in 0...maxEmptyRun {
                guard let next = neighbour(lines, from: j, step: 1), itemNumber(lines[next]) == expected else { break }
                if WordTraits.endsInValueColumn(lines[next]) {
                    found = true
                    break
                }
                guard isEmptyItem(lines[next]) else { break }
                expected += 1
                j = next
            }
            if found { out[i] = nil }
        }
        return out
    }

    /// The item number of a line opening with a one-level marker ("5." → 5), else nil.
    static func itemNumber(_ line: TextLine) -> Int? {
        guard let first = line.words.first?.text, first.count >= 2, first.count <= 3, first.hasSuffix("."),
              first.dropLast().allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(first.dropLast())
    }

    /// A marker and a label of no more words than a row label has, with no digit in it.
    static func isEmptyItem(_ line: TextLine) -> Bool {
        let words = line.words.dropFirst()
        return !words.isEmpty && words.count <= TableLineRole.maxLabelWords
            && !words.contains(where: { $0.text.contains(where: \.isNumber) })
    }

    /// The nearest non-empty line on the same page in `step` direction.
    static func neighbour(_ lines: [TextLine], from i: Int, step: Int) -> Int? {
        var j = i + step
        while j >= 0, j < lines.count, lines[j].page == lines[i].page {
            if !lines[j].isEmpty { return j }
            j += step
        }
        return nil
    }
}
