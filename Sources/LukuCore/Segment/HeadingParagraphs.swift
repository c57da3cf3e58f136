/// Column headings that `pdftotext` (default order) prints as paragraphs of their own before a
/// table's column blocks: the labels, then "1.1.-31.12.2020" / "" / "1.1.-31.12.2019" / "", then
/// each block headed only by its unit ("euroa" over eighteen values, "euroa" over eighteen
/// more): synth kuusiselka (word) p. 2, the income statement; kemijarvi-konserni-elinvoima-ta2026
/// p. 3 (Määrärahat: "TA+muutos" / "" / "TA+muutos" / "" / "MUUTOS" / "" / "MUUTOS", then blocks
/// headed "2025", "2026", "€", "%"). The k-th heading paragraph names the k-th block, so they are
/// joined only when there are as many paragraphs as blocks; any other count leaves the table to
/// prose (which period heads which block would be a guess). A unit alone ("euroa") also heads
/// the first block, as it heads the others: synth saarnijoki (html) p. 8, "TP 2024" / "euroa"
/// over the income statement's first block.
enum HeadingParagraphs {
    /// Heading paragraphs read before the first block at most.
    static let maxColumns = 6

    /// Each block's heading: the k-th paragraph, then the block's own heading lines; nil when
    /// the paragraphs do not name the blocks one to one.
    static func join(_ ahead: [[String]], _ own: [[String]]) -> [[String]]? {
        if ahead.isEmpty { return own }
        guard ahead.count == own.count else { return nil }
        return own.indices.map { c in ahead[c] + own[c].filter { !ahead[c].contains($0) } }
    }

    /// A unit alone on its line ("euroa", "1 000 €", "%").
    static func isUnitOnly(_ line: TextLine) -> Bool {
        line.tabCells == nil && (line.text.trimmingCharacters(in: .whitespaces) == "%" || TableUnit.ofUnitLine(line) != nil)
    }
}
