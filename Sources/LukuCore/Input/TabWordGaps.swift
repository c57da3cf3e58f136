/// Tabs that stand for the spaces between words, in text pdfminer (markitdown) makes of
/// wkhtmltopdf's PDFs.
///
/// Qt's PDF engine (wkhtmltopdf 0.12) maps the space glyph of its font subsets to U+0009 in the
/// ToUnicode map. pdftotext and PyMuPDF print that as a space; pdfminer prints the TAB, and puts a
/// plain space only where it sees a gap between two text boxes, i.e. between a row's cells:
/// `Tuet⇥ja⇥avustukset 4⇥060⇥646 0 4⇥060⇥646` is the row "Tuet ja avustukset | 4 060 646 | 0 |
/// 4 060 646" — the opposite of the tab-separated cells of Word's or a spreadsheet's text, where a
/// tab ends a cell and "Tuet ja avustukset" keeps its spaces. Read as cells, such a row gives one
/// figure per thousands group.
///
/// A text is taken to be of this kind when some line is prose whose words are joined by tabs only
/// (`proseLine`: six tokens or more, none holding a space, four in five of them words) and no line
/// with a tab holds two lower-case words joined by a space (a Word cell "muut toimintatuotot"
/// does; wkhtmltopdf's words never do). In such a text each line outside a pipe table swaps the
/// two — tabs become the spaces they stand for and each run of spaces a cell gap (a tab) — and in a
/// pipe row's cells, which the converter already bounded, tabs become spaces.
///
/// Found on all twelve documents of hold-out set 7 (wkhtmltopdf, `tools/holdout/README7.md`) in
/// markitdown; no other text of the corpus, ../shared, the synth set or hold-out sets 1–6 (every
/// extractor) has such a prose line, so none of them changes.
enum TabWordGaps {
    /// Fewest tab-joined tokens of a prose line.
    static let minProseTokens = 6

    static func reorder(_ text: String) -> String {
        guard text.contains("\t") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var prose = false
        for line in lines where line.contains("\t") && !isPipeRow(line) {
            let tokens = line.split(separator: "\t", omittingEmptySubsequences: false)
            if tokens.contains(where: joinsLowercaseWords) { return text }
            if !prose, proseLine(tokens) { prose = true }
        }
        guard prose else { return text }
        return lines.map { line -> String in
            guard line.contains("\t") || (!isPipeRow(line) && line.contains(" ")) else { return String(line) }
            if isPipeRow(line) { return line.replacingOccurrences(of: "\t", with: " ") }
            return swapped(line)
        }.joined(separator: "\n")
    }

    static func isPipeRow(_ line: Substring) -> Bool {
        line.drop(while: { $0 == " " }).first == "|"
    }

    /// A line's spaces (each run one gap) as tabs and its tabs as spaces; its indent is kept.
    static func swapped(_ line: Substring) -> String {
        let indent = line.prefix(while: { $0 == " " })
        var out = String(indent)
        var inGap = false
        for c in line.dropFirst(indent.count) {
            if c == " " {
                if !inGap { out.append("\t") }
                inGap = true
                continue
            }
            inGap = false
            out.append(c == "\t" ? " " : c)
        }
        while out.last == "\t" { out.removeLast() }
        return out
    }

    /// Prose set with tabs for spaces: many tokens, none with a space, nearly all words.
    static func proseLine(_ tokens: [Substring]) -> Bool {
        let words = tokens.filter { !$0.isEmpty }
        guard words.count >= minProseTokens, words.count == tokens.count || tokens.last?.isEmpty == true,
              !words.contains(where: { $0.contains(" ") }) else { return false }
        let wordCount = words.filter(isWord).count
        return wordCount * 5 >= words.count * 4
    }

    /// A token that starts with a letter and holds no digit ("kasvoivat,", "TA+muutokset").
    static func isWord(_ token: Substring) -> Bool {
        guard let first = token.first, first.isLetter else { return false }
        return !token.contains(where: { $0.isNumber })
    }

    /// Two lower-case words joined by a space, as a cell of Word's or a spreadsheet's text holds.
    static func joinsLowercaseWords(_ token: Substring) -> Bool {
        var previous: Character?
        var beforeSpace: Character?
        for c in token {
            if let b = beforeSpace, previous == " ", b.isLetter, b.isLowercase, c.isLetter, c.isLowercase { return true }
            if c == " " { beforeSpace = previous }
            previous = c
        }
        return false
    }
}
