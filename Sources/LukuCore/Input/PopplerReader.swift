import CPoppler
import Foundation

/// The door to poppler-glib for text (PageRenderer and RuleFinder only draw pages). Opens a PDF and returns, per page, every glyph with its box
/// and font as plain Swift values; all GLib/poppler memory is released before returning.
///
/// One `PopplerReader` call owns its own `PopplerDocument`, so separate calls may run on
/// separate threads (POPPLER-NOTES: never share one document between threads).
public enum PopplerReader {
    /// Reads every page of the PDF at `path`, or only those in `pages` (1-based; pages past the
    /// end are left out). Long documents are read by `threads` workers, each with its own
    /// `PopplerDocument`, each taking the next unread page as it finishes one; pages come back
    /// in order, so the result does not depend on the thread count.
    public static func read(path: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                            pages: ClosedRange<Int>? = nil) throws -> [PageGlyphs] {
        try read(path: path, threads: threads, pages: pages) { $0 }
    }

    /// `read`, handing each page to `each` on the worker that read it and keeping only what
    /// `each` returns: the pipeline turns a page's glyphs into lines at once, so a document's
    /// glyphs (the bulk of its memory) are never all held together.
    public static func read<T: Sendable>(path: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                         pages: ClosedRange<Int>? = nil, each: @Sendable (PageGlyphs) -> T) throws -> [T] {
        let document = try OpenDocument(path: path)
        let total = Int(poppler_document_get_n_pages(document.pointer))
        let indexes = (0..<total).filter { pages?.contains($0 + 1) ?? true }
        let count = indexes.count
        let workers = count >= minPagesPerWorker * 2 ? max(1, min(threads, count / minPagesPerWorker)) : 1
        if workers == 1 {
            return indexes.map { each(readPage(document.pointer, index: $0)) }
        }
        let slots = PageSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Worker 0 reuses the document already open; the others open their own.
            let own = worker == 0 ? document : try? OpenDocument(path: path)
            guard let own else { return }
            // The next unread page, not a fixed share (issue 8): pages differ in cost (a full
            // table page against a title page), and with every other page fixed to a worker one
            // worker ended its share while the other still read (callgrind, `--threads 2`:
            // konserni 267 M against 287 M, valtion 211 M against 189 M). Taking pages as they
            // come also starts worker 0 on the pages while the others open their documents.
            while let slot = slots.claim() {
                slots.set(slot, each(readPage(own.pointer, index: indexes[slot])))
            }
        }
        return try slots.pages(path: path)
    }

    /// The number of pages of the PDF at `path`.
    public static func pageCount(path: String) throws -> Int {
        let document = try OpenDocument(path: path)
        return withExtendedLifetime(document) { Int(poppler_document_get_n_pages(document.pointer)) }
    }

    /// Below this many pages per worker, a second document costs more than it saves.
    static let minPagesPerWorker = 8

    private static func readPage(_ document: OpaquePointer, index: Int) -> PageGlyphs {
        guard let page = poppler_document_get_page(document, Int32(index)) else {
            return PageGlyphs(number: index + 1, width: 0, height: 0, glyphs: [], fonts: [])
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }

        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)

        guard let textPointer = poppler_page_get_text(page) else {
            return PageGlyphs(number: index + 1, width: width, height: height, glyphs: [], fonts: [])
        }
        let text = String(cString: textPointer)
        g_free(textPointer)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rects = rectangles else {
            return PageGlyphs(number: index + 1, width: width, height: height, glyphs: [], fonts: [])
        }
        defer { g_free(rects) }

        let (fontOfScalar, fonts) = readFonts(page)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(rectangleCount))
        // Rectangles are indexed by Unicode scalar of `text` (POPPLER-NOTES).
        for (i, scalar) in text.unicodeScalars.enumerated() where i < Int(rectangleCount) {
            let r = rects[i]
            // A damaged content stream can place a glyph at NaN or infinity; such a glyph has no
            // position to read it by, and every later stage assumes finite geometry.
            guard r.x1.isFinite, r.x2.isFinite, r.y1.isFinite, r.y2.isFinite else { continue }
            let box = BoundingBox(x0: min(r.x1, r.x2), y0: min(r.y1, r.y2),
                                  x1: max(r.x1, r.x2), y1: max(r.y1, r.y2))
            glyphs.append(Glyph(scalar: scalar, box: box, font: fontOfScalar(i)))
        }
        // A re-written PDF's regenerated ToUnicode map can misname glyphs (`SecondProducerScalars`).
        return PageGlyphs(number: index + 1, width: width, height: height,
                          glyphs: SecondProducerScalars.repair(glyphs: glyphs), fonts: fonts)
    }

    /// Reads the attribute runs and returns a lookup from scalar index to font index.
    private static func readFonts(_ page: OpaquePointer) -> ((Int) -> Int, [FontFace]) {
        var fonts: [FontFace] = []
        // By name and size: a face is made (its boldness read from the name, a Foundation
        // substring search per word) once per distinct font of the page, not once per run.
        var indexOfFont: [NameAndSize: Int] = [:]
        var runs: [(start: Int, end: Int, font: Int)] = []
        let list = poppler_page_get_text_attributes(page)
        defer { if list != nil { poppler_page_free_text_attributes(list) } }
        var node = list
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                let key = NameAndSize(name: name, size: attributes.font_size.isFinite ? attributes.font_size : 0)
                let fontIndex: Int
                if let known = indexOfFont[key] {
                    fontIndex = known
                } else {
                    fontIndex = fonts.count
                    fonts.append(FontFace(name: key.name, size: key.size))
                    indexOfFont[key] = fontIndex
                }
                runs.append((Int(attributes.start_index), Int(attributes.end_index), fontIndex))
            }
            node = current.pointee.next
        }
        if fonts.isEmpty { fonts = [FontFace(name: "", size: 10)] }
        let sortedRuns = runs.sorted { $0.start < $1.start }
        let lookup: (Int) -> Int = { scalarIndex in
            // Binary search for the run containing the index (end inclusive).
            var low = 0, high = sortedRuns.count - 1
            while low <= high {
                let mid = (low + high) / 2
                let run = sortedRuns[mid]
                if scalarIndex < run.start { high = mid - 1 } else if scalarIndex > run.end { low = mid + 1 } else { return run.font }
            }
            return 0
        }
        return (lookup, fonts)
    }
}

/// What tells two fonts of a page apart: `FontFace` adds only `isBold`, read from the name.
private struct NameAndSize: Hashable {
    var name: String
    var size: Double
}

/// Pages written by concurrent workers, each into its own slot; `claim` hands each slot out once.
private final class PageSlots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next slot no worker has taken, in page order; nil when every one is taken.
    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ i: Int, _ page: T) { lock.lock(); slots[i] = page; lock.unlock() }

    func pages(path: String) throws -> [T] {
        lock.lock(); defer { lock.unlock() }
        let filled = slots.compactMap { $0 }
        guard filled.count == slots.count else { throw ReadError.unreadable(path: path, reason: "a worker could not reopen the PDF") }
        return filled
    }
}

/// Owns a `PopplerDocument` and releases it in `deinit`. Shared with PageRenderer.swift, the one
/// other file that speaks to poppler.
final class OpenDocument: @unchecked Sendable {
    let pointer: OpaquePointer

    init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw ReadError.fileNotFound(path: path) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            throw ReadError.unreadable(path: path, reason: OpenDocument.consume(error))
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            let domainIsPoppler = error.map { $0.pointee.domain == poppler_error_quark() } ?? false
            let code = error?.pointee.code ?? 0
            let message = OpenDocument.consume(error)
            if domainIsPoppler && code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw ReadError.encrypted(path: path)
            }
            throw ReadError.notAPDF(path: path, library: message)
        }
        pointer = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// Takes the message out of a GError and frees it.
    private static func consume(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }
}
