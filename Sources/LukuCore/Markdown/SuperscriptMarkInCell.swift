/// A footnote mark a converter wrote as HTML superscript after a figure in a pipe cell:
/// pymupdf4llm's Markdown of hold-out 08 (p. 2, the ympäristölautakunta follow-up, raised small
/// marks) has `|324 730<sup>3)</sup>|`, `|–8 754<sup>*</sup>|` and `|**–112 045**<sup>4)</sup>|`.
/// Read as it stands the cell is text, so the row kept no value there and said nothing. The tags
/// go and the mark stays after the figure with a space, as `pdftotext` prints the same marks on
/// p. 1 (`–998 184 1)`): the cell is then the "number with a footnote mark" that `MarkedNumber`
/// flags `unreadable`, never a silent text cell or a number with the mark's digits in it. Only a
/// mark of the footnote shapes (one or two digits with `)`, asterisks; one or two raised digits,
/// written as the superscript digits "¹", "²") is rewritten; any other
/// superscript (`m<sup>2</sup>` in a label) is left as the converter wrote it.
enum SuperscriptMarkInCell {
    /// The cell with a trailing `<sup>mark</sup>` after a figure written as "figure mark".
    static func rewritten(_ cell: String) -> String {
        guard let open = cell.range(of: "<sup>", options: [.caseInsensitive, .backwards]),
              let close = cell.range(of: "</sup>", options: .caseInsensitive, range: open.upperBound..<cell.endIndex),
              cell[close.upperBound...].allSatisfy({ $0 == " " || $0 == "*" }) else { return cell }
        let mark = unemphasised(cell[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
        let before = cell[..<open.lowerBound]
        // The figure may close its bold before the mark ("**–112 045**<sup>4)</sup>", hold-out 08).
        guard before.reversed().first(where: { $0 != "*" && $0 != "_" })?.isNumber == true else { return cell }
        if isMark(mark) { return String(before) + " " + mark + String(cell[close.upperBound...]) }
        // A raised digit alone ("<sup>1</sup>") is the superscript digit `MarkedNumber` knows.
        guard (1...2).contains(mark.count), mark.allSatisfy(\.isASCIIDigit) else { return cell }
        return String(before) + String(mark.map(superscript)) + String(cell[close.upperBound...])
    }

    /// ¹ ² ³ and ⁰ ⁴–⁹ for an ASCII digit.
    static func superscript(_ digit: Character) -> Character {
        let table: [Character] = ["\u{2070}", "\u{00B9}", "\u{00B2}", "\u{00B3}", "\u{2074}", "\u{2075}",
                                  "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}"]
        guard let v = digit.wholeNumberValue, table.indices.contains(v) else { return digit }
        return table[v]
    }

    /// The mark without the bold it shares with its figure: pymupdf4llm writes the mark of a bold
    /// total row bold too (hold-out set 4's hold4-05, "|**Vuosikate**|**453,0**<sup>**1)**</sup>|"):
    /// "**1)**" → "1)". Asterisks alone ("*", "**") are the mark itself and stay.
    /// Italics the same way: TeX's `$^{*}$` is set in a math italic font, so pymupdf4llm writes
    /// "<sup>_∗_</sup>" (hold-out set 5's hold5-05) → "∗".
    static func unemphasised(_ mark: String) -> String {
        if mark.count > 2, mark.hasPrefix("_"), mark.hasSuffix("_"), !mark.hasPrefix("__") {
            let inner = String(mark.dropFirst().dropLast())
            return inner.contains("_") ? mark : inner
        }
        guard mark.count > 4, mark.hasPrefix("**"), mark.hasSuffix("**") else { return mark }
        let inner = String(mark.dropFirst(2).dropLast(2))
        return inner.contains("*") ? mark : inner
    }

    /// "3)", "12)", "*", "**", and TeX's math asterisk "∗" (U+2217), a mark `MarkedNumber` knows.
    static func isMark(_ mark: String) -> Bool {
        if mark.hasSuffix(")") {
            let digits = mark.dropLast()
            return (1...2).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
        }
        return !mark.isEmpty && mark.count <= 3 && mark.allSatisfy { $0 == "*" || $0 == "\u{2217}" }
    }
}
