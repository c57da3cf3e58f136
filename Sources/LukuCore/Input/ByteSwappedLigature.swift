/// A ligature's letters written as CJK ideographs. Ghostscript's pdfwrite (10.00: `ps2pdf`, print
/// to PDF, PDF/A normalisation) re-writes a font's ToUnicode map and writes a ligature glyph's
/// letters ("tt", "ti", "ft") as UTF-16 code units with their two bytes swapped: "t" (U+0074)
/// becomes U+7400 "琀", "i" (U+0069) U+6900 "椀". LibreOffice sets Carlito's and Calibri's "tt",
/// "ti", "ft" as ligatures, so a re-written page reads "Kun琀椀en 琀椀linpäätösten", "Mi琀琀arit",
/// "tavoi琀琀eet" (hold-out set 9: the three kemijarvi corpus PDFs through gs and through PDF/A), in
/// the PDF and in the text made from it. A label or a column head so spelled matches nothing.
///
/// Read: a run of ideographs whose low byte is zero and whose high byte is an ASCII letter
/// (U+4100–U+5A00 and U+6100–U+7A00, all CJK) is those letters when the run touches a Latin
/// letter on either side. An ideograph is never part of a Finnish or Swedish word, and real CJK
/// text is not a run of code points all ending in 00 set against Latin letters.
enum ByteSwappedLigature: ScalarRepair {
    /// The ASCII letter a byte-swapped code unit stands for, or nil.
    static func letter(_ v: UInt32) -> UInt32? {
        guard v & 0xFF == 0 else { return nil }
        let high = v >> 8
        return (0x41...0x5A).contains(high) || (0x61...0x7A).contains(high) ? high : nil
    }

    static func isCandidate(_ v: UInt32) -> Bool { letter(v) != nil }

    static func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = scalars
        var changed = false
        var i = 0
        while i < scalars.count {
            guard letter(scalars[i].value) != nil else { i += 1; continue }
            var end = i
            while end < scalars.count, letter(scalars[end].value) != nil { end += 1 }
            let before = i > 0 && isLatinLetterScalar(scalars[i - 1].value)
            let after = end < scalars.count && isLatinLetterScalar(scalars[end].value)
            if before || after {
                for k in i..<end {
                    if let l = letter(scalars[k].value), let s = Unicode.Scalar(l) { out[k] = s; changed = true }
                }
            }
            i = end
        }
        return changed ? out : nil
    }
}
