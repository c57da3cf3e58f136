/// `MarkerRunningHead` in text without positions: a running head whose last words name the part
/// of the document the page holds, so they change from page to page: "Investointiosa 2026–2029
/// Investoinnit" / "… Vesihuolto" / "… Irtain omaisuus" at the top of pages 1–3 of hold4-03 in
/// `pdftotext -raw` (Apache FOP's `retrieve-marker`). The PDF path finds the head by the wide gap
/// between title and marker; `-raw` closes the gap to one space, so here the head is the page's
/// first line that opens with the same words as another page's first line. The same words at
/// every page top, digits aside, are `RepeatedHeaderContinuation.isFurniture`'s.
///
/// Only the first line of a page counts, of three words or more, no figures at its end, and only
/// when its first two words open the first line of another page too: a table's own title ("Kaupunginhallitus"
/// under Kauhava's running head "Tilinpäätös 2024") is no page's first line.
enum MarkerRunningHeadInText {
    static let sharedWords = 2

    static func holds(_ lines: [TextLine], at k: Int) -> Bool {
        let line = lines[k]
        let words = line.words.map(\.text)
        guard words.count > sharedWords, TextTableBuilder.tailStart(words) == words.count,
              words.prefix(sharedWords).contains(where: { $0.contains(where: \.isLetter) }),
              firstLine(lines, onPageOf: k) == k else { return false }
        let key = Array(words.prefix(sharedWords))
        var page = -1
        for l in lines where !l.isEmpty && l.page != page {
            page = l.page
            if l.page != line.page, l.words.prefix(sharedWords).map(\.text) == key { return true }
        }
        return false
    }

    /// The first non-empty line of line `k`'s page.
    private static func firstLine(_ lines: [TextLine], onPageOf k: Int) -> Int? {
        var j = k
        while j > 0, lines[j - 1].page == lines[k].page { j -= 1 }
        return (j...k).first { !lines[$0].isEmpty }
    }
}
