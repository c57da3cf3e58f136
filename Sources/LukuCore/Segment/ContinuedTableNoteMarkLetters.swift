extension ContinuedTableNote {
    /// An exact pre-check for `isNote` that reads bytes (issue 8). Every mark ("jatkuu", "jatkoa",
    /// "jatk") begins with "jatk", so a note's lower-cased text holds "jatk". Lower-casing maps
    /// scalar by scalar, and the only scalars whose lower case is or holds "j", "a", "t" or "k" are
    /// those ASCII letters in either case and the Kelvin sign U+212A (to "k"); the one
    /// multi-scalar lower case of Unicode's unconditional mappings, U+0130 → "i" U+0307, gives
    /// none of them, and no scalar lower-cases to nothing. So "jatk" in the lower-cased text
    /// means four scalars in a row here, each one of those: J/j, A/a, T/t, then K/k or the Kelvin
    /// sign. `mayHold` says false only where no such run is; `isNote` decides the rest as before.
    enum MarkLetters {
        static func mayHold(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { bytes in
                let n = bytes.count
                guard n >= 4 else { return false }
                var i = 0
                while i + 3 < n {
                    if bytes[i] | 0x20 == UInt8(ascii: "j"), bytes[i + 1] | 0x20 == UInt8(ascii: "a"),
                       bytes[i + 2] | 0x20 == UInt8(ascii: "t") {
                        if bytes[i + 3] | 0x20 == UInt8(ascii: "k") { return true }
                        if i + 5 < n, bytes[i + 3] == 0xE2, bytes[i + 4] == 0x84, bytes[i + 5] == 0xAA { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
