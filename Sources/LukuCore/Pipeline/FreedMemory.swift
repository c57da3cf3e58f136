import CPoppler

/// Gives the memory the C allocator holds free back to the system between a document's stages.
///
/// glibc keeps freed blocks in the arena of the thread that freed them, and a thread allocates
/// only from its own arena: the glyphs the page readers freed on their threads are no use to
/// the segmenter on the caller's thread, and one document's freed model no use to the next
/// document on another worker, so the resident size grows by what each stage left free (Kauhava
/// ×10 at `--threads 2`: 111 MiB, 101 MiB with `MALLOC_TRIM_THRESHOLD_=0`, 97 MiB with
/// `MALLOC_ARENA_MAX=1`). `malloc_trim(0)` returns the free pages of every arena; it changes
/// no value, only where later blocks are placed. Swift's Glibc module does not declare it,
/// so it comes from `<malloc.h>` through the one C boundary, `CPoppler`'s shim. Elsewhere it does
/// nothing.
enum FreedMemory {
    /// Returns the allocator's free pages to the system (a few milliseconds for a large document).
    static func release() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
