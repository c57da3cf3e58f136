/// A running head whose right end changes from page to page: the document's or part's title at the
/// left margin and, far to its right, the section the page is in, which the page master fills in
/// for each page (XSL-FO's `fo:retrieve-marker` in the region-before, printed by FOP and every FO
/// formatter; a word processor's STYLEREF field does the same). `PageDebrisFilter` drops only heads
/// repeated word for word, so such a head stood between the parts of a table continued on the next
/// page as a caption of its own, and the parts were not joined (hold-out set 4: hold4-03, an
/// investment table over three pages headed `Investointiosa 2026–2029 … Talonrakennus` / `… Kadut
/// ja liikenneväylät`, 260 of 500 figures missing; hold4-12, `Talousarvio 2026 … Kaupunginhallitus`
/// / `… Vapaa-aikalautakunta`, a board's NETTOMENO row on page 2 lost).
///
/// Dropped: the first line of a page made of two runs of words far apart (the one gap of at least
/// `minGapShare` of the line's width), each run opening with a word of letters (a table row's right
/// part opens with a figure; a header line has no gap that wide among its column names), set apart
/// from the page's body (`SetApartRunningHead.isSetApart`), whose left run, digits aside, opens such
/// a first line on another page at the same left edge, where the right runs differ (a head repeated
/// whole is `PageDebrisFilter`'s and `SetApartRunningHead`'s).
enum MarkerRunningHead {
    /// The gap between the title and the marker, as a share of the line's width.
    static let minGapShare = 0.25
    /// Points (PDF) or characters (`pdftotext -layout`) the left edges of one head may differ by.
    static let edgeSlack = 2.0

    struct Head: Equatable {
        var line: Int
        var left: String
        var right: String
        var x0: Double
    }

    /// `lines[i]`, a page's first line, read as a title and a marker, or nil.
    static func head(_ lines: [TextLine], _ i: Int) -> Head? {
        let words = lines[i].words
        guard words.count >= 2, lines[i].tabCells == nil, let box = lines[i].box, box.x1 > box.x0 else { return nil }
        var cut: Int?
        for k in 1..<words.count {
            guard let a = words[k - 1].box, let b = words[k].box else { return nil }
            if b.x0 - a.x1 >= minGapShare * (box.x1 - box.x0) {
                guard cut == nil else { return nil }
                cut = k
            }
        }
        guard let k = cut, opensWithLetters(words[0]), opensWithLetters(words[k]),
              SetApartRunningHead.isSetApart(lines, i) else { return nil }
        return Head(line: i, left: key(words[..<k]), right: key(words[k...]), x0: box.x0)
    }

    static func opensWithLetters(_ word: Word) -> Bool {
        word.text.first?.isLetter == true && FinnishNumber.parse(word.text) == nil
    }

    private static func key(_ words: ArraySlice<Word>) -> String {
        String(words.map(\.text).joined(separator: " ").filter { !$0.isNumber })
    }

    /// `lines` without the heads whose right end names the section.
    static func remove(_ lines: [TextLine]) -> [TextLine] {
        var heads: [Head] = []
        for i in lines.indices where !lines[i].isEmpty {
            guard let above = lines[..<i].lastIndex(where: { !$0.isEmpty }) else {
                if let h = head(lines, i) { heads.append(h) }
                continue
            }
            if lines[above].page != lines[i].page, let h = head(lines, i) { heads.append(h) }
        }
        guard heads.count >= 2 else { return lines }
        var drop = Set<Int>()
        // Heads of one title, in runs of left edges each within `edgeSlack` of the one before
        // (grouped and sorted rather than compared pairwise: a head on each of 15 000 pages).
        for (_, group) in Dictionary(grouping: heads, by: \.left) where group.count >= 2 {
            let byEdge = group.sorted { ($0.x0, $0.line) < ($1.x0, $1.line) }
            var start = 0
            for end in 1...byEdge.count where end == byEdge.count || byEdge[end].x0 - byEdge[end - 1].x0 > edgeSlack {
                let run = byEdge[start..<end]
                if run.count >= 2, Set(run.map(\.right)).count >= 2 { drop.formUnion(run.map(\.line)) }
                start = end
            }
        }
        guard !drop.isEmpty else { return lines }
        return lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
    }
}
