/// A reading of a row's figures that cuts one decimal number apart: a cell without decimals
/// followed by a cell with them, which together read as one number ("-14 021 854,91" under two
/// columns read as "-14 021" | "854,91", synth petajalampi p. 5 in `pdftotext`'s default order,
/// where NETTOMENO's four figures stand one per line and the first alone was split to fill the
/// header's two columns; "18 100 000,00 8 000 000,00 126,3%" under four columns read as "18" |
/// "100 000,00" | "8 000 000,00" | "126,3%", synth kuusimaki p. 2 in pypdf). The group rule leaves
/// that one reading, so the split looked certain; a table prints the same decimals in every
/// amount of a row, so the reading is in doubt and its cells are flagged.
enum DecimalNumberCutApart {
    /// The reading `numbers` of a row cuts one decimal number apart.
    static func matches(_ tail: [String], numbers: [String]) -> Bool {
        zip(numbers, numbers.dropFirst()).contains { previous, next in
            !previous.contains(",") && next.contains(",") && !next.hasSuffix("%")
                && FinnishNumber.parse(previous + " " + next) != nil
        }
    }
}
