/// `SameItemRule.wordKey` read scalar by scalar instead of Character by Character (issue 8:
/// building the word keys was 62 M instructions on the state budget's main thread, 94 000 a
/// label: two Unicode property lookups per scalar, a scalar array, a String split into
/// Substrings and joined again).
///
/// The word key keeps letters and digits and reads every other character as a space, then
/// splits at spaces and joins the words with one space. Where every scalar is a Character of
/// its own, splitting at the space Character is splitting at the space scalar, so the key is
/// the kept scalars with one space between runs, none at either end. That holds for scalars
/// below U+0300 (Basic Latin to the Spacing Modifier Letters, the Finnish, Swedish and Sámi
/// letters among them): none of them extends a grapheme cluster or prepends to the next one
/// (UAX #29: their Grapheme_Cluster_Break is Other or Control, and CR LF cannot occur, as
/// `IdentitySupport.key` reads both as spaces). A key with any scalar from U+0300 on (a
/// combining mark, which can join a space into one Character) gets nil: the caller reads it
/// by Characters. In ASCII the Alphabetic property holds for A-Z and a-z alone; elsewhere
/// below U+0300 the property is asked as before. Same keys (LabelKeyBytesTests: every scalar
/// below U+0300 in every position of a label, and every line of the texts in `corpus/`).
enum WordKeyBytes {
    /// The word key of `key` (an `IdentitySupport.key`), or nil when a scalar of it is U+0300 or later.
    static func wordKey(ofKey key: String) -> String? {
        var out: [UInt8] = []
        var changed = false
        var pendingSpace = false
        for u in key.unicodeScalars {
            let v = u.value
            guard v < 0x300 else { return nil }
            let kept: Bool
            if v < 0x80 {
                kept = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else {
                kept = u.properties.isAlphabetic
            }
            guard kept else {
                if v != 0x20 { changed = true }
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if v < 0x80 {
                out.append(UInt8(v))
            } else {
                // Two UTF-8 bytes: every scalar from U+0080 to U+07FF.
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        // A key of letters, digits and single spaces is its own word key (as before, unchanged).
        return changed ? String(decoding: out, as: UTF8.self) : key
    }
}
