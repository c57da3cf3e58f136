/// A title line printed over a table's continued part at the top of the next page does not start
/// another table (hold-out failure B1a): the caption with a continuation mark ("Investointimenot
/// hankkeittain (jatkuu)" over the repeated header, hold-out hold-10-continued-wrapped p. 2;
/// "Jatkoa: Tulosalueiden määrärahat ja tuloarviot", hold-02-trailing-minus-grid made with
/// `--ablate layout.cont_caption=…`), or the same caption printed again. Such a line may stand
/// between the page top and the continuation, or be read as the continuation's caption;
/// `TableMerger` then joins as usual (same columns, same or no header).
enum ContinuationTitle {
    /// Most title lines looked at on a page top.
    static let maxLines = 2
    /// Lines above a table's first line on the page before that may hold its caption.
    static let captionReach = 3
    /// Continuation marks, compared lowercased, as whole words.
    static let marks: Set<String> = ["(jatkuu)", "jatkuu", "(jatkuu.)", "jatkuu.", "jatkoa:", "jatkoa", "(jatkoa)",
                                     "(jatk.)", "jatk.", "(jatk)"]

    /// The title's words lowercased without marks and dashes or colons around them, and whether a mark was printed.
    static func core(_ text: String) -> (core: String, marked: Bool) {
        var marked = false
        var words: [String] = []
        for w in text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) {
            if marks.contains(w) { marked = true; continue }
            if ["-", "–", "—", ":", ","].contains(w) { continue }
            words.append(w)
        }
        return (words.joined(separator: " "), marked)
    }

    /// Whether `title` continues the caption `caption` printed on the page before: the same words,
    /// or with a mark the caption's leading words (a unit printed after the caption, "… €", stays behind).
    static func continues(_ title: String, caption: String) -> Bool {
        let t = core(title), c = core(caption).core
        guard !t.core.isEmpty, !c.isEmpty, t.core.contains(where: \.isLetter) else { return false }
        if t.core == c { return true }
        return t.marked && (c + " ").hasPrefix(t.core + " ")
    }

    /// Indices of the lines at the top of each page that are continuation titles of the table
    /// ending the page before (`drafts` sorted by first line). `first`: each page's first line.
    /// A title is a line of words (`roles` label-only or other), never a repeated header or a row.
    static func lines(_ lines: [TextLine], roles: [TableLineRole], drafts: [TableDraft], first: [Int: Int]) -> Set<Int> {
        var out: Set<Int> = []
        for (page, top) in first.sorted(by: { $0.key < $1.key }) {
            guard let previous = drafts.last(where: { $0.page == page - 1 }),
                  let previousTop = first[previous.page] else { continue }
            var captions = previous.caption.map { [$0] } ?? []
            let from = max(previousTop, previous.firstLine - captionReach)
            for i in min(from, previous.firstLine)..<previous.firstLine where lines.indices.contains(i) {
                captions.append(lines[i].text)
            }
            // The table's own first line (its caption or header) only for a marked title.
            let own = previous.firstLine < lines.count ? lines[previous.firstLine].text : nil
            var i = top
            // A running header too few pages repeat for `PageDebrisFilter` (the page before's first
            // line again: hold-10, two pages) stands over the title: passed over as well.
            // Only with a title under it: a page starting with the same header as the page before
            // is no running header (synth word kivimaki pp. 2–3, "Tilinpäätös Tilinpäätös").
            // Without a title under it, the same line set apart from the body by a gap on both
            // pages (`SetApartRunningHead`, hold-02).
            var runningHeader: Int? = nil, setApart = false
            if let previousFirst = first[page - 1], previousFirst < lines.count, i < lines.count,
               lines[i].text == lines[previousFirst].text, previousFirst < previous.firstLine {
                runningHeader = i
                setApart = SetApartRunningHead.matches(lines, top: i, previousTop: previousFirst)
                i += 1
            }
            let titleTop = i
            while i < titleTop + maxLines, i < lines.count, i < roles.count, lines[i].page == page, isWords(roles[i]),
                  isTitle(lines[i].text, captions: captions, own: own, headerNext: i + 1 < roles.count && roles[i + 1] == .header) {
                out.insert(i)
                i += 1
            }
            if let r = runningHeader, i > titleTop || setApart { out.insert(r) }
        }
        return out
    }

    /// Marked: continues a caption above the table or its first line. Unmarked: the same caption
    /// above the table again, of two words or more, over the header again — a group label the same
    /// as the caption opens a continuation's rows ("Investointiosa" over "yhteensä …", synth html
    /// pauhaniemi p. 8), a header word alone is the header's ("TA" over "+ TP Poikkeama", synth
    /// sheet louhivirta p. 10).
    static func isTitle(_ text: String, captions: [String], own: String?, headerNext: Bool) -> Bool {
        let (c, marked) = core(text)
        if marked { return (captions + (own.map { [$0] } ?? [])).contains { continues(text, caption: $0) } }
        return headerNext && c.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count >= 2
            && captions.contains { continues(text, caption: $0) }
    }

    static func isWords(_ role: TableLineRole) -> Bool {
        switch role {
        case .labelOnly, .other: return true
        default: return false
        }
    }
}
