/// A minus sign read as a soft hyphen (U+00AD). Windows programs print the minus of a figure with
/// a WinAnsi font's code 0xAD (the "hyphen" glyph, a soft hyphen in Windows-1252), and a PDF with no
/// ToUnicode map reads it by its glyph name: "-38 396". Re-written by cairo (`pdftocairo -pdf`, what
/// CUPS and GTK print to PDF), the new ToUnicode map gives the code its Windows-1252 meaning, U+00AD,
/// which prints nothing and is dropped: the figure loses its sign and reads "38 396", a wrong number
/// that looks right (hold-out set 9: Kauhava's tilinpäätös through cairo, 330 figures; in the PDF and
/// in `pdftotext`'s text of it).
///
/// Read: a soft hyphen at the start of a word (after no letter or digit) directly before a digit is
/// the printed minus of that figure. A soft hyphen a word processor sets at a line's end follows a
/// letter and is followed by the line break, never by a digit, and is left alone.
enum SoftHyphenMinus: ScalarRepair {
    static func isCandidate(_ v: UInt32) -> Bool { v == 0xAD }

    static func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = scalars
        var changed = false
        for i in scalars.indices where scalars[i].value == 0xAD && i + 1 < scalars.count {
            guard (0x30...0x39).contains(scalars[i + 1].value) else { continue }
            if i > 0 {
                let p = scalars[i - 1].value
                if isLatinLetterScalar(p) || (0x30...0x39).contains(p) { continue }
            }
            out[i] = "-"
            changed = true
        }
        return changed ? out : nil
    }
}
