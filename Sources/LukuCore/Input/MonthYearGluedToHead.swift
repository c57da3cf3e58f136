/// A column head glued to the month and year of the head before it: pdfplumber's text of Lapua's
/// minutes writes "TA 2024 Tot. 09/2024Tot-​%" (PDFium and `pdftotext`: "Tot. 09/2024 Tot-​%"),
/// the gap before "Tot-%" being narrower than its space-width threshold (sivla pp. 18–19, every
/// sub-table's header). Read as one word, "09/2024Tot-%" names no period and the header has a
/// column too few. A word of a month, a slash and a four-digit year followed at once by a capital
/// letter ("09/2024Tot-%") is two words, cut after the year; headers hold no figures, so nothing
/// is flagged. No date, figure or label of any text has that shape otherwise. Not in text with pipe
/// tables: markitdown writes the same line over pipe tables of its own, and a header read there
/// would take their rows.
enum MonthYearGluedToHead {
    static func split(_ words: [Word]) -> [Word] {
        words.flatMap { word -> [Word] in
            guard let cut = cutIndex(word.text) else { return [word] }
            var head = word, rest = word
            head.text = String(word.text[..<cut])
            rest.text = String(word.text[cut...])
            return [head, rest]
        }
    }

    /// The index after "MM/YYYY" when a capital letter follows it at once.
    static func cutIndex(_ s: String) -> String.Index? {
        let chars = Array(s)
        guard let slash = chars.firstIndex(of: "/"), (1...2).contains(slash),
              chars.count > slash + 5,
              chars[..<slash].allSatisfy(\.isASCIIDigit),
              chars[(slash + 1)...(slash + 4)].allSatisfy(\.isASCIIDigit),
              chars[slash + 5].isUppercase else { return nil }
        return s.index(s.startIndex, offsetBy: slash + 5)
    }
}
