import Foundation

/// Times Luku end to end against `pdftotext -layout FILE /dev/null` on the same file, both as
/// separate processes measured the same way (`ChildProcess`): Luku is `luku ingest` of the one
/// file into a scratch folder (start, read, segment, check, write the JSON). One untimed
/// warm-up run each, then `runs` timed runs, alternating the two tools; the median wall time and
/// the median CPU time (all threads) count. Text inputs are timed for Luku only.
public struct Benchmark: Sendable {
    public var runs: Int
    /// pdftotext's path, or nil when it is not on PATH (Luku is then timed alone).
    public var pdftotext: String?
    /// The `luku` executable to time (the running one, for `luku bench`).
    public var luku: String
    /// `--threads` for Luku's runs.
    public var threads: Int

    public init(luku: String, runs: Int = 5, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                pdftotext: String? = Benchmark.findOnPath("pdftotext")) {
        self.luku = luku
        self.runs = max(1, runs)
        self.threads = max(1, threads)
        self.pdftotext = pdftotext
    }

    /// One file's median times.
    public struct Measurement: Equatable, Sendable {
        public var file: String
        public var pages: Int
        /// Median wall seconds for Luku.
        public var luku: Double
        /// Median wall seconds for pdftotext; nil for text inputs or when pdftotext is missing.
        public var pdftotext: Double?
        /// Median CPU seconds (user + system, all threads).
        public var lukuCPU: Double
        public var pdftotextCPU: Double?
        /// Luku's largest peak resident memory over its runs.
        public var lukuPeakBytes: Int

        public init(file: String, pages: Int, luku: Double, pdftotext: Double?,
                    lukuCPU: Double = 0, pdftotextCPU: Double? = nil, lukuPeakBytes: Int = 0) {
            self.file = file
            self.pages = pages
            self.luku = luku
            self.pdftotext = pdftotext
            self.lukuCPU = lukuCPU
            self.pdftotextCPU = pdftotextCPU
            self.lukuPeakBytes = lukuPeakBytes
        }
    }

    public func measure(path: String) throws -> Measurement {
        let file = (path as NSString).lastPathComponent
        let scratch = try Benchmark.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let warmUp = try ingest([path], into: scratch, file: file)
        guard let source = ExistingOutput.source(at: (scratch as NSString).appendingPathComponent(file + ".json")) else {
            throw BenchError.pipelineFailed(file: file, message: "\(file): luku ingest wrote no readable JSON")
        }
        let isPDF = (file as NSString).pathExtension.lowercased() == "pdf"
        let reference = isPDF ? pdftotext : nil
        if let reference { _ = try runPdftotext(reference, path: path, file: file, reportErrors: true) }
        var lukuRuns: [ChildProcess.Usage] = [warmUp], lukuTimed: [ChildProcess.Usage] = [], referenceRuns: [ChildProcess.Usage] = []
        for _ in 0..<runs {
            lukuTimed.append(try ingest([path], into: scratch, file: file))
            if let reference { referenceRuns.append(try runPdftotext(reference, path: path, file: file, reportErrors: false)) }
        }
        lukuRuns += lukuTimed
        return Measurement(file: file, pages: source.pages,
                           luku: Self.median(lukuTimed.map(\.wallSeconds)),
                           pdftotext: referenceRuns.isEmpty ? nil : Self.median(referenceRuns.map(\.wallSeconds)),
                           lukuCPU: Self.median(lukuTimed.map(\.cpuSeconds)),
                           pdftotextCPU: referenceRuns.isEmpty ? nil : Self.median(referenceRuns.map(\.cpuSeconds)),
                           lukuPeakBytes: lukuRuns.map(\.peakResidentBytes).max() ?? 0)
    }

    /// One memory figure: `luku ingest` of `paths` in one process, once.
    public struct MemoryMeasurement: Equatable, Sendable {
        public var label: String
        public var pages: Int
        public var peakBytes: Int
        public var seconds: Double

        public init(label: String, pages: Int, peakBytes: Int, seconds: Double) {
            self.label = label
            self.pages = pages
            self.peakBytes = peakBytes
            self.seconds = seconds
        }
    }

    /// Peak resident memory of `luku ingest` for each file alone, then (for several files) of
    /// one run over all of them, as a folder run would be: bounded memory means the last figure
    /// is no larger than the largest single one.
    public func measureMemory(paths: [String]) throws -> [MemoryMeasurement] {
        let scratch = try Benchmark.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var results: [MemoryMeasurement] = []
        for path in paths {
            let file = (path as NSString).lastPathComponent
            let usage = try ingest([path], into: scratch, file: file)
            let pages = ExistingOutput.source(at: (scratch as NSString).appendingPathComponent(file + ".json"))?.pages ?? 0
            results.append(MemoryMeasurement(label: file, pages: pages, peakBytes: usage.peakResidentBytes, seconds: usage.wallSeconds))
        }
        if paths.count > 1 {
            let usage = try ingest(paths, into: scratch, file: "\(paths.count) files")
            results.append(MemoryMeasurement(label: "all \(paths.count) in one run", pages: results.reduce(0) { $0 + $1.pages },
                                             peakBytes: usage.peakResidentBytes, seconds: usage.wallSeconds))
        }
        return results
    }

    /// `luku ingest --quiet` of `paths` into `folder`; a failed input is an error.
    private func ingest(_ paths: [String], into folder: String, file: String) throws -> ChildProcess.Usage {
        let errors = (folder as NSString).appendingPathComponent(".stderr")
        let usage: ChildProcess.Usage
        do {
            usage = try ChildProcess.run(luku, ["ingest", "--quiet", "--threads", "\(threads)", "-o", folder] + paths, stderrPath: errors)
        } catch {
            throw BenchError.pipelineFailed(file: file, message: "\(error)")
        }
        guard usage.status == 0 else {
            let message = ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "error: ", with: "")
            throw BenchError.pipelineFailed(file: file, message: message.isEmpty ? "\(file): luku ingest exit status \(usage.status)" : message)
        }
        return usage
    }

    /// A fresh empty folder under the temporary folder.
    static func scratchFolder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("luku-bench-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Seconds taken by each of `count` runs of `body`, on the monotonic clock.
    static func time(_ count: Int, _ body: () throws -> Void) rethrows -> [Double] {
        try (0..<count).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
    }

    /// The middle value; the mean of the two middle values for an even count.
    public static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "median of no values")
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Runs `pdftotext -layout PATH /dev/null`; `reportErrors` keeps its error output for the message.
    private func runPdftotext(_ executable: String, path: String, file: String, reportErrors: Bool) throws -> ChildProcess.Usage {
        let errors = reportErrors ? NSTemporaryDirectory() + "luku-bench-pdftotext-\(getpid()).stderr" : nil
        defer { if let errors { try? FileManager.default.removeItem(atPath: errors) } }
        let usage: ChildProcess.Usage
        do { usage = try ChildProcess.run(executable, ["-layout", path, "/dev/null"], stderrPath: errors) } catch {
            throw BenchError.pdftotextFailed(file: file, message: "\(error)")
        }
        if usage.status != 0 {
            let message = errors.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            throw BenchError.pdftotextFailed(file: file, message: "exit status \(usage.status)\(message.isEmpty ? "" : ": \(message)")")
        }
        return usage
    }

    /// The first executable named `name` in the PATH folders.
    public static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = (String(folder) as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// This process's peak resident memory in bytes (`getrusage` `ru_maxrss`, KiB on Linux).
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024
    }
}

/// Why a file could not be benchmarked.
public enum BenchError: Error, Equatable, Sendable, CustomStringConvertible {
    case pipelineFailed(file: String, message: String)
    case pdftotextFailed(file: String, message: String)

    public var description: String {
        switch self {
        case .pipelineFailed(_, let message): return message  // the pipeline's messages name the file
        case .pdftotextFailed(let file, let message): return "\(file): pdftotext failed: \(message)"
        }
    }
}
