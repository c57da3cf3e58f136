/// A number wrapped inside a narrow cell, in one-row-per-line text (`pdftotext -raw`): the
/// row's label stands alone, the next line holds the first groups of the row's first number, and
/// the line after it goes on with that number's last group and the rest of the row
/// ("Rakennukset yhteensä" / "11 635" / "000 11 635 000 9 183 636,30 …", "YHTEENSÄ" / "15 660" /
/// "700 536 100 15 880 700 …", kauhava-tilinpaatos-2024 p. 120, three rows). The two number
/// lines are one tail; the splitter then reads it as any other row (and says when it had to choose).
enum WrappedNumberLines {
    /// Whether `words`, a line without a label, continues the number begun on the row above:
    /// `tails` are the tails of the rows read so far, `labels` their labels.
    static func continues(labels: [String], tails: [[String]], words: [String]) -> Bool {
        guard labels.count >= 2, let previous = tails.last, labels[labels.count - 1].isEmpty,
              !labels[labels.count - 2].isEmpty, tails[tails.count - 2].isEmpty,
              previous.count == 2, (1...3).contains(previous[0].count), previous[1].count == 3,
              previous.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), !previous[0].hasPrefix("0"),
              words.count > 1, let first = words.first, first.count == 3, first.allSatisfy(\.isASCIIDigit)
        else { return false }
        return true
    }
}
