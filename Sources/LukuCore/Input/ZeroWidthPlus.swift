/// A zero-width space read as a plus sign. Lapua's pöytäkirja (OpenSans, CID) prints a zero-width
/// space (U+200B) after a figure's minus and inside its decimals ("-​ 16.756.130", "79,​5"), which
/// prints nothing and is dropped. Re-written by Ghostscript pdfwrite (and its PDF/A route), the new
/// ToUnicode map names that glyph "+": "-+ 16.756.130", "79,+5", a plus that is no sign and turns
/// "79,5" into two figures (hold-out set 9: Lapua sivla through gs and PDF/A, every figure of its
/// käyttötalous tables).
///
/// Read: in a PDF, a "+" whose glyph has no width (its advance is zero: nothing is printed) is the
/// zero-width space. In text, where widths are gone, a "+" right after a figure's minus or its
/// decimal comma and before its digits ("-+ 16", "-+12", "79,+5") is one: no figure is printed so;
/// so is one between a hyphen and a percent sign (the column head "Tot-+%", printed "Tot-%"): left
/// as "+", the head splits in two and the columns under it shift.
enum ZeroWidthPlus: ScalarRepair {
    static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"

    static func isCandidate(_ v: UInt32) -> Bool { v == 0x2B }

    /// A page's glyphs with every zero-width "+" read as the zero-width space it draws.
    static func repair(glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { $0.scalar == "+" && $0.box.x1 - $0.box.x0 < 0.01 }) else { return glyphs }
        var out = glyphs
        for i in out.indices where out[i].scalar == "+" && out[i].box.x1 - out[i].box.x0 < 0.01 {
            out[i].scalar = zeroWidthSpace
        }
        return out
    }

    static func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = scalars
        var changed = false
        for i in scalars.indices where scalars[i] == "+" && i > 0 {
            let before = scalars[i - 1]
            guard before == "-" || before == "," else { continue }
            var next = i + 1
            if before == "-" { while next < scalars.count, scalars[next] == " " { next += 1 } }
            guard next < scalars.count,
                  NumberJoiner.isASCIIDigit(scalars[next]) || (before == "-" && next == i + 1 && scalars[next] == "%") else { continue }
            out[i] = zeroWidthSpace
            changed = true
        }
        return changed ? out : nil
    }
}
