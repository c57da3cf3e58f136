import Foundation

/// Stage marks for `LUKU_TIMELINE=1` (issue 8: where does a core idle?). Each mark prints one
/// line to standard error: the wall time since the first mark, the calling thread's CPU time
/// and the whole process's CPU time (every thread, start-up included), each with its growth
/// since the previous mark. A stage whose process CPU grew by about its wall time ran on one
/// core and left the other idle; one that grew by twice its wall time kept both busy; one that
/// grew by nothing waited (a disk `fsync`). Without the variable a mark is one flag test: the
/// output (JSON, manifest, standard output) is the same either way.
public enum StageTimeline {
    /// Read once: `LUKU_TIMELINE` set to anything but "" or "0".
    static let enabled: Bool = {
        guard let value = getenv("LUKU_TIMELINE") else { return false }
        let text = String(cString: value)
        return !text.isEmpty && text != "0"
    }()

    /// Marks the end of `stage` (called from any thread).
    public static func mark(_ stage: @autoclosure () -> String) {
        guard enabled else { return }
        let now = Sample.now()
        let name = stage()
        let line = state.withLock { state -> String in
            let first = state.first ?? now
            let previous = state.previous ?? now
            state.first = first
            state.previous = now
            let clocks = String(format: "timeline %8.2f ms (+%7.2f) process-cpu %8.2f ms (+%7.2f) thread-cpu %8.2f ms",
                                ms(now.wall - first.wall), ms(now.wall - previous.wall),
                                ms(now.process), ms(now.process - previous.process), ms(now.thread))
            return clocks + (Thread.isMainThread ? " main  " : " other ") + name + "\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func ms(_ nanoseconds: Int64) -> Double { Double(nanoseconds) / 1e6 }

    /// The clocks at one mark, in nanoseconds.
    private struct Sample {
        var wall: Int64
        var process: Int64
        var thread: Int64

        static func now() -> Sample {
            Sample(wall: clock(CLOCK_MONOTONIC), process: clock(CLOCK_PROCESS_CPUTIME_ID), thread: clock(CLOCK_THREAD_CPUTIME_ID))
        }

        private static func clock(_ id: clockid_t) -> Int64 {
            var t = timespec()
            clock_gettime(id, &t)
            return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
        }
    }

    private struct State {
        var first: Sample?
        var previous: Sample?
    }

    private static let state = Locked(State())

    /// A value behind a lock (marks come from any thread).
    private final class Locked<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Value
        init(_ value: Value) { self.value = value }
        func withLock<R>(_ body: (inout Value) -> R) -> R {
            lock.lock(); defer { lock.unlock() }
            return body(&value)
        }
    }
}
