import Foundation

/// `luku view FILE.pdf [--pages N-M] -o DIR`: runs the pipeline on the pages, renders them to
/// `DIR/page-N.png` and writes `DIR/index.html`.
public struct ViewWriter {
    /// Pixels per PDF point in the page images (1.5 = 108 dpi): sharp enough to read 8 pt figures.
    public var scale = 1.5
    public var pages: ClosedRange<Int>?
    public var threads = ProcessInfo.processInfo.activeProcessorCount

    public init(pages: ClosedRange<Int>? = nil) { self.pages = pages }

    public struct Output {
        public var document: Document
        public var index: String
        public var images: [String]
    }

    public static func imageName(_ page: Int) -> String { "page-\(page).png" }

    public func write(pdf path: String, to folder: String) throws -> Output {
        var pipeline = Pipeline(pageThreads: threads)
        pipeline.pages = pages
        let document = pipeline.run(path: path)
        if let error = document.issues.first(where: { $0.severity == .error }) {
            throw ViewError(message: error.message)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let total = document.source.pages
        let shown = (1...max(total, 1)).filter { pages?.contains($0) ?? true }
        let rendered = try PageRenderer.render(path: path, pages: shown, scale: scale, into: folder, fileName: Self.imageName)
        let html = ViewReport.html(document, pages: rendered, scale: scale, imageName: Self.imageName)
        let index = (folder as NSString).appendingPathComponent("index.html")
        try Data(html.utf8).write(to: URL(fileURLWithPath: index))
        return Output(document: document, index: index,
                      images: shown.map { (folder as NSString).appendingPathComponent(Self.imageName($0)) })
    }

    public struct ViewError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
