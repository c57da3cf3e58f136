/// A page footer that names itself: "Sivu 5" ("page 5"), as the Word-, HTML- and
/// spreadsheet-made synthetic statements print at the foot of every page and pymupdf4llm keeps as
/// a paragraph of its own (synth koivukyla "Sivu 1" … "Sivu 6", kivimaki, kuusimaki, tamminiemi,
/// pauhaniemi, pauhavaara). Read like a bare footer number by `PageNumberLines`, so a Markdown text
/// without page breaks gets its pages back and the footer drops out as page debris (the
/// converter's table continued on the next page then reads on across it). "Sivu 2/6" and
/// "Sivu 2 (6)" carry the page count.
enum WordedPageFooter {
    /// The words that say "page" before the number, compared case-insensitively.
    static let words: Set<String> = ["sivu"]

    /// "Sivu 5" → "5", "Sivu 2/6" → "2/6", "Sivu 2 (6)" → "2/6"; nil for any other line.
    static func number(_ raw: Substring) -> Substring? {
        let parts = raw.replacingOccurrences(of: "*", with: "").split(separator: " ")
        guard (2...3).contains(parts.count), words.contains(parts[0].lowercased()) else { return nil }
        if parts.count == 2 { return parts[1] }
        let total = parts[2]
        guard total.count >= 3, total.first == "(", total.last == ")" else { return nil }
        return Substring(parts[1] + "/" + total.dropFirst().dropLast())
    }
}
