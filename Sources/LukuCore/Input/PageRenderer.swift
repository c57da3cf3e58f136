import CPoppler
import Foundation

/// Renders PDF pages to PNG files with poppler-glib on a cairo image surface, for `luku view`.
/// With PopplerReader.swift and RuleFinder.swift, the only code that calls poppler (and cairo).
public enum PageRenderer {
    public struct Rendered: Equatable, Sendable {
        public var page: Int
        /// The page's size in PDF points and the PNG's size in pixels (points × scale).
        public var widthPoints: Double
        public var heightPoints: Double
        public var widthPixels: Int
        public var heightPixels: Int
    }

    /// Writes each of `pages` (1-based) of the PDF at `path` as a PNG into `folder`, named by
    /// `fileName(page)`, `scale` pixels per point (1.5 = 108 dpi), on a white background (PDF
    /// pages are transparent where nothing is printed). The document is opened once.
    public static func render(path: String, pages: [Int], scale: Double, into folder: String,
                              fileName: (Int) -> String) throws -> [Rendered] {
        let document = try OpenDocument(path: path)
        return try withExtendedLifetime(document) {
            let count = Int(poppler_document_get_n_pages(document.pointer))
            return try pages.map { page in
                guard page >= 1, page <= count, let handle = poppler_document_get_page(document.pointer, Int32(page - 1)) else {
                    throw ReadError.unreadable(path: path, reason: "it has no page \(page)")
                }
                defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
                let target = (folder as NSString).appendingPathComponent(fileName(page))
                return try render(handle, page: page, scale: scale, to: target)
            }
        }
    }

    private static func render(_ handle: OpaquePointer, page: Int, scale: Double, to target: String) throws -> Rendered {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        let pixelsWide = Int32((width * scale).rounded(.up)), pixelsHigh = Int32((height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixelsWide, pixelsHigh) else {
            throw ReadError.unreadable(path: target, reason: "cairo could not make a \(pixelsWide)×\(pixelsHigh) image")
        }
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(handle, context)
        cairo_surface_flush(surface)
        let status = cairo_surface_write_to_png(surface, target)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ReadError.unreadable(path: target, reason: "cairo could not write the PNG: \(String(cString: cairo_status_to_string(status)))")
        }
        return Rendered(page: page, widthPoints: width, heightPoints: height,
                        widthPixels: Int(pixelsWide), heightPixels: Int(pixelsHigh))
    }

    /// The number of pages, without reading any text.
    public static func pageCount(path: String) throws -> Int { try PopplerReader.pageCount(path: path) }
}
