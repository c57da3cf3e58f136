import Foundation

/// A label key (a `String`) as a dictionary key and sort key that reads its UTF-8 bytes where
/// that is what `String` itself decides (issue 8). A `String` hashes its Unicode normal form
/// (NFC), scalar by scalar, for any text outside ASCII, and compares two such texts by
/// normalising both: about 2 400 instructions a lookup for a Finnish label ("YHTEENSÄ"). On the
/// state budget (19 pages) the document rules' `String`-keyed dictionaries, counts and sorts
/// were 8 % of the whole run's instructions (callgrind).
///
/// Why it decides as `String` does: two `String`s are equal when their NFC code units are equal,
/// `String` hashes those code units, and `<` orders two NFC texts by their bytes (UTF-8 byte
/// order is scalar order; LabelKeyTests checks every neighbour pair of the corpus's keys). A text whose every byte is below 0xCC holds only scalars below U+0300: none is
/// a combining mark or composes with the scalar before it (all canonical compositions join a
/// scalar from U+0300 on), so the text is its own NFC, the standard library's own quick check.
/// For two such texts, bytes decide equality and order, and the bytes are the code units that
/// are hashed. Any other text is hashed by its NFC code units (`_nfcCodeUnits`, the standard
/// library's normaliser) and compared as a `String`. So a `LabelKey` equals exactly the keys its
/// `String` equals, equal keys hash alike, and keys sort as their strings: a dictionary keyed by
/// `LabelKey` holds the entries one keyed by the `String` holds (LabelKeyTests). (For a few texts
/// outside NFC, "… U+0344" against "… U+0308", `String`'s `<` ranks neither first: where a
/// sort puts them depends on the order they came in, by `String` or by `LabelKey` alike.)
struct LabelKey: Hashable, Comparable, Sendable {
    let string: String
    /// Every byte below 0xCC (every scalar below U+0300): the text is its own NFC.
    let isOwnNFC: Bool

    init(_ string: String) {
        var s = string
        isOwnNFC = s.withUTF8 { bytes in !bytes.contains { $0 >= 0xCC } }
        self.string = s
    }

    func hash(into hasher: inout Hasher) {
        if isOwnNFC {
            var s = string
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        } else {
            string._nfcCodeUnits.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    static func == (a: LabelKey, b: LabelKey) -> Bool {
        guard a.isOwnNFC, b.isOwnNFC else { return a.string == b.string }
        return compareBytes(a.string, b.string) == 0
    }

    static func < (a: LabelKey, b: LabelKey) -> Bool {
        guard a.isOwnNFC, b.isOwnNFC else { return a.string < b.string }
        return compareBytes(a.string, b.string) < 0
    }

    /// Lexicographic order of the two texts' UTF-8 bytes (a proper prefix first): -1, 0 or 1.
    private static func compareBytes(_ a: String, _ b: String) -> Int {
        var x = a, y = b
        return x.withUTF8 { p in
            y.withUTF8 { q in
                let n = min(p.count, q.count)
                if n > 0, let pa = p.baseAddress, let qa = q.baseAddress {
                    let c = memcmp(pa, qa, n)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return p.count == q.count ? 0 : (p.count < q.count ? -1 : 1)
            }
        }
    }

    /// `string.count` (Characters). In a text of scalars below U+0300 without a carriage return
    /// every scalar is a Character of its own (no scalar there extends a cluster; CR LF is the
    /// one pair that joins), so the count is the number of scalars: the bytes that do not
    /// continue a UTF-8 sequence. Other texts are counted by `String`.
    var characterCount: Int {
        guard isOwnNFC else { return string.count }
        return SimpleCharacterCount.of(string) ?? string.count
    }
}
