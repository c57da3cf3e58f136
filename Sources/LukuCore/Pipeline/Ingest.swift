import Foundation

/// Runs the pipeline over many inputs on several threads and writes one JSON per input. Each
/// worker opens its own document (poppler documents are never shared between threads); results
/// are kept in input order so the output does not depend on the thread count.
public struct Ingest: Sendable {
    public var pipeline = Pipeline()
    public var threads: Int

    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.threads = max(1, threads)
        self.pipeline = Pipeline(pageThreads: self.threads)
    }

    public struct Result: Sendable {
        public var input: InputFinder.Input
        public var document: Document
        public var json: String
    }

    /// Processes every input; `progress` is called once per finished input (from any thread).
    public func run(_ inputs: [InputFinder.Input], progress: (@Sendable (Int, Int, String) -> Void)? = nil) -> [Result] {
        let box = ResultBox(count: inputs.count)
        let pipeline = self.pipeline
        let counter = ResultBox(count: 0)
        DispatchQueue.concurrentPerform(iterations: min(threads, max(inputs.count, 1))) { worker in
            var i = worker
            while i < inputs.count {
                let document = pipeline.run(path: inputs[i].path)
                box.set(i, Result(input: inputs[i], document: document, json: DocumentJSON.encode(document)))
                let done = counter.increment()
                progress?(done, inputs.count, inputs[i].path)
                i += threads
            }
        }
        return box.results
    }

    /// Writes the JSON files under `directory`, creating folders as needed.
    public static func write(_ results: [Result], to directory: String) throws {
        let fm = FileManager.default
        for r in results {
            let target = (directory as NSString).appendingPathComponent(r.input.outputName)
            try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(r.json.utf8).write(to: URL(fileURLWithPath: target))
        }
    }
}

/// Thread-safe slots for results written by concurrent workers.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Ingest.Result?]
    private var count = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Ingest.Result) { lock.lock(); slots[i] = r; lock.unlock() }

    func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }

    var results: [Ingest.Result] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}
