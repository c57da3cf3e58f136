/// The words of a label key (`IdentitySupport.key`): the key split at spaces, as
/// `split(separator: " ")` splits it (issue 8: splitting by Characters was most of
/// `StatementVocabulary.makeKey`, 42 000 instructions a label on the state budget's main
/// thread). Where every scalar is a Character of its own, the space Character is the space
/// scalar, so the key's UTF-8 is split at the space byte. That holds for scalars below U+0300
/// (Basic Latin to the Spacing Modifier Letters, all Finnish and Swedish letters precomposed):
/// none extends a grapheme cluster or prepends to the next (UAX #29). A key with a scalar from
/// U+0300 on (a combining mark can join a space into one Character) is split by Characters as
/// before. Same words (KeyWordsTests: every scalar below U+0300 next to spaces, and every
/// line of the corpus texts).
enum KeyWords {
    static func words(_ key: String) -> [String] {
        guard key.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else {
            return key.split(separator: " ").map(String.init)
        }
        return key.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }
}
