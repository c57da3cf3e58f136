/// A table continued on the next page whose rows there open under a group line: "Rahoituksen
/// rahavirta 3 252 486,89 872 789,80" / "Rahavarojen muutos 1 954 681,98 260 959,58" end p. 128,
/// and p. 129 goes on with "Rahavarojen muutos" (the group) / "Rahavarat 31.12. 18 895 179,29
/// 16 940 497,31" (Kauhava's rahoituslaskelma in euros, in pypdf). pypdf keeps the blank lines
/// around the running head and page number it printed at the page's top, so the table meets a
/// gap longer than a table's own blank lines; a gap is crossed when the rows go on right after it,
/// and, across a page break only, when a short label line without figures (the group) stands
/// first and a row of the table's width follows it. (`pdftotext -raw` prints no blank lines
/// there, and the table went on.)
enum GroupLineAfterPageBreak {
    /// Words a group line has at most.
    static let maxWords = 6

    /// `j`: the first non-empty line after the gap; `before`: the table's last line before it;
    /// `isRow`: whether a line is a row of the table's width.
    static func continues(_ lines: [TextLine], first j: Int, before: Int, isRow: (Int) -> Bool) -> Bool {
        guard lines.indices.contains(before), lines[j].page > lines[before].page else { return false }
        let words = lines[j].words.map(\.text)
        guard !words.isEmpty, words.count <= maxWords, words[0].first?.isUppercase == true,
              !words.contains(where: { $0.contains(where: \.isNumber) }),
              PlainHeader(lines[j]) == nil else { return false }
        var k = j + 1
        while k < lines.count, lines[k].isEmpty { k += 1 }
        return k < lines.count && lines[k].page == lines[j].page && isRow(k)
    }
}
