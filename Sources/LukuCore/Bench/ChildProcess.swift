import Foundation

/// Runs a program to completion with its output discarded and reports what the kernel measured
/// for it alone (`wait4`): wall time on the monotonic clock, CPU time (user + system, every
/// thread) and peak resident memory. Foundation's `Process` reaps its children itself and gives
/// no resource usage, so the benchmark spawns directly.
public enum ChildProcess {
    public struct Usage: Equatable, Sendable {
        public var status: Int32
        public var wallSeconds: Double
        public var cpuSeconds: Double
        public var peakResidentBytes: Int

        public init(status: Int32, wallSeconds: Double, cpuSeconds: Double, peakResidentBytes: Int) {
            self.status = status
            self.wallSeconds = wallSeconds
            self.cpuSeconds = cpuSeconds
            self.peakResidentBytes = peakResidentBytes
        }
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `executable` with `arguments`; standard output and error go to /dev/null unless
    /// `stderrPath` names a file for the error output.
    public static func run(_ executable: String, _ arguments: [String], stderrPath: String? = nil) throws -> Usage {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SpawnError(description: "waiting for \(executable): \(String(cString: strerror(errno)))") }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        // Exit status, or 128 + signal number as a shell reports it.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Usage(status: code, wallSeconds: wall, cpuSeconds: cpu, peakResidentBytes: Int(usage.ru_maxrss) * 1024)
    }

    private static func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
}
