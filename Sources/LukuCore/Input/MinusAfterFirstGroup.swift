/// A negative figure whose minus sign (U+2212) the extractor wrote after the figure's first word,
/// in text of one row per line. The Word-made synth kuusimaki (pp. 1, 2 and 6: every negative
/// figure of tuloslaskelma, rahoituslaskelma and the whole-euro tuloslaskelma) draws each sign
/// after the figure's first digit group, so extractors that follow the drawing order set it there:
/// pypdf within the row ("Toimintakulut 340−  170 584,08 319−  771 539,44", "… 10,8%−"), and
/// `pdftotext -raw` on a line of its own with the rest of the row ("Toimintakulut 340" /
/// "− 170 584,08 319" / "− 771 539,44", and "… 64,2%" / "−" where the figure is one word).
/// `pdftotext -layout` of the same page prints "−340 170 584,08". PyMuPDF's and pymupdf4llm's
/// cell lines of the same figures are read by `SplitMinusLines` and `MinusAmongCellLines`; this is
/// that reading for row lines, with the same limits: only the minus sign U+2212 (a hyphen or a
/// dash stays what it is: a placeholder, a trailing-minus notation), a first group of one to three
/// digits continued by groups of three, or a figure with decimals or a percent sign whose minus
/// follows it whole ("10,8%−" and "10,8%" / "−" are −10,8 %, as a trailing minus would read too).
///
/// Without it the digits went into the wrong columns ("340" read as Toimintakulut's first figure)
/// or the row was lost. The sign's printed place is not in the text (a sign printed apart,
/// "340 − 170 584,08", would read otherwise), so the rebuilt words are marked `doubtfulJoin`
/// and the row's cells are flagged (`ambiguous-split`, `TextTableBuilder`): the statement's
/// identities check them. Lines are joined only within a page, onto a line that starts with a
/// label (a row), never onto a line of one figure (PyMuPDF's cell lines).
enum MinusAfterFirstGroup {
    static let minus = "\u{2212}"

    /// The lines with every such figure put back together: minus first, the row on one line.
    static func rejoined(_ lines: [TextLine]) -> [TextLine] {
        guard lines.contains(where: { $0.words.contains { $0.text.contains(minus) } }) else { return lines }
        var out: [TextLine] = []
        for (i, line) in lines.enumerated() {
            if var row = out.last, row.page == line.page, isRow(row), let rest = continuation(line, after: row, next: i + 1 < lines.count ? lines[i + 1] : nil) {
                let last = row.words.count - 1
                row.words[last].text = minus + row.words[last].text
                row.words[last].doubtfulJoin = true
                row.words += rest
                out[out.count - 1] = row
                continue
            }
            out.append(withinRow(line))
        }
        return out
    }

    /// `pdftotext -raw`: the words that go on `row` when `line` starts with the minus of row's
    /// last figure — "− 170 584,08 319" after "… 340", or "−" alone after "… 10,8%" when no line
    /// of bare figures follows (that is a sign over the next row's figure: `SignBrokenRow`).
    static func continuation(_ line: TextLine, after row: TextLine, next: TextLine?) -> [Word]? {
        guard line.words.first?.text == minus, let last = row.words.last?.text else { return nil }
        let rest = Array(line.words.dropFirst())
        if let first = rest.first?.text {
            return isLeadingGroup(last) && isGroup(first) ? rest : nil
        }
        if let after = next?.words.first?.text, after.first?.isASCIIDigit == true { return nil }
        return isWholeFigure(last) ? [] : nil
    }

    /// pypdf: "340−  170 584,08" and "10,8%−" within the row, the minus set first.
    static func withinRow(_ line: TextLine) -> TextLine {
        guard isRow(line), line.words.contains(where: { $0.text.hasSuffix(minus) }) else { return line }
        var line = line
        line.words = withinRow(line.words)
        return line
    }

    private static func withinRow(_ words: [Word]) -> [Word] {
        var words = words
        for k in words.indices where words[k].text.hasSuffix(minus) {
            let body = String(words[k].text.dropLast())
            let continued = k + 1 < words.count && isGroup(words[k + 1].text)
            guard continued ? isLeadingGroup(body) : isWholeFigure(body) else { continue }
            words[k].text = minus + body
            words[k].doubtfulJoin = true
        }
        return words
    }

    /// A line whose first word is no figure: a row's label (or its wrapped last line) starts it.
    private static func isRow(_ line: TextLine) -> Bool {
        guard line.tabCells == nil, let first = line.words.first?.text else { return false }
        return first.first?.isLetter == true
    }

    /// One to three digits, nothing else ("340", "6").
    private static func isLeadingGroup(_ s: String) -> Bool {
        (1...3).contains(s.count) && s.allSatisfy(\.isASCIIDigit)
    }

    /// Three digits, with decimals after a comma when it closes the figure ("170", "584,08").
    private static func isGroup(_ s: String) -> Bool {
        let parts = s.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigit) else { return false }
        return parts.count == 1 || !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)
    }

    /// A figure of one word with decimals or a percent sign ("10,8%", "151,52"): never a year
    /// or a page number, whose minus would be a range's dash.
    private static func isWholeFigure(_ s: String) -> Bool {
        s.first?.isASCIIDigit == true && (s.contains(",") || s.hasSuffix("%")) && FinnishNumber.parse(s) != nil
    }
}
