import Foundation

/// If a trap or a fault ever kills `ingest` (no input is known to, but a folder of thousands is
/// the place one would show), stderr names the inputs that were being read before the runtime's
/// backtrace, so the file can be set aside and the run resumed (`--resume`). The names live in
/// fixed buffers, one per worker, written before each input and read by the signal handler with
/// write(2) only; the handler then restores the previous action (Swift's backtracer) and
/// re-raises, so the crash report and exit status are unchanged.
enum CrashNote {
    static let slots = 64
    static let slotSize = 4096
    /// Slot k: a length word, then the path bytes.
    nonisolated(unsafe) private static let buffer = UnsafeMutableRawPointer.allocate(byteCount: slots * slotSize, alignment: 8)
    /// The actions replaced, by signal number (Swift's backtracer's, normally).
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)
    static let signals = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    static func install() {
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: slots * slotSize)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                let head: StaticString = "\nluku: crashed while reading:"
                _ = write(2, head.utf8Start, head.utf8CodeUnitCount)
                for k in 0..<CrashNote.slots {
                    let slot = CrashNote.buffer + k * CrashNote.slotSize
                    let length = slot.load(as: Int.self)
                    guard length > 0, length < CrashNote.slotSize - 8 else { continue }
                    let space: StaticString = " "
                    _ = write(2, space.utf8Start, 1)
                    _ = write(2, slot + 8, length)
                }
                let tail: StaticString = "\n(set it aside and rerun with --resume)\n"
                _ = write(2, tail.utf8Start, tail.utf8CodeUnitCount)
                _ = sigaction(signal, CrashNote.previous + Int(signal), nil)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// Worker `worker` starts reading `path` (nil: it is idle).
    static func reading(_ path: String?, worker: Int) {
        guard worker < slots else { return }
        let slot = buffer + worker * slotSize
        slot.storeBytes(of: 0, as: Int.self)
        guard let path else { return }
        let bytes = Array(path.utf8.prefix(slotSize - 16))
        bytes.withUnsafeBytes { (slot + 8).copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        slot.storeBytes(of: bytes.count, as: Int.self)
    }
}
