/// A negative figure whose minus sign PyMuPDF wrote after its first digit group, on a line of its
/// own: "340" / "−" / "170 584" is −340 170 584, "6" / "− 328 322,81" is −6 328 322,81, and
/// "23,0%" / "−" (the minus before a label line) is −23,0 % (synth kuusimaki, Word-made, pp. 2
/// and 6: every negative figure of its statements, in both PyMuPDF's `get_text()` and
/// pymupdf4llm's "340<br>−<br>170 584,08"; `pdftotext -layout` prints "−340 170 584,08"). Only
/// the minus sign U+2212 after a figure of one digit group reads so: a hyphen or a dash alone
/// stays an empty cell's placeholder ("Satunnaiset tuotot" / "-" / "-"). Seen in one document
/// only, so every figure joined so is flagged (doubtful): the reading is checked by its
/// statement's identities, never taken as printed fact.
enum SplitMinusLines {
    static let minus = "\u{2212}"

    /// The figure starting at line `i` when its minus follows it, and the index after its lines.
    static func join(_ lines: [TextLine], at i: Int) -> (text: String, end: Int)? {
        guard i + 1 < lines.count, lines[i].words.count == 1 else { return nil }
        let first = lines[i].words[0].text
        guard first.first?.isASCIIDigit == true, FinnishNumber.parse(first) != nil else { return nil }
        let next = lines[i + 1].words.map(\.text)
        if next == [minus] {
            // The rest of the figure on the line after the minus: groups of three digits.
            if i + 2 < lines.count, let rest = groups(lines[i + 2]), !first.contains(",") && !first.hasSuffix("%"),
               let text = parsed(minus + first + " " + rest) {
                return (text, i + 3)
            }
            guard let text = parsed(minus + first) else { return nil }
            return (text, i + 2)
        }
        if next.count >= 2, next[0] == minus, !first.contains(",") && !first.hasSuffix("%"),
           let rest = groups(TextLine(page: lines[i + 1].page, words: Array(lines[i + 1].words.dropFirst()))),
           let text = parsed(minus + first + " " + rest) {
            return (text, i + 2)
        }
        return nil
    }

    /// The line's words when they are the digit groups ending a figure ("170 584", "328 322,81").
    private static func groups(_ line: TextLine) -> String? {
        let words = line.words.map(\.text)
        guard !words.isEmpty else { return nil }
        for (k, w) in words.enumerated() {
            let digits = k == words.count - 1 ? String(w.split(separator: ",", maxSplits: 1).first ?? "") : w
            guard digits.count == 3, digits.allSatisfy(\.isASCIIDigit) else { return nil }
            if k == words.count - 1, w.contains(",") {
                guard w.split(separator: ",", omittingEmptySubsequences: false).last?.allSatisfy(\.isASCIIDigit) == true else { return nil }
            }
        }
        return words.joined(separator: " ")
    }

    private static func parsed(_ text: String) -> String? {
        FinnishNumber.parse(text) != nil ? text : nil
    }
}
