/// A pipe cell holding two figures side by side ("23 330 23 428", "15330 16320"): the converter
/// put two printed columns into one cell, so the row's later cells may stand one column left of
/// their headers. The cell itself reads as no number (`CellReader` flags it); this rule makes the
/// whole row doubtful so that the figures after it are flagged too (the values are never moved
/// or changed). Found in markitdown's Markdown of synth pauhavaara (Word, p. 11 "Asukasmäärä
/// 31.12. | 23 330 23 428 | 22 752 | …", where every later figure stood under the wrong year) and
/// petajalampi (sheet, p. 2 "Myyntituotot | 15330 16320 | -6,1 %").
enum TwoFiguresInOnePipeCell {
    /// True when a value cell (not the label, index 0) is two or more figures and no one number.
    static func applies(_ cells: [String]) -> Bool {
        cells.indices.dropFirst().contains { holdsTwoFigures(cells[$0]) }
    }

    /// Two figures of one shape side by side: the cell cuts into two numbers with the same
    /// decimals whose integer parts differ by at most one digit (a row's two years), and does not
    /// read as one number. A fused number ("65659 576,31", "4 780470": `FusedThousandsGroups`) is
    /// no such pair.
    static func holdsTwoFigures(_ cell: String) -> Bool {
        // A per cent sign after each figure ("23,46 % 22,20 %", synth tamminiemi's key figures) is
        // the column's unit, not part of the pair's shape.
        let tokens = spacedAtJoinedMinus(cell).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
            .map { $0.hasSuffix("%") ? String($0.dropLast()) : String($0) }.filter { !$0.isEmpty }
            .reduce(into: [String]()) { out, token in
                // A minus set apart from its digits ("- 16.317.230") belongs to them.
                if let last = out.last, last.count == 1, "-−–".contains(last) { out[out.count - 1] = last + token } else { out.append(token) }
            }
        guard tokens.count >= 2, tokens.allSatisfy({ isFigureToken(Substring($0)) }) else { return false }
        // Periods side by side ("2016 2017") head columns: a header cell, not two figures.
        if tokens.allSatisfy({ WordTraits.isYear(String($0.drop { "-−–".contains($0) })) }) { return false }
        guard FinnishNumber.parse(cell) == nil else { return false }
        return (1..<tokens.count).contains { k in
            let left = tokens[..<k].joined(separator: " "), right = tokens[k...].joined(separator: " ")
            guard FinnishNumber.parse(left) != nil, FinnishNumber.parse(right) != nil else { return false }
            return shape(left).decimals == shape(right).decimals && abs(shape(left).digits - shape(right).digits) <= 1
        }
    }

    /// The cell without invisible characters and with a space before a minus that follows a digit:
    /// markitdown of Lapua's minutes (dot-grouped, a zero-width space after each minus) prints two
    /// figures as "-\u{200B} 16.317.230-\u{200B}12.806.828", the second one's minus against the
    /// first one's last digit. Years joined by a hyphen ("2023-2024") stay years, never figures.
    private static func spacedAtJoinedMinus(_ cell: String) -> String {
        var out = ""
        var previous: Character?
        for c in cell where !(c.unicodeScalars.count == 1 && FinnishNumber.isInvisible(c.unicodeScalars.first!.value)) {
            if "-−–".contains(c), let p = previous, p.isASCIIDigit { out.append(" ") }
            out.append(c)
            previous = c
        }
        return out
    }

    /// Integer digits and decimal digits of a figure's text.
    private static func shape(_ figure: String) -> (digits: Int, decimals: Int) {
        let parts = figure.split(separator: ",", maxSplits: 1)
        return (parts[0].filter(\.isASCIIDigit).count, parts.count > 1 ? parts[1].filter(\.isASCIIDigit).count : 0)
    }

    /// Digits with an optional leading minus and decimal comma: a digit group or a whole figure,
    /// its thousands grouped by dots or not ("-16.317.230", Lapua's minutes).
    private static func isFigureToken(_ token: Substring) -> Bool {
        var body = token
        if let first = body.first, "-−–".contains(first) { body = body.dropFirst() }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return false }
        return groups.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
            && parts.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}
