import Foundation

/// `body(0) … body(count - 1)` on up to `threads` threads, results in index order: the same
/// array for any thread count, so output that is built from it does not depend on the threads.
/// Workers take the next index as they finish one, so a few expensive items (a large table) do
/// not leave a thread idle. With one thread (or one item) it runs on the caller's thread.
enum ParallelMap {
    static func map<T>(count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
        let workers = min(max(threads, 1), count)
        if workers <= 1 { return (0..<count).map(body) }
        let results = Results<T>(count: count)
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let i = results.claim() { results.set(i, body(i)) }
            }
        }
        return results.all()
    }

    /// `items.map(transform)` in `threads` contiguous pieces of at least `minPiece` items, one
    /// per thread, joined in order: for cheap per-item work over many items (a document's lines),
    /// where handing out items one by one would cost more than the work.
    static func map<T, U>(_ items: [T], threads: Int, minPiece: Int = 512, _ transform: (T) -> U) -> [U] {
        let pieces = min(max(threads, 1), max(items.count / max(minPiece, 1), 1))
        if pieces <= 1 { return items.map(transform) }
        let size = (items.count + pieces - 1) / pieces
        return map(count: pieces, threads: pieces) { p in
            items[min(p * size, items.count)..<min((p + 1) * size, items.count)].map(transform)
        }.flatMap { $0 }
    }

    /// The next index to work on and the finished results, behind one lock.
    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var slots: [T?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }

        /// Every result, in index order (each index was claimed and set exactly once).
        func all() -> [T] {
            lock.lock(); defer { lock.unlock() }
            return slots.map { slot in
                guard let value = slot else { preconditionFailure("ParallelMap: an index was never worked on") }
                return value
            }
        }
    }
}
