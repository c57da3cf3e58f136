import XCTest
@testable import LukuCore

/// Pages of ../shared/real/kauhava-tilinpaatos-2024.pdf, read once per page range for the whole
/// test run (the statutory-chain and key-figure tests ask for the same pages); skips the test
/// when the file is absent.
final class KauhavaPages {
    private static var cache: [String: Document] = [:]
    private static let lock = NSLock()

    static func document(_ pages: ClosedRange<Int>) throws -> Document {
        let key = "\(pages)"
        lock.lock()
        defer { lock.unlock() }
        if let d = cache[key] { return d }
        let path = SharedFolder.realDirectory.appendingPathComponent("kauhava-tilinpaatos-2024.pdf").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = pages
        let d = pipeline.run(path: path)
        cache[key] = d
        return d
    }
}
