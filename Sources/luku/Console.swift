import Foundation
import LukuCore

/// What `ingest` prints while it runs: the progress line on stderr (only when stderr is a
/// terminal: a log file gets no carriage returns), error lines on stderr and summary lines on
/// stdout. One lock, so the progress line is cleared before anything else is printed.
final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let showProgress: Bool
    private let start = Date()
    private var done = 0
    private var pages = 0
    private var lineShown = false

    init(total: Int, showProgress: Bool) {
        self.total = total
        self.showProgress = showProgress
    }

    /// An input completed (any order): documents done, pages per second, time left.
    func finished(_ record: IngestRecord) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        if record.status != .skipped { pages += record.pages }
        guard showProgress else { return }
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let eta = Double(total - done) * elapsed / Double(done)
        let name = (record.input as NSString).lastPathComponent
        let line = "\r[\(done)/\(total)] \(String(format: "%.1f", Double(pages) / elapsed)) pages/s, ETA \(Console.duration(eta))  \(name)\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
        lineShown = true
    }

    func error(_ message: String) {
        lock.lock(); defer { lock.unlock() }
        clearLine()
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    func out(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        clearLine()
        print(line)
        fflush(stdout)
    }

    func end() {
        lock.lock(); defer { lock.unlock() }
        clearLine()
    }

    private func clearLine() {
        if lineShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); lineShown = false }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.isFinite ? max(0, min(seconds, 9e6)).rounded() : 0)
        if s >= 3600 { return "\(s / 3600)h \(s % 3600 / 60)m" }
        if s >= 60 { return "\(s / 60)m \(s % 60)s" }
        return "\(s)s"
    }
}
