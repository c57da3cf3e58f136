/// Recognises section headings: numbered ("8. Määrärahat", "8.1 Hallinto"), Markdown-marked
/// (`## …` in text input) and all-caps title lines. Table rows are never headings: a line whose
/// tail is a number column ("1 204 150") is left to the table builders.
struct HeadingDetector: Sendable {
    /// Longest line still taken as a numbered heading; longer ones are numbered paragraphs.
    var maxHeadingCharacters = 260

    // "8.", "8.1", "1.3.1" then the title, which starts with a capital letter or an opening
    // quote: Finnish headings are capitalised, while a sentence wrapped after a number
    // ("13 opettajaa ja…", "1 tai suurempi.") goes on in lowercase.
    private static let numbered = try! Pattern(#"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+([\p{Lu}"”»'].*)$"#)
    // A table-of-contents entry: the title, a dot leader, the page number ("1.4 Rahoitusasema…34").
    static let contentsEntry = try! Pattern(#"(?:\.{4,}|…{2,})\s*\d{1,4}$"#)

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
        // A row ending in a number column ("3. Valtionosuudet 5 000 000"), not a heading.
        if WordTraits.endsInValueColumn(line) { return nil }
        let emphasised = line.markdownLevel != nil || line.isBold || (bodySize > 0 && line.fontSize > bodySize + 0.5)
        if startsWithDigit, HeadingDetector.contentsEntry.firstMatch(in: text) != nil { return nil }
        if startsWithDigit, text.count <= maxHeadingCharacters, let m = HeadingDetector.numbered.firstMatch(in: text),
           let number = m[1], let title = m[2] {
            // Text input without markup: only a short line that does not end a sentence.
            // A heading does not end a sentence ("1. Kohtuulliset ryhmäkoot perusopetuksessa." is a
            // numbered goal, bold or not), and in a PDF it is not set smaller than body text (bold
            // numbered items in a smaller size are list items) — unless the author marked it up.
            let sentence = line.markdownLevel == nil && title.hasSuffix(".")
            let belowBody = bodySize > 0 && line.fontSize < bodySize - 0.5
            let plausible = !sentence && (line.markdownLevel != nil
                || (emphasised && !belowBody)
                || (bodySize == 0 && title.count < 150)
                || (bodySize > 0 && !belowBody && title.count < 150))
            if plausible, !number.contains(".") || number.split(separator: ".").allSatisfy({ $0.count <= 2 }) {
                return .numbered(number: number, title: title)
            }
        }
        if line.markdownLevel != nil { return .unnumbered(title: text) }
        if short, text.utf8.count <= 240, WordTraits.isCapsTitle(text) {
            return .unnumbered(title: text)
        }
        // In a PDF, a short bold line set larger than body text ("Toteutuma 30.6.2022" in 10 pt
        // bold over 9 pt text) is a sub-heading; bold at body size is left alone, as that is how
        // table captions and group rows are set too.
        if bodySize > 0, line.isBold, line.fontSize > bodySize + 0.5, line.words.count <= 10,
           WordTraits.startsUppercase(text), !text.hasSuffix(":"), !text.hasSuffix(".") {
            return .unnumbered(title: text)
        }
        return nil
    }

    /// A numbered title broken off at a dash ("2. Kaupunkistrategiasta johdettu tavoite –" with
    /// "laadukkaat palvelut" on the next line): alone, the dash reads as a placeholder column, so
    /// `detect` says no; the caller asks this only when the next line goes on with the title.
    func detectBrokenOff(_ line: TextLine, bodySize: Double) -> Kind? {
        guard line.words.count > 2, let last = line.words.last?.text, ["–", "-", "—"].contains(last) else { return nil }
        var head = line
        head.words.removeLast()
        guard case .numbered(let number, let title)? = detect(head, bodySize: bodySize) else { return nil }
        return .numbered(number: number, title: title + " " + last)
    }
}
