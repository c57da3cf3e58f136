/// `IdentitySupport.key` built as UTF-8 bytes (issue 8). The key of a label is its scalars with
/// whitespace runs folded to one space (none at either end) and upper-cased. It was built by
/// appending scalars to a `String.UnicodeScalarView` (about 420 instructions a scalar) and,
/// for any label outside ASCII (most Finnish ones: ä, ö), by `String.uppercased()` (40 000
/// instructions a label): 35 M instructions on the state budget's main thread.
///
/// `uppercased()` maps scalar by scalar (each scalar's full upper-case mapping, concatenated).
/// For ASCII a-z and the Latin-1 small letters U+00E0-U+00FE other than ÷ (à-þ: ä, ö, å, é,
/// ü, õ …) that mapping is the one scalar 0x20 below (UnicodeData.txt; none of them has a
/// SpecialCasing entry); for A-Z and the Latin-1 capitals U+00C0-U+00DE other than × it is the
/// scalar itself. Those are mapped here by range. A key holding any other scalar from U+0080
/// on (ß, ÿ, µ, Greek, a combining mark …) is upper-cased by `uppercased()` as before; upper-
/// casing the scalars already mapped again leaves them as they are, so the key is the same.
/// Same keys as before (LabelKeyBytesTests: every Unicode scalar in the middle of a label, and
/// every line of the texts in `corpus/`).
enum LabelKeyBytes {
    static func key(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var ascii = true
        var mapped = true  // every scalar from U+0080 on was a Latin-1 letter mapped by range
        for u in text.unicodeScalars {
            let v = u.value
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v >= 0x80 && u.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if v >= 0x61 && v <= 0x7A {
                out.append(UInt8(v - 0x20))
            } else if v < 0x80 {
                out.append(UInt8(v))
            } else {
                ascii = false
                var upper = u
                if v >= 0xE0 && v <= 0xFE && v != 0xF7 {
                    upper = Unicode.Scalar(UInt8(v - 0x20))
                } else if !(v >= 0xC0 && v <= 0xDE && v != 0xD7) {
                    mapped = false
                }
                Unicode.UTF8.encode(upper) { out.append($0) }
            }
        }
        let folded = String(decoding: out, as: UTF8.self)
        return ascii || mapped ? folded : folded.uppercased()
    }
}
