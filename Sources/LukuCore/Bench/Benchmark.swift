import Foundation

/// Times the whole Luku pipeline (`Pipeline.run` + `DocumentJSON.encode`) against
/// `pdftotext -layout FILE /dev/null` on the same file: one untimed warm-up run each, then `runs`
/// timed runs on the monotonic clock, of which the median counts. Text inputs are timed for Luku
/// only. pdftotext's times include starting its process; Luku runs in this process.
public struct Benchmark: Sendable {
    public var runs: Int
    /// pdftotext's path, or nil when it is not on PATH (Luku is then timed alone).
    public var pdftotext: String?
    public var pipeline = Pipeline()

    public init(runs: Int = 5, pdftotext: String? = Benchmark.findOnPath("pdftotext")) {
        self.runs = max(1, runs)
        self.pdftotext = pdftotext
    }

    /// One file's median times.
    public struct Measurement: Equatable, Sendable {
        public var file: String
        public var pages: Int
        /// Median seconds for Luku.
        public var luku: Double
        /// Median seconds for pdftotext; nil for text inputs or when pdftotext is missing.
        public var pdftotext: Double?

        public init(file: String, pages: Int, luku: Double, pdftotext: Double?) {
            self.file = file
            self.pages = pages
            self.luku = luku
            self.pdftotext = pdftotext
        }
    }

    public func measure(path: String) throws -> Measurement {
        let file = (path as NSString).lastPathComponent
        let warmUp = pipeline.run(path: path)
        if let error = warmUp.issues.first(where: { $0.severity == .error }) {
            throw BenchError.pipelineFailed(file: file, message: error.message)
        }
        let luku = Self.median(Self.time(runs) {
            _ = DocumentJSON.encode(pipeline.run(path: path)).utf8.count
        })
        var reference: Double?
        if warmUp.source.format == .pdf, let pdftotext {
            try Self.runPdftotext(pdftotext, path: path, file: file, reportErrors: true)
            reference = Self.median(try Self.time(runs) {
                try Self.runPdftotext(pdftotext, path: path, file: file, reportErrors: false)
            })
        }
        return Measurement(file: file, pages: warmUp.source.pages, luku: luku, pdftotext: reference)
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

    /// Runs `pdftotext -layout PATH /dev/null`; `reportErrors` captures stderr for the error.
    private static func runPdftotext(_ executable: String, path: String, file: String, reportErrors: Bool) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", path, "/dev/null"]
        process.standardOutput = FileHandle.nullDevice
        let stderr = Pipe()
        process.standardError = reportErrors ? stderr : FileHandle.nullDevice
        do { try process.run() } catch {
            throw BenchError.pdftotextFailed(file: file, message: "cannot start \(executable): \(error.localizedDescription)")
        }
        let output = reportErrors ? stderr.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            let message = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw BenchError.pdftotextFailed(file: file, message: "exit status \(process.terminationStatus)\(message.isEmpty ? "" : ": \(message)")")
        }
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
