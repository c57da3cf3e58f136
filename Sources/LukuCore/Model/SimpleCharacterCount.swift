/// The Character count of UTF-8 text read as its scalar count, where that is exact.
///
/// Every scalar below U+0300 (ASCII, Latin-1, Latin Extended: Finnish text) is a Character of
/// its own: nothing in that range extends, prepends to or joins a neighbour under Unicode's
/// grapheme rules, except CR before LF. A lead byte from 0xCC on starts a scalar at or above
/// U+0300. One place for the body-size vote (`TextLine.characterCount`) and the check rules'
/// label keys (`LabelKey.characterCount`), which both count many texts (issue 8).
enum SimpleCharacterCount {
    /// The scalars of `bytes` when every one is below U+0300 and none is CR; nil otherwise
    /// (count the `String` then).
    static func of<Bytes: Sequence>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        var scalars = 0
        for byte in bytes {
            if byte >= 0xCC || byte == 0x0D { return nil }
            if byte & 0xC0 != 0x80 { scalars += 1 }  // not a continuation byte
        }
        return scalars
    }

    /// `of(text.utf8)`, read from the text's contiguous UTF-8 buffer: walking `String.UTF8View`
    /// byte by byte checks each index (about 3 000 instructions a label key on the state
    /// budget, 11 M in all, issue 8); the bytes and the answer are the same.
    static func of(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { of($0) }
    }
}
