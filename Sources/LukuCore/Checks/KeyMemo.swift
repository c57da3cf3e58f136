import Foundation

/// Remembers the comparison keys of labels (`IdentitySupport.key`, `StatementVocabulary.key`).
/// Every rule reads the keys of every row again, several times per table (a rule looking for a
/// named row scans all rows per name): on the state budget, 19 pages, building keys was 29 % of
/// the whole run's instructions (callgrind, issue 8). A key depends on the text alone, so a
/// remembered one is the same string; the memo only saves the work. Shared by the documents in
/// flight (one lock); emptied when it holds `limit` keys, so memory stays bounded on any input.
final class KeyMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: String] = [:]
    private let limit: Int

    init(limit: Int = 20_000) { self.limit = limit }

    /// The key of `text`, computed by `make` the first time it is asked for.
    func key(_ text: String, _ make: (String) -> String) -> String {
        lock.lock()
        let known = keys[text]
        lock.unlock()
        if let known { return known }
        let made = make(text)
        lock.lock()
        if keys.count >= limit { keys.removeAll(keepingCapacity: true) }
        keys[text] = made
        lock.unlock()
        return made
    }

    /// How many keys are held (for tests of the bound).
    var count: Int { lock.lock(); defer { lock.unlock() }; return keys.count }
}
