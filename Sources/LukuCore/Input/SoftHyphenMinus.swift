/// A minus sign read as a soft hyphen (U+00AD). Windows programs print the minus of a figure with
/// a WinAnsi font's code 0xAD (the "hyphen" glyph, a soft hyphen in Windows-1252), and a PDF with no
/// ToUnicode map reads it by its glyph name: "-38 396". Re-written by cairo (`pdftocairo -pdf`, what
/// CUPS and GTK print to PDF), the new ToUnicode map gives the code its Windows-1252 meaning, U+00AD,
/// which prints nothing and is dropped: the figure loses its sign and reads "38 396", a wrong number
/// that looks right (hold-out set 9: Kauhava's tilinpäätös through cairo, 330 figures; in the PDF and
/// in `pdftotext`'s text of it).
///
/// Read, three cases, each giving back the hyphen-minus the source PDF reads for that glyph:
/// - `startsFigure`: a soft hyphen at the start of a word directly before a digit is the printed
///   minus of that figure. A soft hyphen a word processor sets at a line's end follows a letter and
///   is followed by the line break, never by a digit, and is left alone. In text a word starts after
///   a space or a line break; in a PDF poppler's text order runs one column's last figure into the
///   next column's first ("397 520­152 964", Kauhava p. 78), so there a word starts where the glyph
///   before is not set against the soft hyphen on its line.
/// - `standsAlone`: a soft hyphen that is a word of its own (a space or a line's end on both sides;
///   in a PDF a glyph with a width, no letter or digit set against it on either side) is a drawn dash,
///   never a hyphenation point: a soft hyphen is only drawn where a word breaks, right after its
///   letters. Kauhava prints a figure's minus apart from it ("- 179", p. 124) or on a line of its own
///   above a wrapped row's figures (p. 116, `SignLineAbove`); through cairo these were dropped and
///   the figures read positive, 6 wrong without a flag in the PDF and 3 in `pdftotext -layout`. Read
///   as "-", the rules that read the source's lone minus (`SignLineAbove`, the spaced sign) decide,
///   with their flags, as on the source.
/// - `betweenDigits`: a soft hyphen set right against a digit on both sides is a drawn hyphen, never a
///   hyphenation point (nothing is hyphenated between two digits): Kauhava's business IDs "0208850­1"
///   (p. 145) and ranges "8­12/2024", which through cairo lost the hyphen and read as two figures,
///   0208850 and 1, in the holdings table. Read as "-" they are what the source prints; a soft hyphen
///   at a line's end after a digit ("1234­" / "5678") is followed by the break and left alone.
enum SoftHyphenMinus: ScalarRepair {
    static func isCandidate(_ v: UInt32) -> Bool { v == 0xAD }

    /// A page's glyphs with each soft hyphen that starts a figure, stands alone or stands between two
    /// digits read as "-".
    static func repair(glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { $0.scalar.value == 0xAD }) else { return glyphs }
        var out = glyphs
        for i in glyphs.indices where glyphs[i].scalar.value == 0xAD {
            let before = i > 0 ? glyphs[i - 1] : nil
            let after = i + 1 < glyphs.count ? glyphs[i + 1] : nil
            if let before, setAgainst(before, glyphs[i]) {
                if NumberJoiner.isASCIIDigit(before.scalar), let after, NumberJoiner.isASCIIDigit(after.scalar),
                   setAgainst(glyphs[i], after) { out[i].scalar = "-" }  // betweenDigits
                continue
            }
            let startsFigure = after.map { NumberJoiner.isASCIIDigit($0.scalar) } ?? false
            let standsAlone = !(after.map { setAgainst(glyphs[i], $0) } ?? false) && hasWidth(glyphs[i])
            if startsFigure || standsAlone { out[i].scalar = "-" }
        }
        return out
    }

    /// Whether `left` and `right` are a letter or digit and the soft hyphen (either way round) set
    /// right against each other on one line (the same word), not glyphs that merely follow each other
    /// in poppler's order.
    private static func setAgainst(_ left: Glyph, _ right: Glyph) -> Bool {
        let other = left.scalar.value == 0xAD ? right : left
        guard isLatinLetterScalar(other.scalar.value) || NumberJoiner.isASCIIDigit(other.scalar) else { return false }
        let height = max(right.box.y1 - right.box.y0, 1)
        let sameLine = min(left.box.y1, right.box.y1) - max(left.box.y0, right.box.y0) > height / 2
        return sameLine && abs(right.box.x0 - left.box.x1) < height * 0.15
    }

    /// A drawn glyph: a soft hyphen a producer leaves in the text layer without drawing it has no width.
    private static func hasWidth(_ glyph: Glyph) -> Bool {
        glyph.box.x1 - glyph.box.x0 > (glyph.box.y1 - glyph.box.y0) * 0.1
    }

    static func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = scalars
        var changed = false
        for i in scalars.indices where scalars[i].value == 0xAD {
            let previous = i > 0 ? scalars[i - 1] : nil
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            let digitBefore = previous.map { NumberJoiner.isASCIIDigit($0) } ?? false
            let startsFigure = next.map { NumberJoiner.isASCIIDigit($0) } ?? false
            let inWord = digitBefore || previous.map { isLatinLetterScalar($0.value) } ?? false
            let standsAlone = (previous.map(isBreak) ?? true) && (next.map(isBreak) ?? true)
            let betweenDigits = digitBefore && startsFigure
            guard betweenDigits || !inWord && (startsFigure || standsAlone) else { continue }
            out[i] = "-"
            changed = true
        }
        return changed ? out : nil
    }

    /// A space or a line break: what sets a word apart in text.
    private static func isBreak(_ u: Unicode.Scalar) -> Bool {
        FinnishNumber.isSpace(u.value) || u.value == 0x0C
    }
}
