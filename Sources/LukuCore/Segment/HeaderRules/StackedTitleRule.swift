/// The first line of a column title stacked one word per line over a narrow column, standing
/// over a word of the header line right below it: "Alkuperäinen" over "TA" over "2020",
/// right-aligned with its column (synth word family: saarnisaari pp. 5–6), and "TA" over "+" over
/// "muutokset", centred (synth spreadsheet family: louhivirta pp. 9–10). Wider than the word under
/// it, it may start left of where the header's known words start, so `GroupTitleRule` does not
/// take it; it heads the column it stands over (`isStacked`). A caption starts at the labels'
/// margin, and a line over no header word is no part of the header.
struct StackedTitleRule: HeaderLineRule {
    /// Words on the title line at most: a stacked title is one short name.
    static let maxWords = 2

    func verdict(_ line: Int, zone: [Int], in header: HeaderLines) -> HeaderVerdict? {
        guard let below = zone.first, below == line + 1, header.roles[line] == .labelOnly, header.roles[below] == .header,
              Self.isStacked(header.lines[line], over: header.lines[below], labelRight: Self.labelRight(of: header.lines[header.firstRow], role: header.roles[header.firstRow]))
        else { return nil }
        return .heads
    }

    /// True when `line` is a short title wholly right of the labels (`labelRight`) that stands
    /// over a word of `next` (their x-ranges overlap).
    static func isStacked(_ line: TextLine, over next: TextLine, labelRight: Double?) -> Bool {
        guard (1...maxWords).contains(line.words.count), let box = line.box, let labelRight, box.x0 > labelRight
        else { return false }
        return next.words.contains { w in
            guard let b = w.box else { return false }
            return min(box.x1, b.x1) - max(box.x0, b.x0) > 0
        }
    }

    /// Right edge of the first row's label (its `labelCount` first words: "1010 Nuorisotilan
    /// muutostyöt" with its project code), nil when it has none.
    static func labelRight(of row: TextLine, role: TableLineRole) -> Double? {
        guard case .data(let labelCount) = role, labelCount > 0, labelCount <= row.words.count else { return nil }
        return row.words[labelCount - 1].box?.x1
    }
}
