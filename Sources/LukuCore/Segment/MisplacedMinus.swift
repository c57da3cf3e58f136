/// A cell of digit groups with a lone minus sign (U+2212) between them: pymupdf4llm's reading of
/// the Word-made synthetic kuusimaki, whose negative amounts it writes as "340<br>−<br>170 584,08"
/// and "2<br>−070 794,23" (pp. 1, 2 and 6: Toimintakulut, Korkokulut, Investointimenot) and
/// its percentages as "10,8%<br>−". The sign printed before the number has been set among its
/// groups. The number lexer reads "340 − 170 584" as a range and `CellReader.looksNumeric` then
/// calls it text, so the cell stood in a numeric column with no value and no flag. Which figure
/// was printed is not in the text (the sign's place is lost), so the cell is not read: it is
/// flagged `unreadable`. pymupdf4llm's cells of that shape are read before this by
/// `MinusAmongCellLines` (the row flagged); this flag is for the cells left. U+2212 is the mathematical minus: ranges are printed with a hyphen or an
/// en dash ("2023–2024"), which this rule leaves alone.
enum MisplacedMinus {
    static let minus: UInt32 = 0x2212

    /// Digits, number marks and at least one U+2212, with digits on both sides of a minus or a
    /// minus after the last digit ("10,8% −").
    static func matches(_ text: String) -> Bool {
        var digits = 0, minuses = 0
        for u in text.unicodeScalars {
            switch u.value {
            case 0x30...0x39: digits += 1
            case minus: minuses += 1
            case 0x2C, 0x2E, 0x25, 0x20: continue
            case _ where FinnishNumber.isSpace(u.value) || FinnishNumber.isInvisible(u.value): continue
            default: return false
            }
        }
        guard digits > 0, minuses > 0 else { return false }
        // A sign in front of every digit is an ordinary negative number, not this.
        let trimmed = text.drop { $0 == " " }
        return trimmed.unicodeScalars.first?.value != minus || minuses > 1
    }
}
