import Foundation
import XCTest

/// Runs the `luku` executable that `swift test` builds next to the test bundle, for what only a
/// whole process shows: exit statuses, signals, what reaches stdout and stderr.
struct LukuProcess {
    struct Outcome {
        var status: Int32
        /// True when it ended by a signal (`status` is then the signal number).
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    /// `.build/debug/luku`: beside the test executable (Linux runs the .xctest bundle itself).
    static func executable() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("luku")
        let fromRoot = Fixtures.packageRoot.appendingPathComponent(".build/debug/luku")
        for candidate in [beside, fromRoot] where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        XCTFail("the luku executable was not found beside the tests (\(beside.path)); `swift test` builds it: run `swift build` first")
        throw CocoaError(.executableNotLoadable)
    }

    /// Starts `luku ARGS…` with stdout and stderr going to files in `scratch` (never a pipe that
    /// could fill and block it).
    static func start(_ arguments: [String], in scratch: ScratchFolder, environment: [String: String] = [:]) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.currentDirectoryURL = scratch.url
        let id = UUID().uuidString
        let out = scratch.url.appendingPathComponent("stdout-\(id).txt"), err = scratch.url.appendingPathComponent("stderr-\(id).txt")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs to the end (killed after `timeout` seconds, which fails the test).
    static func run(_ arguments: [String], in scratch: ScratchFolder, timeout: Double = 120,
                    file: StaticString = #filePath, line: UInt = #line) throws -> Outcome {
        let (process, out, err) = try start(arguments, in: scratch)
        return finish(process, out, err, timeout: timeout, file: file, line: line)
    }

    static func finish(_ process: Process, _ out: URL, _ err: URL, timeout: Double = 120,
                       file: StaticString = #filePath, line: UInt = #line) -> Outcome {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            XCTFail("luku did not finish within \(timeout) s", file: file, line: line)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
