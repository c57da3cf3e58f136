import Foundation

/// The run's manifest: one JSON line per input (`IngestRecord.manifestLine`), in input order,
/// appended as each input completes, so a run that is killed still leaves an exact account of
/// what it finished. Each run starts the file afresh; the JSON outputs never depend on it.
public final class ManifestFile: @unchecked Sendable {
    public let path: String
    private let handle: FileHandle
    private let lock = NSLock()

    public init(path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw OutputFolder.Unusable(path: path, reason: "cannot create the manifest file")
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw OutputFolder.Unusable(path: path, reason: "cannot open the manifest file")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The first write error, if any: the run goes on (the JSON outputs matter more) and the
    /// command reports it at the end.
    public private(set) var failure: String?

    /// Appends one line in a single write.
    public func append(_ record: IngestRecord) {
        lock.lock(); defer { lock.unlock() }
        do { try handle.write(contentsOf: Data((record.manifestLine + "\n").utf8)) } catch {
            if failure == nil { failure = "cannot write the manifest \(path): \((error as NSError).localizedDescription)" }
        }
    }

    /// The default name: one manifest per shard, so shards sharing an output folder never meet.
    public static func defaultName(shard: Shard?) -> String {
        shard.map { "luku-manifest.shard-\($0.index)-of-\($0.count).jsonl" } ?? "luku-manifest.jsonl"
    }
}
