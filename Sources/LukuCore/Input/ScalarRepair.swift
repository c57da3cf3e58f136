/// A rule that reads a printed character again from its neighbours, where a second producer (a PDF
/// re-written by Ghostscript or cairo: print-to-PDF, PDF/A archives) regenerated the font's
/// ToUnicode map wrongly. One scalar is read as one other, so in a PDF each keeps its glyph's box and
/// nothing moves; the same rule reads the text made from such a PDF (`pdftotext`), where the same
/// scalars stand.
protocol ScalarRepair {
    /// Whether the scalar `v` can start a repair: a text or page without one is passed through.
    static func isCandidate(_ v: UInt32) -> Bool
    /// `scalars` with the rule's scalars read again (same count and order), or nil for no change.
    static func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]?
}

extension ScalarRepair {
    /// A page's glyphs (poppler's text order) with their scalars repaired, boxes and fonts kept.
    static func repair(glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { isCandidate($0.scalar.value) }),
              let fixed = repair(glyphs.map(\.scalar)) else { return glyphs }
        var out = glyphs
        for i in out.indices { out[i].scalar = fixed[i] }
        return out
    }

    /// A text with its scalars repaired.
    static func repair(text: String) -> String {
        guard text.unicodeScalars.contains(where: { isCandidate($0.value) }),
              let fixed = repair(Array(text.unicodeScalars)) else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: fixed)
        return String(view)
    }
}

/// The scalar repairs for re-written PDFs, in order, for glyphs and for text.
enum SecondProducerScalars {
    static func repair(glyphs: [Glyph]) -> [Glyph] {
        // One scan of the page decides for all three: almost every page has none of their scalars.
        guard glyphs.contains(where: { isCandidate($0.scalar.value) }) else { return glyphs }
        return ZeroWidthPlus.repair(glyphs: SoftHyphenMinus.repair(glyphs: ByteSwappedLigature.repair(glyphs: glyphs)))
    }

    /// Whether any of the repairs can start at `v`.
    static func isCandidate(_ v: UInt32) -> Bool {
        ZeroWidthPlus.isCandidate(v) || SoftHyphenMinus.isCandidate(v) || ByteSwappedLigature.isCandidate(v)
    }

    static func repair(text: String) -> String {
        ZeroWidthPlus.repair(text: SoftHyphenMinus.repair(text: ByteSwappedLigature.repair(text: text)))
    }
}

/// Whether `v` is a letter a repaired run may touch: ASCII and Latin-1 / Latin Extended letters
/// (ä, ö, å, š, ž), not the × and ÷ among them.
func isLatinLetterScalar(_ v: UInt32) -> Bool {
    (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
}
