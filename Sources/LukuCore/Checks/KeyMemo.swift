import Foundation

/// Remembers the comparison keys of labels (`IdentitySupport.key`, `StatementVocabulary.key`).
/// Every rule reads the keys of every row again, several times per table (a rule looking for a
/// named row scans all rows per name): on the state budget, 19 pages, building keys was 29 % of
/// the whole run's instructions (callgrind, issue 8). A key depends on the text alone, so a
/// remembered one is the same string; the memo only saves the work. Shared by the documents in
/// flight (one lock); emptied when it holds `limit` keys, so memory stays bounded on any input.
final class KeyMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [Text: String] = [:]
    private let limit: Int

    init(limit: Int = 20_000) { self.limit = limit }

    /// The key of `text`, computed by `make` the first time it is asked for.
    func key(_ text: String, _ make: (String) -> String) -> String {
        lock.lock()
        let known = keys[Text(text)]
        lock.unlock()
        if let known { return known }
        let made = make(text)
        lock.lock()
        if keys.count >= limit { keys.removeAll(keepingCapacity: true) }
        keys[Text(text)] = made
        lock.unlock()
        return made
    }

    /// A text as its UTF-8 bytes: hashed and compared byte by byte. A `String` key hashes its
    /// Unicode normal form, scalar by scalar, for any text outside ASCII (most Finnish labels):
    /// about 2 600 instructions a lookup on the state budget. A text of other bytes that a
    /// `String` would call equal (another normal form) gets the key `make` builds of it, as it
    /// would without the memo; the keys of the two are equal strings.
    struct Text: Hashable {
        let string: String
        init(_ string: String) { self.string = string }
        func hash(into hasher: inout Hasher) {
            var s = string
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        static func == (a: Text, b: Text) -> Bool {
            var x = a.string, y = b.string
            return x.withUTF8 { p in
                y.withUTF8 { q in
                    guard p.count == q.count else { return false }
                    guard let a = p.baseAddress, let b = q.baseAddress else { return true }  // both empty
                    return memcmp(a, b, p.count) == 0
                }
            }
        }
    }

    /// How many keys are held (for tests of the bound).
    var count: Int { lock.lock(); defer { lock.unlock() }; return keys.count }
}
