/// A row broken over lines at its minus signs, in `pdftotext -raw` and pypdf: the PDF sets each
/// minus above its figure in a narrow cell, and the extractor writes the sign as a line of its own
/// just before the figure's line, the row going on over several lines
/// ("TOIMINTAKULUT" / "-" / "46 525 690,00 0,00" / "-" / "46 525 690,00" / "-" /
/// "46 216 718,06 308 971,94", and "Toimintakate/Jäämä -40 190 730,00 0,00 -40 190 730,00" / "-" /
/// "38 396 165,19 1 794 564,81", kauhava-tilinpaatos-2024 p. 116). A lone sign followed by a line of
/// figures without a label continues the row above: the sign goes on the first figure after it.
/// The sign's figure is the one the reading order gives, not one the page shows beside it, so the
/// row's cells stay flagged as `SignLineAbove` flags them.
enum SignBrokenRow {
    /// The next non-empty line after the sign line `i` is figures only (no label).
    static func continues(_ lines: [TextLine], after i: Int) -> Bool {
        guard let j = (i + 1..<min(lines.count, i + 3)).first(where: { !lines[$0].isEmpty }) else { return false }
        let words = lines[j].words.map(\.text)
        guard let first = words.first, first.first?.isASCIIDigit == true else { return false }
        return TextTableBuilder.tailStart(words) == 0
    }

    /// The figures with the sign set on the first.
    static func signed(_ tail: [String], _ sign: String) -> [String] {
        guard let first = tail.first else { return tail }
        return [sign + first] + tail.dropFirst()
    }
}
