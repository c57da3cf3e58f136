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
        let tokens = cell.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).map(String.init)
        guard tokens.count >= 2, tokens.allSatisfy({ isFigureToken(Substring($0)) }) else { return false }
        // Periods side by side ("2016 2017") head columns: a header cell, not two figures.
        if tokens.allSatisfy({ WordTraits.isYear($0) }) { return false }
        guard FinnishNumber.parse(cell) == nil else { return false }
        return (1..<tokens.count).contains { k in
            let left = tokens[..<k].joined(separator: " "), right = tokens[k...].joined(separator: " ")
            guard FinnishNumber.parse(left) != nil, FinnishNumber.parse(right) != nil else { return false }
            return shape(left).decimals == shape(right).decimals && abs(shape(left).digits - shape(right).digits) <= 1
        }
    }

    /// Integer digits and decimal digits of a figure's text.
    private static func shape(_ figure: String) -> (digits: Int, decimals: Int) {
        let parts = figure.split(separator: ",", maxSplits: 1)
        return (parts[0].filter(\.isASCIIDigit).count, parts.count > 1 ? parts[1].filter(\.isASCIIDigit).count : 0)
    }

    /// Digits with an optional leading minus and decimal comma: a digit group or a whole figure.
    private static func isFigureToken(_ token: Substring) -> Bool {
        var body = token
        if let first = body.first, "-−–".contains(first) { body = body.dropFirst() }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}
