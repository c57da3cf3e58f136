import Foundation

/// A percentage read with a thousands group ("–24 101,7 %") where the text also reads an amount
/// and a percentage ("–24" | "101,7 %"): one-row-per-line text (`pdftotext -raw`, pypdf) runs a
/// row's variance and its percentage together, and the three-digit group rule joins a short
/// variance to the percentage's integer part. Shares and changes of a budget row are rarely a
/// thousand percent or more, while variances of under a thousand are common (synth koivukyla p. 4
/// "Avustukset –1 435 –1 459 –24 101,7 %", kurkivirta p. 6 "Myyntituotot 54 000 58 510 -4 510
/// 108,4"; every table of their rows printed the same way). Such a cell keeps its reading but is
/// flagged `ambiguous-split`.
enum PercentJoinedToAmount {
    /// Whether `number` of a row reading `row` is such a percentage: a `%` printed after it, or a
    /// decimal among amounts printed without decimals; its integer part ends in a three-digit group
    /// after another group.
    static func joins(_ number: String, row: [String]) -> Bool {
        let trimmed = number.trimmingCharacters(in: .whitespaces)
        let percent = trimmed.hasSuffix("%")
        let body = percent ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
        let parts = body.split(separator: ",", maxSplits: 1)
        guard let integer = parts.first else { return false }
        if !percent {
            // A decimal among whole amounts: the row prints its percentages without the sign.
            guard parts.count == 2, row.filter({ $0 != number }).allSatisfy({ !$0.contains(",") && !$0.contains("%") }),
                  row.count >= 3 else { return false }
        }
        let groups = integer.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" })
        guard groups.count >= 2, let last = groups.last, last.count == 3, last.allSatisfy(\.isASCIIDigit) else { return false }
        return true
    }

    /// Whether any number of the reading is such a percentage.
    static func inRow(_ numbers: [String]) -> Bool {
        numbers.contains { joins($0, row: numbers) }
    }
}
