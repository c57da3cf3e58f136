import Foundation
import Synchronization

/// SIGINT and SIGTERM during `ingest`: the first asks the run to stop after the documents in
/// flight (their JSON is written, nothing is left half-written); a second one quits at once,
/// which is safe too because outputs are only ever renamed into place when complete.
enum Interrupt {
    /// The signal received first, 0 while none.
    static let received = Atomic<Int32>(0)

    static var requested: Bool { received.load(ordering: .relaxed) != 0 }

    static func install() {
        for signal in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                // Only async-signal-safe calls here: an atomic exchange, write(2), _exit(2).
                if Interrupt.received.compareExchange(expected: 0, desired: signal, ordering: .relaxed).exchanged {
                    let note: StaticString = "\nstopping after the documents in flight (press Ctrl-C again to quit now)\n"
                    _ = write(2, note.utf8Start, note.utf8CodeUnitCount)
                } else {
                    _exit(128 + signal)
                }
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }
}
