/// Recognises section headings: numbered ("8. Määrärahat", "8.1 Hallinto"), Markdown-marked
/// (`## …` in text input) and all-caps title lines. Table rows are never headings: a line whose
/// tail is a number column ("1 204 150") is left to the table builders.
struct HeadingDetector: Sendable {
    /// Longest line still taken as a numbered heading; longer ones are numbered paragraphs.
    var maxHeadingCharacters = 260

    // "8.", "8.1", "1.3.1" then the title, which starts with a letter or an opening quote.
    private static let numbered = try! Pattern(#"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\p{L}.*)$"#)

    enum Kind: Equatable {
        case numbered(number: String, title: String)
        case unnumbered(title: String)
    }

    /// `bodySize` is the document's most common font size (0 for text input).
    func detect(_ line: TextLine, bodySize: Double) -> Kind? {
        guard let firstWord = line.words.first?.text, line.tabCells == nil else { return nil }
        // Cheap gates first: this runs on every line of the document.
        let startsWithDigit = firstWord.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false
        let short = line.words.count <= 12
        guard startsWithDigit || short || line.markdownLevel != nil else { return nil }
        let text = line.text
        if let last = line.words.last?.text, line.words.count > 1, !WordTraits.isYear(last),
           WordTraits.isValue(last) || TextTableBuilder.isTailToken(last) {
            // A row ending in a number column ("3. Valtionosuudet 5 000 000"), not a heading.
            return nil
        }
        let emphasised = line.markdownLevel != nil || line.isBold || (bodySize > 0 && line.fontSize > bodySize + 0.5)
        if startsWithDigit, text.count <= maxHeadingCharacters, let m = HeadingDetector.numbered.firstMatch(in: text),
           let number = m[1], let title = m[2] {
            // Text input without markup: only a short line that does not end a sentence.
            let plausible = emphasised || (bodySize == 0 && title.count < 150 && !title.hasSuffix("."))
                || (bodySize > 0 && line.fontSize >= bodySize && title.count < 150 && !title.hasSuffix("."))
            if plausible, !number.contains(".") || number.split(separator: ".").allSatisfy({ $0.count <= 2 }) {
                return .numbered(number: number, title: title)
            }
        }
        if line.markdownLevel != nil { return .unnumbered(title: text) }
        if short, text.utf8.count <= 240, WordTraits.isCapsTitle(text) {
            return .unnumbered(title: text)
        }
        return nil
    }
}
