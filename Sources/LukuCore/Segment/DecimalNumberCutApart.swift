/// A row whose figures read as one number with decimals, cut into cells of which one has no
/// decimals and the next has ("-14 021 854,91" under two columns read as "-14 021" | "854,91",
/// synth petajalampi p. 5 in `pdftotext`'s default order: NETTOMENO's four figures stand one per
/// line under the label, and the first alone was split to fill the header's two columns). The
/// group rule leaves that one reading, so the split looked certain; a table's figures print the
/// same decimals in every cell of a row, so the reading is in doubt and its cells are flagged.
enum DecimalNumberCutApart {
    /// The reading `numbers` of the row tail `tail` cuts one decimal number apart.
    static func matches(_ tail: [String], numbers: [String]) -> Bool {
        guard numbers.count >= 2, tail.count > 1, FinnishNumber.parse(tail.joined(separator: " ")) != nil else { return false }
        return zip(numbers, numbers.dropFirst()).contains { previous, next in !previous.contains(",") && next.contains(",") }
    }
}
