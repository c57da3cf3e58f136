import CPoppler
import Foundation

/// A horizontal line the page draws (a table rule), in PDF points from the top-left corner.
public struct HorizontalRule: Equatable, Sendable {
    /// Top and bottom edge of the drawn band.
    public var y0: Double
    public var y1: Double
    public var x0: Double
    public var x1: Double
    public var width: Double { x1 - x0 }
}

/// Finds the horizontal rules a PDF page draws. poppler-glib has no path API, so the page is
/// rendered with cairo and its pixel rows are scanned for long runs of ink: text never makes
/// a run of `minLength` points (the gaps between words break it), rules and box edges do.
/// With PopplerReader.swift and PageRenderer.swift, the only code that calls poppler and cairo.
public enum RuleFinder {
    /// Pixels per point: 2 keeps a 0.5 pt rule at least one pixel dark.
    static let scale = 2.0
    /// Shortest run that counts as a rule, in points.
    static let minLength = 100.0
    /// Thickest band (points) that is a rule rather than a filled box.
    static let maxThickness = 3.0

    /// The rules of each of `pages` (1-based) of the PDF at `path`, top to bottom; a page that
    /// is missing or cannot be drawn has none, and so has every page of a file poppler cannot open.
    public static func horizontalRules(path: String, pages: [Int]) -> [Int: [HorizontalRule]] {
        finder(path: path)(pages)
    }

    /// A finder for the PDF at `path` that opens it on its first call and keeps it open for the
    /// next ones (opening costs about as much as a sixth of a page's drawing). Several pages
    /// asked at once are drawn on up to `threads` threads, each with a document of its own
    /// (poppler documents are never shared between threads); each page's rules are the same
    /// whichever thread draws it.
    public static func finder(path: String, threads: Int = 1) -> @Sendable ([Int]) -> [Int: [HorizontalRule]] {
        let held = HeldDocuments(path: path, count: max(1, threads))
        return { pages in held.withDocuments(upTo: pages.count) { documents in
            let workers = documents.count
            // A copy that would not open (it opened once already) leaves the work to one thread.
            if workers <= 1 || documents.contains(where: { $0 == nil }) {
                return draw(pages, with: documents.first { $0 != nil } ?? nil)
            }
            let parts = ParallelMap.map(count: workers, threads: workers) { w in
                draw(stride(from: w, to: pages.count, by: workers).map { pages[$0] }, with: documents[w])
            }
            return parts.reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }
        } }
    }

    /// The rules of `pages` of one open document (none for a page it does not have).
    private static func draw(_ pages: [Int], with document: OpenDocument?) -> [Int: [HorizontalRule]] {
        guard let document else { return [:] }
        let count = Int(poppler_document_get_n_pages(document.pointer))
        var out: [Int: [HorizontalRule]] = [:]
        for page in pages {
            guard page >= 1, page <= count, let handle = poppler_document_get_page(document.pointer, Int32(page - 1)) else {
                out[page] = []
                continue
            }
            out[page] = rules(handle)
            g_object_unref(UnsafeMutableRawPointer(handle))
        }
        return out
    }

    /// The documents a finder opened (one per thread, each opened when first needed), used by
    /// one call at a time.
    private final class HeldDocuments: @unchecked Sendable {
        let path: String
        let count: Int
        private let lock = NSLock()
        private var opened: [OpenDocument??]
        init(path: String, count: Int) {
            self.path = path
            self.count = count
            opened = Array(repeating: nil, count: count)
        }

        /// `body` gets `min(n, count)` documents, at least one (nil where the file cannot be opened).
        func withDocuments<T>(upTo n: Int, _ body: ([OpenDocument?]) -> T) -> T {
            lock.withLock {
                let used = max(1, min(n, count))
                for i in 0..<used where opened[i] == nil { opened[i] = .some(try? OpenDocument(path: path)) }
                let documents = opened[0..<used].map { $0 ?? nil }
                return withExtendedLifetime(documents) { body(documents) }
            }
        }
    }

    private static func rules(_ handle: OpaquePointer) -> [HorizontalRule] {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        let wide = Int32((width * scale).rounded(.up)), high = Int32((height * scale).rounded(.up))
        guard wide > 0, high > 0, wide < 20_000, high < 20_000 else { return [] }
        // The pixels are ours, filled white once: cheaper than cairo's zeroed image painted white.
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, wide))
        guard stride > 0 else { return [] }
        let data = UnsafeMutablePointer<UInt8>.allocate(capacity: stride * Int(high))
        defer { data.deallocate() }
        data.initialize(repeating: 0xFF, count: stride * Int(high))
        guard let surface = cairo_image_surface_create_for_data(data, CAIRO_FORMAT_RGB24, wide, high, Int32(stride)) else { return [] }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return [] }
        let context = cairo_create(surface)
        cairo_scale(context, scale, scale)
        poppler_page_render(handle, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        let runs = (0..<Int(high)).map { inkRuns(data + $0 * stride, width: Int(wide)) }
        return merge(runs)
    }

    /// Runs of at least `minLength` points of ink in one pixel row (RGB24: B, G, R, unused).
    /// Ink is any pixel clearly off white: coloured rules count as much as black ones. A run
    /// that long holds one of every `minPixels`-th pixel, so only those are looked at and
    /// grown to both sides: a row of white or of text costs a few reads, not one per pixel.
    static func inkRuns(_ row: UnsafeMutablePointer<UInt8>, width: Int) -> [(Int, Int)] {
        let minPixels = Int(minLength * scale)
        func ink(_ x: Int) -> Bool {
            let p = row + 4 * x
            return min(p[0], p[1], p[2]) < 200
        }
        var out: [(Int, Int)] = []
        var x = minPixels - 1
        var scanned = 0
        while x < width {
            if x >= scanned, ink(x) {
                var a = x
                while a > scanned, ink(a - 1) { a -= 1 }
                var b = x + 1
                while b < width, ink(b) { b += 1 }
                if b - a >= minPixels { out.append((a, b)) }
                scanned = b
            }
            x += minPixels
        }
        return out
    }

    /// Runs on adjacent pixel rows that overlap make one band; bands thicker than
    /// `maxThickness` are filled boxes, not rules.
    static func merge(_ rows: [[(Int, Int)]]) -> [HorizontalRule] {
        var open: [(y0: Int, y1: Int, x0: Int, x1: Int)] = []
        var done: [(y0: Int, y1: Int, x0: Int, x1: Int)] = []
        for (y, runs) in rows.enumerated() {
            var next: [(y0: Int, y1: Int, x0: Int, x1: Int)] = []
            var used = Set<Int>()
            for run in runs {
                if let i = open.indices.first(where: { !used.contains($0) && open[$0].x0 < run.1 && run.0 < open[$0].x1 }) {
                    used.insert(i)
                    let band = open[i]
                    next.append((band.y0, y + 1, min(band.x0, run.0), max(band.x1, run.1)))
                } else {
                    next.append((y, y + 1, run.0, run.1))
                }
            }
            for i in open.indices where !used.contains(i) { done.append(open[i]) }
            open = next
        }
        done += open
        return done.filter { Double($0.y1 - $0.y0) <= maxThickness * scale }
            .map { HorizontalRule(y0: Double($0.y0) / scale, y1: Double($0.y1) / scale,
                                  x0: Double($0.x0) / scale, x1: Double($0.x1) / scale) }
            .sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
    }
}
