/// Byte-level searches in label keys, used as exact pre-checks before Foundation's `String`
/// searches (which cost ~20 000 instructions a key, issue 8). A pre-check may only say "cannot
/// hold": the `String` search still decides every key it lets through.
enum KeyBytes {
    /// Whether `pattern`'s bytes occur in `text`'s UTF-8.
    static func contains(_ text: String, _ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty else { return true }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
                var i = 1
                while i < pattern.count && bytes[start + i] == pattern[i] { i += 1 }
                if i == pattern.count { return true }
            }
            return false
        }
        var text = text
        return text.withUTF8(search)
    }

    /// The Kelvin sign U+212A in UTF-8: the one scalar whose canonical decomposition is an ASCII
    /// capital (K), so a canonically equivalent `String` search can match "K" where the bytes
    /// hold this sign instead.
    static let kelvinSign: [UInt8] = [0xE2, 0x84, 0xAA]
}
