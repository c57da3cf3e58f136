/// The thousands space of a number printed in a monospace font: as wide as a digit.
///
/// `NumberJoiner` joins digit groups whose gap is a thousands gap, below `thousandsGapEm`
/// (0.34 em: a proportional font's space is 0.22–0.30 em). In a monospace font every glyph, the
/// space included, is one cell wide, 0.6 em in Courier: "6 144 720" printed by a report writer in
/// the core font Courier (FPDF / TCPDF / fpdf2 listings, ERP printouts, hold-out set 8: hold8-05,
/// hold8-09) has 0.6 em between its groups, above even the doubtful band (0.42 em), and was read
/// as three cells `6`, `144`, `720` (46 figures wrong without a flag).
///
/// Read as a thousands space: the gap between a word ending in a digit and a word that is a
/// digit group, both in a monospace font (`FontFace.isMonospace`, by name: Courier, … Mono,
/// Consolas), that is one glyph cell wide (within `tolerance` of a cell: the right word's width
/// over its glyph count). Columns of such listings are several cells apart (a right-aligned
/// column leaves the unused width of its cell); a single cell between two columns would run
/// them together for the reader too, as it does in the printed text (`pdftotext -layout` keeps
/// one space there, and the text path reads that space the same way).
enum MonospaceDigitGroups {
    /// Slack around one cell: coordinates rounded to 0.01 pt, and a cell is ≥ 3 pt.
    static let tolerance = 0.05

    /// Whether the gap `gap` (points) between `left` and `right` is one monospace cell.
    static func isThousandsSpace(_ left: Word, _ right: Word, gap: Double) -> Bool {
        guard left.isMonospace, right.isMonospace, gap > 0,
              let l = left.text.unicodeScalars.last, NumberJoiner.isASCIIDigit(l),
              let r = right.text.unicodeScalars.first, NumberJoiner.isASCIIDigit(r),
              let box = right.box else { return false }
        let glyphs = right.text.unicodeScalars.count
        guard glyphs > 0 else { return false }
        let cell = box.width / Double(glyphs)
        return cell > 0 && abs(gap - cell) <= tolerance * cell
    }
}
