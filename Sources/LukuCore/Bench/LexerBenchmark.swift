import Foundation

/// Times `NumberLexer.scan` over the text of some files (`luku bench --lexer`): for `.txt`/`.md`
/// the file's text, for `.pdf` the text of the lines the pipeline's layout stage builds (one line
/// per `\n`). All texts are loaded first; then one untimed warm-up pass and `runs` timed passes
/// over all of them, of which the median counts. A pass builds the full tokens (values, texts,
/// `String` indices), as callers do.
public struct LexerBenchmark: Sendable {
    public var runs: Int
    public var pipeline = Pipeline()

    public init(runs: Int = 5) {
        self.runs = max(1, runs)
    }

    public struct Result: Equatable, Sendable {
        public var files: Int
        /// UTF-8 bytes of text scanned per pass.
        public var bytes: Int
        /// Tokens (numbers and placeholders) found per pass.
        public var tokens: Int
        /// Median seconds of one pass over all texts.
        public var seconds: Double
        public var runs: Int

        public init(files: Int, bytes: Int, tokens: Int, seconds: Double, runs: Int) {
            self.files = files
            self.bytes = bytes
            self.tokens = tokens
            self.seconds = seconds
            self.runs = runs
        }

        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : .infinity }
        public var tokensPerSecond: Double { seconds > 0 ? Double(tokens) / seconds : .infinity }

        /// `luku bench --lexer`'s report.
        public var report: String {
            String(format: "lexer: %d file%@, %.3f MB, %d tokens per pass\n", files, files == 1 ? "" : "s",
                   Double(bytes) / 1e6, tokens)
                + String(format: "median pass %.3f ms: %.1f MB/s, %.0f numbers/s (median of %d run%@ after one warm-up)\n",
                         seconds * 1e3, megabytesPerSecond, tokensPerSecond, runs, runs == 1 ? "" : "s")
        }
    }

    public func measure(paths: [String]) throws -> Result {
        let texts = try paths.map(text(of:))
        var tokens = 0
        for t in texts { tokens += NumberLexer.scan(t).count }       // warm-up, and the count
        let times = Benchmark.time(runs) {
            var n = 0
            for t in texts { n &+= NumberLexer.scan(t).count }
            precondition(n == tokens, "NumberLexer.scan is not deterministic")
        }
        return Result(files: texts.count, bytes: texts.reduce(0) { $0 + $1.utf8.count }, tokens: tokens,
                      seconds: Benchmark.median(times), runs: runs)
    }

    /// The text the lexer is timed on for one file.
    public func text(of path: String) throws -> String {
        let file = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else { throw ReadError.fileNotFound(path: path) }
        if (file as NSString).pathExtension.lowercased() == "pdf" {
            let pages = try PopplerReader.read(path: path, threads: pipeline.pageThreads)
            return pages.flatMap(pipeline.layout).map(\.text).joined(separator: "\n")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try TextFileReader.decode(data, path: file)
    }
}
