import Foundation

/// Writes a file so that its name only ever holds a complete file: the bytes go to a hidden
/// temporary file in the same folder (same file system, so `rename` is atomic), and only once all
/// are written (and, `durable`, flushed to disk) is it renamed over the target. A crash of the
/// process, a signal or a full disk leaves the old file (or none) and at worst a hidden
/// `.NAME.tmp-PID-N` file, never a truncated `NAME`: the written bytes are in the kernel's page
/// cache, which every reader sees, before the rename makes them visible under the name.
/// What only `durable` adds is the power loss or kernel crash: without the `fsync`, a file renamed
/// in the last seconds before it may come back empty, cut short or missing (`--resume` reads such
/// an input again: `ExistingOutput` wants the closing "}").
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var code: Int32
        public var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
        /// No space (or quota) left: every later write would fail too.
        public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }

        public init(path: String, code: Int32) {
            self.path = path
            self.code = code
        }
    }

    private static let counter = Counter()

    /// `durable: false` leaves out the `fsync` (see `write(to:durable:_:)`).
    public static func write(_ text: String, to path: String, durable: Bool = true) throws {
        var text = text
        text.makeContiguousUTF8()
        try write(to: path, durable: durable) { emit in
            _ = text.utf8.withContiguousStorageIfAvailable { emit(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes `value` as canonical JSON (`JSONWriter`) in chunks as it is made: a large
    /// document's text is never held whole in memory.
    public static func write(json value: JSONValue, to path: String) throws {
        try write(to: path) { emit in
            JSONWriter.write(value) { piece in piece.withUnsafeBytes { emit($0) } }
        }
    }

    /// Writes `document`'s canonical JSON (`DocumentJSON.write`) as it is made: neither its text
    /// nor its JSON tree is held whole.
    /// `threads`: as `DocumentJSON.write` (the same bytes for any count). `durable`: as
    /// `write(to:durable:_:)`.
    public static func write(document: Document, to path: String, threads: Int = 1, durable: Bool = true) throws {
        try write(to: path, durable: durable) { emit in
            DocumentJSON.write(document, threads: threads) { piece in piece.withUnsafeBytes { emit($0) } }
        }
    }

    /// The file's bytes are what `produce` hands to `emit`, in order. After a failed write the
    /// rest is ignored and the error thrown once `produce` returns.
    /// `durable: false` renames without the `fsync`: still never a partial file under the name
    /// after a crash of the process, a signal or a full disk (a write or `close` that fails stops
    /// before the rename), but not flushed to disk before the rename, so not proof against a power
    /// loss. `luku ingest` writes so unless given `--durable`: the `fsync` waits for the disk with
    /// both cores idle, 2–80 ms a file on this project's machine (23 ms of konserni's ~150 ms;
    /// LUKU_TIMELINE and strace, issue 8), where `pdftotext` writes without one.
    public static func write(to path: String, durable: Bool = true, _ produce: (_ emit: (UnsafeRawBufferPointer) -> Void) -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())-\(counter.next())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        var failure: Int32 = 0
        produce { buffer in
            var offset = 0
            while failure == 0, offset < buffer.count, let base = buffer.baseAddress {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        StageTimeline.mark("bytes written: \(name)")
        if durable, failure == 0, fsync(fd) != 0 { failure = errno }
        if durable { StageTimeline.mark("fsync: \(name)") }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw WriteError(path: path, code: failure)
        }
    }
}

/// Distinct temporary names within one process (workers write concurrently).
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
