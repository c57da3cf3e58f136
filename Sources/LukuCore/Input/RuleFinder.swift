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

/// A page to draw for its rules, and the band of it (PDF points from the top) the questions are
/// about; nil: the whole page.
public struct RuleRequest: Hashable, Sendable {
    public var page: Int
    public var band: ClosedRange<Double>?
    public init(page: Int, band: ClosedRange<Double>? = nil) {
        self.page = page
        self.band = band
    }
}

/// What one drawing of a page says. Every rule of the whole page's drawing whose middle lies
/// between `from` and `to` (points from the top) is in `rules`, exactly as the whole page's
/// drawing has it; `rules` may hold others. A whole page covers everything.
public struct RuleDrawing: Equatable, Sendable {
    public var rules: [HorizontalRule]
    public var from: Double
    public var to: Double
    public init(rules: [HorizontalRule], from: Double = -.infinity, to: Double = .infinity) {
        self.rules = rules
        self.from = from
        self.to = to
    }

    /// Whether the rules with middles between `top` and `bottom` are all known.
    public func covers(_ top: Double, _ bottom: Double) -> Bool { from <= top && bottom <= to }
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
    /// Pixel rows drawn beyond a band on each side, to find a row without ink there (below).
    static let bandMargin = 48

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
        let find = bandFinder(path: path, threads: threads)
        return { pages in find(pages.map { RuleRequest(page: $0) }).mapValues(\.rules) }
    }

    /// A finder that draws only the band of each page asked for (`RuleDrawing` says what the
    /// drawing covers); otherwise as `finder`. One request per page.
    public static func bandFinder(path: String, threads: Int = 1) -> @Sendable ([RuleRequest]) -> [Int: RuleDrawing] {
        let held = HeldDocuments(path: path, count: max(1, threads))
        return { requests in held.withDocuments(upTo: requests.count) { documents in
            let workers = documents.count
            // A copy that would not open (it opened once already) leaves the work to one thread.
            if workers <= 1 || documents.contains(where: { $0 == nil }) {
                return draw(requests, with: documents.first { $0 != nil } ?? nil)
            }
            let parts = ParallelMap.map(count: workers, threads: workers) { w in
                draw(stride(from: w, to: requests.count, by: workers).map { requests[$0] }, with: documents[w])
            }
            return parts.reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }
        } }
    }

    /// The drawings of `requests` of one open document (no rules for a page it does not have).
    private static func draw(_ requests: [RuleRequest], with document: OpenDocument?) -> [Int: RuleDrawing] {
        guard let document else { return [:] }
        let count = Int(poppler_document_get_n_pages(document.pointer))
        var out: [Int: RuleDrawing] = [:]
        for request in requests {
            let page = request.page
            guard page >= 1, page <= count, let handle = poppler_document_get_page(document.pointer, Int32(page - 1)) else {
                out[page] = RuleDrawing(rules: [])
                continue
            }
            out[page] = request.band.flatMap { band(handle, $0) } ?? RuleDrawing(rules: rules(handle))
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
        render(handle, rows: nil) { _, runs, _ in merge(runs) } ?? []
    }

    /// The rules of `band` (points) drawn alone: the page is drawn through a clip of the band's
    /// pixel rows and `bandMargin` more on each side, and the drawing reaches from the last row
    /// without ink runs above the band to the first one below it. At a row without runs every
    /// band of `merge` has ended, so between two such rows `merge` makes the bands the whole
    /// page makes, from the same pixels (the clip is whole rows; cairo draws inside it what it
    /// draws without it). A rule whose middle lies in the band has a row in it, hence lies
    /// between the two rows. nil when a margin has ink runs on every row (a filled box): then
    /// the whole page is drawn.
    private static func band(_ handle: OpaquePointer, _ band: ClosedRange<Double>) -> RuleDrawing? {
        // A rule with middle m > top has its last row y1 - 1 ≥ m·scale - 0.5 > top·scale - 0.5,
        // so a row without runs at or above top·scale - 0.5 (and below bottom·scale - 0.5 on the
        // other side) leaves it inside.
        guard band.lowerBound.isFinite, band.upperBound.isFinite, band.lowerBound > -1e6, band.upperBound < 1e6 else { return nil }
        let needTop = Int((band.lowerBound * scale - 0.5).rounded(.down))
        let needBottom = Int((band.upperBound * scale - 0.5).rounded(.up))
        guard needTop <= needBottom else { return nil }
        return render(handle, rows: (needTop - bandMargin)..<(needBottom + bandMargin + 1)) { rows, runs, pageRows in
            // -1 and the page's height stand for the page's edges: `merge` starts and ends there.
            var top = min(needTop, rows.upperBound - 1)
            while top >= rows.lowerBound, !runs[top - rows.lowerBound].isEmpty { top -= 1 }
            if top < rows.lowerBound, rows.lowerBound > 0 { return nil }
            var bottom = max(needBottom, rows.lowerBound)
            while bottom < rows.upperBound, !runs[bottom - rows.lowerBound].isEmpty { bottom += 1 }
            if bottom >= rows.upperBound, rows.upperBound < pageRows { return nil }
            let first = max(top, rows.lowerBound - 1) + 1, last = min(bottom, rows.upperBound)
            let inside = first < last ? Array(runs[(first - rows.lowerBound)..<(last - rows.lowerBound)]) : []
            return RuleDrawing(rules: merge(inside, firstRow: first),
                               from: first == 0 ? -.infinity : (Double(first - 1) + 0.5) / scale,
                               to: last >= pageRows ? .infinity : (Double(last) + 0.5) / scale)
        } ?? nil
    }

    /// Draws the page (`rows`: only those pixel rows, clipped to the page) and hands `body` the
    /// rows drawn and the ink runs of each; nil when the page cannot be drawn.
    private static func render<T>(_ handle: OpaquePointer, rows wanted: Range<Int>?,
                                  _ body: (_ rows: Range<Int>, _ runs: [[(Int, Int)]], _ pageRows: Int) -> T) -> T? {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        let wide = Int32((width * scale).rounded(.up)), high = Int32((height * scale).rounded(.up))
        guard wide > 0, high > 0, wide < 20_000, high < 20_000 else { return nil }
        let rows = wanted.map { w -> Range<Int> in
            let lower = min(max(0, w.lowerBound), Int(high))
            return lower..<max(lower, min(Int(high), w.upperBound))
        } ?? 0..<Int(high)
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, wide))
        guard stride > 0 else { return nil }
        // The pixels are ours; only the rows drawn are filled white (cheaper than cairo's zeroed
        // image painted white), and only they are drawn and read. Plain heap memory: after the
        // first page malloc hands the same pages back, already mapped (a fresh mapping per page
        // cost more kernel time in page faults than the fill it saved).
        let data = UnsafeMutablePointer<UInt8>.allocate(capacity: stride * Int(high))
        defer { data.deallocate() }
        if !rows.isEmpty { (data + rows.lowerBound * stride).initialize(repeating: 0xFF, count: rows.count * stride) }
        guard let surface = cairo_image_surface_create_for_data(data, CAIRO_FORMAT_RGB24, wide, high, Int32(stride)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        let context = cairo_create(surface)
        if wanted != nil {
            // Whole pixel rows: the clip is a box on the pixel grid.
            cairo_rectangle(context, 0, Double(rows.lowerBound), Double(wide), Double(rows.count))
            cairo_clip(context)
        }
        cairo_scale(context, scale, scale)
        poppler_page_render(handle, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        let runs = rows.map { inkRuns(data + $0 * stride, width: Int(wide)) }
        return body(rows, runs, Int(high))
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
    static func merge(_ rows: [[(Int, Int)]], firstRow: Int = 0) -> [HorizontalRule] {
        var open: [(y0: Int, y1: Int, x0: Int, x1: Int)] = []
        var done: [(y0: Int, y1: Int, x0: Int, x1: Int)] = []
        for (i, runs) in rows.enumerated() {
            let y = firstRow + i
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
