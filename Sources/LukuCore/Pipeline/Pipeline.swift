import Foundation

/// The whole pipeline for one input file, in order: read (poppler or text) → lay out lines →
/// segment → check arithmetic → document. It never throws: an input that cannot be read yields
/// a document with an `error` issue, so a folder run goes on.
public struct Pipeline: Sendable {
    var lineBuilder = LineBuilder()
    var numberJoiner = NumberJoiner()
    var gutterSplitter = GutterSplitter()
    var segmenter = Segmenter()
    var checker = IdentityChecker()
    /// Workers reading one PDF's pages (the output is the same for any value).
    public var pageThreads = ProcessInfo.processInfo.activeProcessorCount
    /// Only these pages (1-based), for `--pages`; nil reads them all. `source.pages` still counts
    /// every page, and an info issue `pages-limited` says the output is partial.
    public var pages: ClosedRange<Int>?

    /// `tableSettings`: every tolerance of the table stage (validate custom ones with
    /// `TableSettings.validated()` first).
    public init(pageThreads: Int = ProcessInfo.processInfo.activeProcessorCount, tableSettings: TableSettings = .default) {
        self.pageThreads = max(1, pageThreads)
        self.segmenter = Segmenter(settings: tableSettings)
    }

    public static let supportedExtensions: Set<String> = ["pdf", "txt", "md"]

    public func run(path: String) -> Document {
        let file = (path as NSString).lastPathComponent
        let ext = (file as NSString).pathExtension.lowercased()
        let format: Source.Format = ext == "pdf" ? .pdf : .text
        var document = Document(source: Source(file: file, sha256: "", format: format, pages: 0))
        do {
            let data = try Pipeline.readBytes(path)
            document.source.sha256 = SHA256.hex(data)
            guard Pipeline.supportedExtensions.contains(ext) else { throw ReadError.unsupportedExtension(path: file) }
            let output: Segmenter.Output
            if format == .pdf {
                if data.isEmpty { throw ReadError.emptyFile(path: file) }
                // Each page is checked and laid out as soon as it is read: only its lines are kept.
                let pages = try PopplerReader.read(path: path, threads: pageThreads, pages: self.pages) { page in
                    let checked = TextLayerCheck.checkPage(page)
                    return (lines: layout(checked.page), verdict: checked.verdict, issues: checked.issues)
                }
                document.source.pages = self.pages == nil ? pages.count : try PopplerReader.pageCount(path: path)
                if document.source.pages == 0 { throw ReadError.noPages(path: file) }
                try Pipeline.limitIssue(self.pages, read: pages.count, of: document.source.pages, file: file).map { document.issues.append($0) }
                document.issues += TextLayerCheck.issues(pages.map { ($0.verdict, $0.issues) }, file: file)
                let lines = pages.flatMap(\.lines)
                output = segmenter.segmentPDF(lines)
            } else {
                let (text, encoding) = try TextFileReader.decodeDetecting(data, path: file)
                document.source.encoding = encoding
                if encoding == "windows-1252" {
                    document.issues.append(Issue(severity: .info, code: "encoding", page: nil,
                                                 message: "\(file): not UTF-8; read as Windows-1252 (Finnish letters only in it), source.encoding says so"))
                }
                let parsed = TextFileReader.parse(text)
                document.source.pages = parsed.pages
                let lines = parsed.lines.filter { self.pages?.contains($0.page) ?? true }
                let read = Set(lines.map(\.page)).count
                try Pipeline.limitIssue(self.pages, read: read, of: parsed.pages, file: file).map { document.issues.append($0) }
                output = segmenter.segmentText(lines)
            }
            document.title = output.title
            document.blocks = output.blocks
            document.sections = output.sections
            document.issues += output.issues
            checker.check(&document)
        } catch let error as ReadError {
            document.issues.append(.error(Pipeline.relative(error.description, path: path, file: file)))
        } catch {
            document.issues.append(.error("\(file): \(error)"))
        }
        return document
    }

    /// The layout stage for one PDF page: lines, numbers joined, side-by-side tables split.
    public func layout(_ page: PageGlyphs) -> [TextLine] {
        gutterSplitter.split(lineBuilder.lines(of: page).map(numberJoiner.join))
    }

    /// The `pages-limited` note for a `--pages` run; throws when the range holds no page at all.
    static func limitIssue(_ range: ClosedRange<Int>?, read: Int, of total: Int, file: String) throws -> Issue? {
        guard let range else { return nil }
        let text = PageRange.describe(range)
        guard range.lowerBound <= total else {
            throw ReadError.unreadable(path: file, reason: "--pages \(text) holds no page: it has \(total) page\(total == 1 ? "" : "s")")
        }
        return Issue(severity: .info, code: "pages-limited",
                     message: "only pages \(text) of \(total) were read (--pages): the output is partial")
    }

    static func readBytes(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw ReadError.fileNotFound(path: path) }
        if isDirectory.boolValue {
            throw ReadError.unreadable(path: path, reason: "it is a folder, not a file")
        }
        // A named pipe would block the read (or fail with a misleading "permission" message),
        // a device could be endless: only regular files are documents.
        var info = stat()
        let known = stat(path, &info) == 0
        if known, info.st_mode & S_IFMT != S_IFREG {
            let type = info.st_mode & S_IFMT
            let what = type == S_IFIFO ? "a named pipe (FIFO)" : type == S_IFSOCK ? "a socket"
                : type == S_IFCHR || type == S_IFBLK ? "a device" : "a special file"
            throw ReadError.unreadable(path: path, reason: "it is \(what), not a file; save the document to a regular file first")
        }
        // An empty file needs no read (and Foundation's reader leaks a page-sized buffer on one:
        // LeakSanitizer under `make fuzz-all`).
        if known, info.st_size == 0 { return Data() }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ReadError.unreadable(path: path, reason: "\(error.localizedDescription); check that it is a readable file")
        }
    }

    /// Error messages name the file, not the checkout-dependent path, so output is portable.
    static func relative(_ message: String, path: String, file: String) -> String {
        message.replacingOccurrences(of: path, with: file)
    }

}
