import Foundation

/// Work started at once on a thread of its own (not the dispatch pool, which the page workers
/// fill); `wait()` blocks until it is done and returns its result or rethrows its error.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    init(_ body: @escaping @Sendable () throws -> T) {
        let thread = Thread { [self] in
            result = Result { try body() }
            done.signal()
        }
        thread.start()
    }

    /// The result; call once.
    func wait() throws -> T {
        done.wait()
        guard let result else { preconditionFailure("BackgroundWork signalled before its result was set") }
        return try result.get()
    }
}
