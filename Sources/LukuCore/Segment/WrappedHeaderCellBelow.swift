/// A column header cell wrapped over two lines under a header line of periods, its word broken at
/// a hyphen and its unit on the next line: "1.1.-31.12.2020 1.1.-31.12.2019" / "Muutos-" / "%"
/// (synth kuusiselka p. 2, the cash-flow statement, word producer; honkaniemi p. 1, word; the same
/// stack under "2025" in katajaselka p. 9, html, and under "2018" in pauhaselka pp. 1–2, sheet; all
/// in `pdftotext -raw` and pypdf). The two lines name one more column after the periods
/// ("Muutos-%"), so rows of two amounts and a change percent fill named columns instead of three
/// numbers under two headers (read as merged text, or an unnamed column before the periods).
enum WrappedHeaderCellBelow {
    /// The header the lines at `i` (and the next non-empty one) name, and the index after them;
    /// nil unless the first is one capitalised word ending in a hyphen and the second a lone unit.
    static func read(_ lines: [TextLine], at i: Int) -> (header: String, next: Int)? {
        let words = lines[i].words.map(\.text)
        guard words.count == 1, let word = words.first, word.count > 2, word.hasSuffix("-"),
              word.first?.isUppercase == true, word.dropLast().allSatisfy(\.isLetter) else { return nil }
        var j = i + 1
        while j < lines.count, lines[j].isEmpty { j += 1 }
        guard j < lines.count, lines[j].page == lines[i].page else { return nil }
        let unit = lines[j].words.map(\.text)
        guard unit == ["%"] || unit == ["€"] else { return nil }
        return (word + unit[0], j + 1)
    }
}
