/// Feeds a text's bytes to a `Hasher` eight at a time (issue 8). `Hasher.combine(bytes:)` costs
/// about 400 instructions for a 20–40-byte label (it buffers the bytes one by one); the document
/// rules' `LabelKey` and `KeyMemo` dictionaries hash some 50 000 labels on the state budget (19
/// pages: 18 M instructions under callgrind). Eight-byte words go in as `UInt64`s, the last
/// 0–7 bytes as one word, then the count: equal byte sequences always make the same calls, so
/// equal keys hash alike, which is all a dictionary needs (the seed stays `Hasher`'s own, so no
/// order or output depends on it, as before).
enum ByteHash {
    static func combine(_ bytes: UnsafeRawBufferPointer, into hasher: inout Hasher) {
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            hasher.combine(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        hasher.combine(tail)
        hasher.combine(n)
    }
}
