import Foundation

/// Runs the pipeline over many inputs on several threads. `stream` writes each document's JSON
/// the moment it is done (atomically, `AtomicFile`) and keeps only a small `IngestRecord` of it,
/// so memory is bounded by the documents in flight, a crash or a signal never costs a finished
/// document, and a stop request lets the documents in flight finish and takes no new ones.
/// Each worker opens its own document (poppler documents are never shared between threads);
/// records are reported in input order so printed output does not depend on the thread count.
public struct Ingest: Sendable {
    public var pipeline = Pipeline()
    public var threads: Int
    /// How a document's JSON is written to a path (streamed, never held as one text or tree);
    /// tests replace it to simulate a full disk.
    public var write: @Sendable (Document, String) throws -> Void = { try AtomicFile.write(document: $0, to: $1) }

    /// `durable`: each JSON is flushed to disk (`fsync`) before its rename (`AtomicFile`), so a
    /// finished file also survives a power loss; without it a finished file survives any end of
    /// the process (crash, signal, full disk), as before, and is not waited for.
    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount, durable: Bool = false) {
        self.threads = max(1, threads)
        self.pipeline = Pipeline(pageThreads: self.threads)
        // A document's JSON is written on as many threads as its pages are read on.
        let jsonThreads = self.threads
        self.write = { try AtomicFile.write(document: $0, to: $1, threads: jsonThreads, durable: durable) }
    }

    public struct Result: Sendable {
        public var input: InputFinder.Input
        public var document: Document
        public var json: String
    }

    /// Every input's document and JSON, in input order, kept in memory: for the golden files of
    /// the small corpus only. Folder runs use `stream`.
    public func run(_ inputs: [InputFinder.Input]) -> [Result] {
        let box = Slots<Result>(count: inputs.count)
        let pipeline = self.pipeline
        let queue = WorkQueue(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: min(threads, max(inputs.count, 1))) { _ in
            while let i = queue.next() {
                let document = pipeline.run(path: inputs[i].path)
                box.set(i, Result(input: inputs[i], document: document, json: DocumentJSON.encode(document)))
            }
        }
        return box.filled
    }

    public struct Totals: Sendable {
        public var inputs = 0
        public var written = 0
        public var failed = 0
        public var skipped = 0
        public var writeFailed = 0
        public var pages = 0
        /// Inputs never started because the run was stopped.
        public var notStarted = 0
        /// The run stopped early: asked to (`shouldStop`) or the disk is full.
        public var stopped = false
        /// Why it stopped when it was not asked to (a full disk).
        public var stopReason: String?

        /// Inputs with a record: written, failed to write or skipped.
        var completed: Int { written + skipped + writeFailed }

        mutating func count(_ r: IngestRecord) {
            switch r.status {
            case .ok: written += 1
            case .error: written += 1; failed += 1
            case .skipped: skipped += 1
            case .writeFailed: writeFailed += 1
            }
            if r.status != .skipped { pages += r.pages }
        }
    }

    /// Processes `inputs`, writing `<directory>/<outputName>` for each.
    /// - `resume`: skip an input whose existing output records the same sha256.
    /// - `keepDocuments`: records carry their document (for an export sink); they then wait in
    ///   memory only until every earlier input is done.
    /// - `shouldStop`: polled before each new input; true lets the documents in flight finish.
    /// - `starting`: a worker (0 ..< threads) starts an input's path; nil when it is done with it.
    /// - `finished`: called once per input as it completes, from any thread (progress).
    /// - `ordered`: called once per completed input, in input order, on one thread at a time.
    public func stream(_ inputs: [InputFinder.Input], to directory: String, resume: Bool = false, keepDocuments: Bool = false,
                       shouldStop: @escaping @Sendable () -> Bool = { false },
                       starting: (@Sendable (_ worker: Int, _ path: String?) -> Void)? = nil,
                       finished: (@Sendable (IngestRecord) -> Void)? = nil,
                       ordered: @escaping @Sendable (IngestRecord) -> Void) -> Totals {
        let pipeline = self.pipeline
        let write = self.write
        let queue = WorkQueue(count: inputs.count)
        let emitter = OrderedEmitter(emit: ordered)
        let diskFull = Flag()
        DispatchQueue.concurrentPerform(iterations: min(threads, max(inputs.count, 1))) { worker in
            defer { starting?(worker, nil) }
            while !shouldStop(), !diskFull.isSet, let i = queue.next() {
                starting?(worker, inputs[i].path)
                let record = Ingest.process(inputs[i], index: i, directory: directory, resume: resume,
                                            keepDocument: keepDocuments, pipeline: pipeline, write: write,
                                            releaseAfter: inputs.count > 1)
                starting?(worker, nil)
                if record.status == .writeFailed, record.errors.contains(where: { $0.hasPrefix(Ingest.diskFullMark) }) {
                    diskFull.set()
                }
                finished?(record)
                emitter.done(record)
            }
        }
        var totals = emitter.finish()
        totals.inputs = inputs.count
        totals.notStarted = inputs.count - totals.completed
        totals.stopped = totals.notStarted > 0
        if diskFull.isSet { totals.stopReason = "the disk is full" }
        return totals
    }

    static let diskFullMark = "disk full: "

    /// One input: resume check, pipeline, JSON, atomic write. Never throws; the document is
    /// released before returning. `releaseAfter: false` (a run of one input) leaves the
    /// allocator's free pages in place: no document comes after it to need them back, and the
    /// process ends (issue 8: `malloc_trim` is a serial step at the end of the run).
    static func process(_ input: InputFinder.Input, index: Int, directory: String, resume: Bool, keepDocument: Bool = false,
                        pipeline: Pipeline, write: (Document, String) throws -> Void, releaseAfter: Bool = true) -> IngestRecord {
        let start = DispatchTime.now()
        let target = (directory as NSString).appendingPathComponent(input.outputName)
        var record = IngestRecord(index: index, input: input.path, sha256: "", output: target, status: .ok,
                                  seconds: 0, pages: 0, errors: [], summary: nil)
        // An input that cannot be read is not skipped: the pipeline below reports why.
        if resume, let existing = ExistingOutput.source(at: target),
           (try? Pipeline.regularFileSize(input.path)) != nil,  // never open a pipe to hash it
           let sha256 = try? SHA256.hex(fileAt: input.path), sha256 == existing.sha256 {
            record.sha256 = existing.sha256
            record.pages = existing.pages
            record.status = .skipped
            return finish(record, start)
        }
        record = read(input, into: record, target: target, keepDocument: keepDocument, pipeline: pipeline, write: write)
        // The document is gone now (unless the record keeps it): its freed blocks go back to the
        // system, not left in this worker's arena while the other workers' documents grow.
        if releaseAfter { FreedMemory.release() }
        StageTimeline.mark("written")
        return finish(record, start)
    }

    /// The pipeline's document for `input`, its summary on `record`, written to `target`.
    private static func read(_ input: InputFinder.Input, into record: IngestRecord, target: String, keepDocument: Bool,
                             pipeline: Pipeline, write: (Document, String) throws -> Void) -> IngestRecord {
        var record = record
        let document = pipeline.run(path: input.path)
        let summary = DocumentSummary(document)
        record.sha256 = document.source.sha256
        record.pages = document.source.pages
        record.summary = summary
        record.errors = document.issues.filter { $0.severity == .error }.map(\.message)
        record.status = summary.errors > 0 ? .error : .ok
        if keepDocument { record.document = document }
        do {
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try write(document, target)
        } catch let error as AtomicFile.WriteError {
            record.status = .writeFailed
            record.errors.append((error.isDiskFull ? diskFullMark : "") + error.description)
        } catch {
            record.status = .writeFailed
            record.errors.append("cannot write \(target): \((error as NSError).localizedDescription)")
        }
        return record
    }

    private static func finish(_ record: IngestRecord, _ start: DispatchTime) -> IngestRecord {
        var r = record
        r.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return r
    }
}

/// Hands out input indexes to workers, each once, in order.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }
}

/// Thread-safe slots for results written by concurrent workers.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }

    var filled: [T] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}

/// Passes records on in input order: a record waits only for the ones before it still in
/// flight. Records are small (never a document), and only the totals are kept after.
private final class OrderedEmitter: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: IngestRecord] = [:]
    private var nextIndex = 0
    private var totals = Ingest.Totals()
    private let emit: @Sendable (IngestRecord) -> Void

    init(emit: @escaping @Sendable (IngestRecord) -> Void) { self.emit = emit }

    func done(_ record: IngestRecord) {
        lock.lock(); defer { lock.unlock() }
        waiting[record.index] = record
        while let r = waiting.removeValue(forKey: nextIndex) {
            pass(r)
            nextIndex += 1
        }
    }

    /// After a stop, records behind a never-started input are passed on too, still in order.
    func finish() -> Ingest.Totals {
        lock.lock(); defer { lock.unlock() }
        for key in waiting.keys.sorted() {
            if let r = waiting.removeValue(forKey: key) { pass(r) }
        }
        return totals
    }

    private func pass(_ r: IngestRecord) {
        emit(r)
        totals.count(r)
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
