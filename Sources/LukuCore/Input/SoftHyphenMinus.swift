/// A minus sign read as a soft hyphen (U+00AD). Windows programs print the minus of a figure with
/// a WinAnsi font's code 0xAD (the "hyphen" glyph, a soft hyphen in Windows-1252), and a PDF with no
/// ToUnicode map reads it by its glyph name: "-38 396". Re-written by cairo (`pdftocairo -pdf`, what
/// CUPS and GTK print to PDF), the new ToUnicode map gives the code its Windows-1252 meaning, U+00AD,
/// which prints nothing and is dropped: the figure loses its sign and reads "38 396", a wrong number
/// that looks right (hold-out set 9: Kauhava's tilinpäätös through cairo, 330 figures; in the PDF and
/// in `pdftotext`'s text of it).
///
/// Read: a soft hyphen at the start of a word directly before a digit is the printed minus of that
/// figure. A soft hyphen a word processor sets at a line's end follows a letter and is followed by
/// the line break, never by a digit, and is left alone. In text a word starts after a space or a
/// line break; in a PDF poppler's text order runs one column's last figure into the next column's
/// first ("397 520­152 964", Kauhava p. 78), so there a word starts where the glyph before is not
/// set against the soft hyphen on its line.
enum SoftHyphenMinus: ScalarRepair {
    static func isCandidate(_ v: UInt32) -> Bool { v == 0xAD }

    /// A page's glyphs with each soft hyphen that starts a figure read as its minus.
    static func repair(glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { $0.scalar.value == 0xAD }) else { return glyphs }
        var out = glyphs
        for i in glyphs.indices where glyphs[i].scalar.value == 0xAD && i + 1 < glyphs.count {
            guard NumberJoiner.isASCIIDigit(glyphs[i + 1].scalar) else { continue }
            if i > 0, continuesWord(glyphs[i - 1], into: glyphs[i]) { continue }
            out[i].scalar = "-"
        }
        return out
    }

    /// Whether `previous` is a letter or digit set right against `glyph` on its line (the same
    /// word), not text that merely comes before it in poppler's order.
    private static func continuesWord(_ previous: Glyph, into glyph: Glyph) -> Bool {
        let v = previous.scalar.value
        guard isLatinLetterScalar(v) || NumberJoiner.isASCIIDigit(previous.scalar) else { return false }
        let height = max(glyph.box.y1 - glyph.box.y0, 1)
        let sameLine = min(previous.box.y1, glyph.box.y1) - max(previous.box.y0, glyph.box.y0) > height / 2
        return sameLine && abs(glyph.box.x0 - previous.box.x1) < height * 0.15
    }

    static func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = scalars
        var changed = false
        for i in scalars.indices where scalars[i].value == 0xAD && i + 1 < scalars.count {
            guard NumberJoiner.isASCIIDigit(scalars[i + 1]) else { continue }
            if i > 0 {
                let p = scalars[i - 1].value
                if isLatinLetterScalar(p) || NumberJoiner.isASCIIDigit(scalars[i - 1]) { continue }
            }
            out[i] = "-"
            changed = true
        }
        return changed ? out : nil
    }
}
