/// A column headed by a day and month with its year after a space: "30.6. 2025", "31.12. 2024",
/// "1.1.–30.6. 2025" (an interim report's key figures and cash-flow statement, hold-out document 12,
/// `pdftotext -raw` and `-layout`; the same date that `31.12.2024` prints without the space).
/// The two words are one column's header; read apart, "30.6. 2025 30.6. 2024" named four columns
/// and the rows' two figures were cut into four.
enum DayMonthBeforeYear {
    /// The period words of a header line with each day-month word joined to the year after it.
    static func joined(_ words: [String]) -> [String] {
        var out: [String] = []
        var k = 0
        while k < words.count {
            if k + 1 < words.count, isDayMonth(words[k]), WordTraits.isYear(words[k + 1]) {
                out.append(words[k] + " " + words[k + 1])
                k += 2
            } else {
                out.append(words[k])
                k += 1
            }
        }
        return out
    }

    /// "30.6.", "31.12.", "1.1.–30.6.", "1.1.-31.12.": days and months, each closed by a dot, no year.
    static func isDayMonth(_ w: String) -> Bool {
        let parts = w.split(whereSeparator: { $0 == "–" || $0 == "-" }).map(String.init)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { p in
            let fields = p.split(separator: ".", omittingEmptySubsequences: false)
            return p.hasSuffix(".") && fields.count == 3 && fields[2].isEmpty
                && fields[..<2].allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
        }
    }
}
