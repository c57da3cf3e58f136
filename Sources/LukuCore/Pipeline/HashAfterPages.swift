/// When a PDF's file hash runs with several threads: on a thread of its own, started once
/// every page is read, not beside the page readers.
///
/// Issue 8 (callgrind `--separate-threads=yes`, Kauhava, `--threads 2`): the pages are read by
/// as many poppler workers as there are cores, so a hash beside them (0.23 G instructions) only
/// took turns with them; after the pages, segmenting and checking leave the second core idle
/// between their side-by-side steps (0.93 G on the main thread, 0.57 G on the other), and the
/// hash fills that gap. The hash is the same whenever it runs; a file that could not be read
/// gets it at the end, on the caller's thread (`Pipeline.run`).
enum HashAfterPages {
    static func start(path: String) -> BackgroundWork<String> {
        BackgroundWork { try SHA256.hex(fileAt: path) }
    }
}
