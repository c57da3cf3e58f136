import Foundation
import XCTest
@testable import LukuCore

/// Runs one of the repository's Python tools (`tools/NAME.py ARGS...`) from the package root
/// and returns its exit status, standard output and standard error. stderr goes to a file, so a
/// chatty tool cannot block on a full pipe while stdout is read.
enum PythonTool {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    static func run(_ script: String, _ arguments: [String]) throws -> Result {
        try run(file: Fixtures.packageRoot.appendingPathComponent("tools/\(script)"), arguments)
    }

    /// Any Python script (the reference scorer in ../shared/tools too), run from the package root.
    static func run(file script: URL, _ arguments: [String]) throws -> Result {
        guard let python = Benchmark.findOnPath("python3") else {
            XCTFail("python3 is not on PATH; run `make deps`")
            throw CocoaError(.executableNotLoadable)
        }
        let errorsURL = FileManager.default.temporaryDirectory.appendingPathComponent("luku-py-\(UUID().uuidString).txt")
        try Data().write(to: errorsURL)
        defer { try? FileManager.default.removeItem(at: errorsURL) }
        let errors = try FileHandle(forWritingTo: errorsURL)
        defer { try? errors.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path] + arguments
        process.currentDirectoryURL = Fixtures.packageRoot
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = errors
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: output,
                      stderr: (try? String(contentsOf: errorsURL, encoding: .utf8)) ?? "")
    }
}

extension Fixtures {
    /// A committed golden file, decoded: real pipeline output for a corpus document.
    static func golden(_ name: String) throws -> Document {
        let url = packageRoot.appendingPathComponent("golden").appendingPathComponent(name + ".json")
        return try DocumentJSON.decode(String(contentsOf: url, encoding: .utf8))
    }

    static let goldenNames = [
        "kemijarvi-hallinto-tukipalvelut-2022-06.pdf", "kemijarvi-hallinto-tukipalvelut-2022-06.txt",
        "kemijarvi-hallintopalvelut-tp2024.pdf", "kemijarvi-hallintopalvelut-tp2024.txt",
        "kemijarvi-konserni-elinvoima-ta2026.pdf", "kemijarvi-konserni-elinvoima-ta2026.txt",
    ]
}
