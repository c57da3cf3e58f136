/// A running head too few pages repeat for `PageDebrisFilter` (a two-page excerpt or liite) is
/// still told from a table's own first line by the space under it: the document's title line,
/// printed again as the first line of the next page and set apart from the page's body by at least
/// one empty line, is page furniture, not a caption or a header line of the continued table.
///
/// Proof: hold-out hold-02-trailing-minus-grid (2 pages): "Haapavirran kaupunki – Talousarvio 2026
/// ja taloussuunnitelma 2026–2028" with a rule and a wide gap under it on pp. 1 and 2, read into
/// the continuation's first header cell until now; the same with `--ablate doc.running=…` in
/// hold-10. A header repeated at the top of the next page is no running head: the header line
/// under it follows without a gap (synth word kivimaki pp. 2–3, "Tilinpäätös Tilinpäätös" over
/// "1 000 euroa 2020 2019").
enum SetApartRunningHead {
    /// The gap under the line, as a share of the line's own height, that sets it apart: one empty
    /// line (`pdftotext -layout`: a blank text line; a PDF: a line's height of white space).
    static let minGapShare = 1.0

    /// Whether `lines[i]` stands apart from the next line on its page (or ends the page's text).
    static func isSetApart(_ lines: [TextLine], _ i: Int) -> Bool {
        guard lines.indices.contains(i), let box = lines[i].box else { return false }
        let next = i + 1
        guard next < lines.count, lines[next].page == lines[i].page else { return false }
        guard let below = lines[next].box else { return false }
        let height = box.y1 - box.y0
        guard height > 0 else { return false }
        return below.y0 - box.y1 >= minGapShare * height
    }

    /// Whether the first line of a page, `top`, repeats the first line of the page before,
    /// `previousTop`, as a running head: the same words, at least one a word of letters, and set
    /// apart from the body on both pages.
    static func matches(_ lines: [TextLine], top: Int, previousTop: Int) -> Bool {
        guard lines.indices.contains(top), lines.indices.contains(previousTop), top != previousTop,
              lines[top].text == lines[previousTop].text, lines[top].tabCells == nil,
              lines[top].words.contains(where: { $0.text.contains(where: \.isLetter) })
        else { return false }
        return isSetApart(lines, top) && isSetApart(lines, previousTop)
    }
}
