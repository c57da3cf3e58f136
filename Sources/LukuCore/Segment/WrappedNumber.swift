/// Numbers wrapped inside a narrow cell: Excel prints "11 635 000" as "11 635" on a line of its
/// own and "000" on the row's line (Kauhava p. 120). A label-less line of numbers right above a
/// row whose cells in the same columns are lone three-digit groups is the start of those numbers.
/// A lower group starting with 0 cannot be a number of its own, so that join is certain; any
/// other join ("15 660" + "700") is a reading a heuristic chose and is flagged `ambiguous-split`.
enum WrappedNumber {
    /// The row's cells with the wrapped starts joined in, or nil when the lines do not fit.
    static func join(upper: [Cell?], lower: [Cell?], columns: [Column]) -> [Cell?]? {
        var joined = lower
        var any = false
        for (c, top) in upper.enumerated() {
            guard let top else { continue }
            guard c < lower.count, let bottom = lower[c], isLoneGroup(bottom.text),
                  NumberJoiner.isGroupedNumberPrefix(top.text) else { return nil }
            let certain = bottom.text.hasPrefix("0")
            joined[c] = CellReader.cell(top.text + " " + bottom.text, column: c < columns.count ? columns[c] : nil,
                                        doubtful: !certain)
            joined[c]?.bbox = BoundingBox.union(top.bbox, bottom.bbox)
            guard joined[c]?.value != nil else { return nil }
            any = true
        }
        return any ? joined : nil
    }

    /// "000", "700", "763,67": exactly three digits, optionally with decimals.
    static func isLoneGroup(_ text: String) -> Bool {
        NumberJoiner.isThreeDigitGroup(text)
    }
}
