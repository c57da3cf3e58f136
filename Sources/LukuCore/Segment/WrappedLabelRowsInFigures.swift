import Foundation

/// Text of a spreadsheet page in column blocks (`GroupedFiguresAfterLabels`) in which a label
/// cell wrapped over two lines was read with its figures inside the figure block, not among the
/// labels: `pdftotext -raw` and pypdf give "–170 500,00 –170 500,00 –158 286,31 12 213,69" /
/// "Rahoitustuotot ja -kulut" / "yhteensä 2 020 900,00 –27 000,00 1 993 900,00 …" /
/// "101 741 800,00 …" (synth pauhaselka p. 10), "Valmistus omaan" / "käyttöön 25 000 - 1 000
/// 24 000 25 605 + 1 605" (katajalampi p. 8). The label box keeps only the cells printed beside
/// such a label, on a line of their own where the row stands ("0,00"), or nothing when every
/// figure of the row has a thousands separator. Without this the figure block ended at the first
/// such row, the labels and the figure lines no longer paired, and the page's budget follow-up of
/// the income statement was read as rows of run-together digits.
///
/// Such a row carries its own label: it pairs with a lone cell line of the label block (whose
/// cells are its own) or, holding all n figures, is a row of its own right after the row before
/// it (`GroupedFiguresAfterLabels.pairing`); a lone cell line pairs with nothing else. Its
/// figures are cut as every figure line is, and the arithmetic decides as for every row.
enum WrappedLabelRowsInFigures {
    /// Lines of a wrapped label before the one with its figures.
    static let maxLeadLines = 2

    /// One line of a figure block: its figure words, and the label read with them (nil: a bare figure line).
    struct Entry {
        var line: Int
        var label: String?
        var words: [String]
    }

    /// The figure run `run` as entries, continued past its end over each wrapped-label row that
    /// is followed by a figure line, another such row, or nothing more on the page.
    static func entries(_ lines: [TextLine], run: [Int], excluded: Set<Int>) -> [Entry] {
        var out = run.map { Entry(line: $0, label: nil, words: lines[$0].words.map(\.text)) }
        guard let last = run.last else { return out }
        let page = lines[last].page
        var k = last + 1
        while let (row, after) = wrappedRow(lines, from: k, page: page, excluded: excluded) {
            var added = [row]
            var j = after
            while j < lines.count, lines[j].page == page, !excluded.contains(j) {
                if lines[j].isEmpty { j += 1; continue }
                guard LabelBlockPairing.isFigureLine(lines[j]) else { break }
                added.append(Entry(line: j, label: nil, words: lines[j].words.map(\.text)))
                j += 1
            }
            let pageEnds = !(j..<lines.count).contains { lines[$0].page == page && !lines[$0].isEmpty }
            guard added.count > 1 || pageEnds || wrappedRow(lines, from: j, page: page, excluded: excluded) != nil else { break }
            out += added
            k = j
        }
        return out
    }

    /// The wrapped-label row starting at line `k` (blank lines aside): one or two lines of label
    /// words with no digit, then a line of label words and its figures; with the line after it.
    static func wrappedRow(_ lines: [TextLine], from start: Int, page: Int, excluded: Set<Int>) -> (Entry, Int)? {
        var lead: [String] = []
        var k = start
        while k < lines.count, lines[k].page == page, !excluded.contains(k), lines[k].tabCells == nil, lines[k].markdownLevel == nil {
            defer { k += 1 }
            if lines[k].isEmpty { continue }
            let words = lines[k].words.map(\.text)
            let digits = words.contains { $0.contains(where: \.isNumber) }
            if !digits {
                guard lead.count < maxLeadLines, words.count <= TableLineRole.maxLabelWords,
                      words[0].first?.isLetter == true || lead.count > 0 else { return nil }
                lead.append(lines[k].text)
                continue
            }
            // The last line: label words, then the row's figures.
            guard !lead.isEmpty else { return nil }
            var split = words.count
            while split > 0, LabelBlockPairing.isCellWord(words[split - 1]) || words[split - 1] == "+" { split -= 1 }
            let labelWords = words[..<split]
            guard !labelWords.isEmpty, !labelWords.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
            let label = TextJoiner.join(lead + [labelWords.joined(separator: " ")])
            return (Entry(line: k, label: label, words: Array(words[split...])), k + 1)
        }
        return nil
    }
}
