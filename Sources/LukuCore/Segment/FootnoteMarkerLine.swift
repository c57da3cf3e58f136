/// A footnote marker printed raised after a row's figure, with the row's next figures: "Toimintatuotot
/// 18 570,5" / "1) 20 419,2", "Valtionosuudet 57 040,6" / "2) 53 080,2" (hold4-05, Apache FOP's
/// `baseline-shift="super"` markers, in `pdftotext -raw`). The raised marker sits above the row's
/// baseline, so `-raw` ends the line at it and writes the marker and the figures after it on a line
/// of their own. DOMAIN.md: notes are marked "1)", "2)", "*" after a figure or label and explained
/// under the table. The text counterpart of `RaisedFootnoteMark` (the PDF path). Read apart, the row held one figure for two columns (placed as a short row,
/// flagged) and the marker line became a row "1)" of its own.
///
/// Joined only when the line is a marker and figures and nothing else, right under a row with
/// figures on the same page, and the row's figures and the line's read as one row of the header's
/// columns, each part as the fewest numbers it can (a full row with more figures under it is
/// left as it was). The marker is left out: it is a note's reference, never a value.
enum FootnoteMarkerLine {
    /// "1)", "12)", "a)", "*", "**", "***".
    static func isMarker(_ word: String) -> Bool {
        if !word.isEmpty, word.count <= 3, word.allSatisfy({ $0 == "*" }) { return true }
        guard word.count >= 2, word.count <= 3, word.hasSuffix(")") else { return false }
        let body = word.dropLast()
        return body.allSatisfy(\.isASCIIDigit) || body.count == 1 && body.allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// The figures after the marker, when `words` are a marker and figures only.
    static func figures(_ words: [String]) -> [String]? {
        guard words.count >= 2, isMarker(words[0]), words.dropFirst().allSatisfy(TextTableBuilder.isTailToken) else { return nil }
        return Array(words.dropFirst())
    }

    /// Whether the figures `more` complete the row of figures `tail` in `columns` columns: they read
    /// as the fewest numbers they can (k), the row's own as the other `columns` − k, and both
    /// together as `columns`.
    static func completes(_ tail: [String], with more: [String], columns: Int) -> Bool {
        guard columns >= 2, !tail.isEmpty,
              let k = (1..<columns).first(where: { DigitRunSplitter.split(more, columns: $0) != nil }) else { return false }
        return DigitRunSplitter.split(tail, columns: columns - k) != nil && DigitRunSplitter.split(tail + more, columns: columns) != nil
    }
}
