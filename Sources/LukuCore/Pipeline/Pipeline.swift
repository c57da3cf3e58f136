import Foundation

/// The whole pipeline for one input file, in order: read (poppler or text) → lay out lines →
/// segment → check arithmetic → document. It never throws: an input that cannot be read yields
/// a document with an `error` issue, so a folder run goes on.
public struct Pipeline: Sendable {
    var lineBuilder = LineBuilder()
    var numberJoiner = NumberJoiner()
    var gutterSplitter = GutterSplitter()
    var proseBesideTableSplitter = ProseBesideTableSplitter()
    var figureBesideTableSplitter = FigureBesideTableSplitter()
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
        var hashing: BackgroundWork<String>?
        // A PDF is hashed from the file in pieces (poppler reads the file itself). With several
        // threads it is hashed on a thread of its own once the pages are read (`HashAfterPages`),
        // or at the end when reading fails; text is read whole, to be decoded, and hashed at once.
        let hashLater = format == .pdf && pageThreads > 1
        StageTimeline.mark("run: \(file)")
        // Set once the file is known to be a regular file: from then on the hash is owed.
        var hashOwed = false
        do {
            let size = try Pipeline.regularFileSize(path)
            let data = format == .pdf ? nil : try Pipeline.readBytes(path)
            if let data {
                document.source.sha256 = SHA256.hex(data)
            } else if hashLater {
                hashOwed = true
            } else {
                document.source.sha256 = try SHA256.hex(fileAt: path)
            }
            guard Pipeline.supportedExtensions.contains(ext) else { throw ReadError.unsupportedExtension(path: file) }
            let output: Segmenter.Output?
            // The last steps for a reading: its title, blocks and issues on the document, then the checks.
            func finished(_ reading: Segmenter.Output) -> Document {
                var d = document
                d.title = reading.title
                d.blocks = reading.blocks
                d.sections = reading.sections
                d.issues += reading.issues
                // Converters that read numbers as decimals lose zero groups (Markdown only shows it).
                // What the text still decides is restored first (`LostZerosRestored`), the rest flagged.
                if format == .text { d.issues += LostZerosRestored.restoreAndFlag(&d) }
                // Thousands groups a converter ran together ("65659 576,31"), read and flagged.
                if format == .text { d.issues += FusedThousandsGroups.read(&d) }
                // Rows of fewer numbers than columns go where the table's arithmetic holds.
                if format == .text { d.issues += ShortRowsByChecks.place(&d, rules: self.checker.rules) }
                // Trailing-minus, bracketed and apostrophe numbers keep their values only where
                // they are the table's convention; the checks below then test the values read.
                d.issues += NotationConvention.apply(&d)
                d.issues += TrailingMinusPiece.flag(&d)
                // A figure with more decimals than the rest of its column may carry a glued mark.
                d.issues += DecimalsOffColumn.flag(&d)
                StageTimeline.mark("conventions read")
                var checker = self.checker
                checker.threads = pageThreads
                checker.check(&d)
                StageTimeline.mark("checked")
                return d
            }
            if format == .pdf {
                if size == 0 { throw ReadError.emptyFile(path: file) }
                // Each page is checked and laid out as soon as it is read: only its lines are kept.
                var pages = try PopplerReader.read(path: path, threads: pageThreads, pages: self.pages) { page in
                    let checked = TextLayerCheck.checkPage(page)
                    let laid = joinedAndSplit(lineBuilder.lines(of: checked.page))
                    let charts = laid.figureLabels > 0 ? [FigureBesideTableSplitter.issue(page: page.number, count: laid.figureLabels)] : []
                    return (lines: laid.lines, verdict: checked.verdict, issues: checked.issues + charts)
                }
                StageTimeline.mark("pages read and laid out")
                if hashLater { hashing = HashAfterPages.start(path: path) }
                document.source.pages = self.pages == nil ? pages.count : try PopplerReader.pageCount(path: path)
                if document.source.pages == 0 { throw ReadError.noPages(path: file) }
                try Pipeline.limitIssue(self.pages, read: pages.count, of: document.source.pages, file: file).map { document.issues.append($0) }
                document.issues += TextLayerCheck.issues(pages.map { ($0.verdict, $0.issues) }, file: file)
                var lines: [TextLine] = []
                lines.reserveCapacity(pages.reduce(0) { $0 + $1.lines.count })
                // Each page's array goes as soon as its lines are in `lines`: the two are never
                // held whole side by side (issue 8).
                for i in pages.indices {
                    lines += pages[i].lines
                    pages[i].lines = []
                }
                pages = []
                StageTimeline.mark("lines joined")
                // The readers' threads freed the glyphs in arenas the segmenter does not allocate from.
                FreedMemory.release()
                StageTimeline.mark("memory released")
                let rules = PageRules(batch: pageThreads, draw: RuleFinder.bandFinder(path: path, threads: pageThreads))
                var segmenter = self.segmenter
                segmenter.threads = pageThreads
                output = segmenter.segmentPDF(consume lines, rules: rules)
                StageTimeline.mark("segmented")
                FreedMemory.release()  // the lines, gone once the blocks are made
                StageTimeline.mark("memory released")
            } else {
                let (text, encoding) = try TextFileReader.decodeDetecting(data ?? Data(), path: file)
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
                if LaidOutText.isLaidOut(text) {
                    let laidOut = LaidOutText.lines(parsed, text: text).filter { self.pages?.contains($0.page) ?? true }
                    // Chart words left out (`FigureBesideTableSplitter`: character columns are
                    // columns too) are said in this reading's issues, as on a PDF page.
                    var charts: [Issue] = []
                    let joined = Dictionary(grouping: laidOut, by: \.page).sorted { $0.key < $1.key }.flatMap { page in
                        let laid = joinedAndSplit(page.value)
                        if laid.figureLabels > 0 { charts.append(FigureBesideTableSplitter.issue(page: page.key, count: laid.figureLabels)) }
                        return laid.lines
                    }
                    // Spacing can lie (HTML-made text sets columns one space apart, Lapua's
                    // minutes p. 18): both readings are made and finished; the one whose numbers
                    // more identities prove is kept, and on a tie the one with more clean numbers.
                    var byColumns = finished(segmenter.segmentLaidOutText(joined))
                    byColumns.issues += charts
                    let byTokens = finished(segmenter.segmentText(lines))
                    let (c, t) = (byColumns.verifiedCellCount, byTokens.verifiedCellCount)
                    document = c != t ? (c > t ? byColumns : byTokens)
                        : LaidOutText.cleanCells(byColumns.allTables) >= LaidOutText.cleanCells(byTokens.allTables) ? byColumns : byTokens
                    output = nil
                } else {
                    output = segmenter.segmentText(lines)
                }
            }
            if let output { document = finished(output) }
        } catch {
            document.issues.append(Pipeline.errorIssue(error, path: path, file: file))
        }
        if hashOwed {
            do { document.source.sha256 = try hashing?.wait() ?? SHA256.hex(fileAt: path) } catch {
                // A file that cannot be hashed gets only that error, as in a one-thread run.
                document = Document(source: Source(file: file, sha256: "", format: format, pages: 0))
                document.issues = [Pipeline.errorIssue(error, path: path, file: file)]
            }
            StageTimeline.mark("hash joined")
        }
        // What the checks and the readings not kept left free, before the JSON is written.
        FreedMemory.release()
        StageTimeline.mark("memory released")
        return document
    }

    static func errorIssue(_ error: Error, path: String, file: String) -> Issue {
        if let error = error as? ReadError { return .error(Pipeline.relative(error.description, path: path, file: file)) }
        return .error("\(file): \(error)")
    }

    /// The layout stage for one PDF page: lines, numbers joined, side-by-side tables split.
    public func layout(_ page: PageGlyphs) -> [TextLine] {
        joinAndSplit(lineBuilder.lines(of: page))
    }

    /// One page's lines with their digit groups joined into numbers and tables printed side by
    /// side split apart (PDF pages, and text laid out in print columns); where no two tables
    /// stand side by side, a table beside a column of prose is split from it, and where neither,
    /// a chart's labels beside a table are left out (`FigureBesideTableSplitter`).
    func joinAndSplit(_ lines: [TextLine]) -> [TextLine] { joinedAndSplit(lines).lines }

    /// `joinAndSplit`, with the count of chart words left out for the page's `figure-labels` issue.
    func joinedAndSplit(_ lines: [TextLine]) -> (lines: [TextLine], figureLabels: Int) {
        let joined = lines.map(numberJoiner.join)
        let tables = gutterSplitter.split(joined)
        guard tables == joined else { return (tables, 0) }
        let prose = proseBesideTableSplitter.split(joined)
        guard prose == joined else { return (prose, 0) }
        let charts = figureBesideTableSplitter.split(joined)
        return (charts.lines, charts.leftOut)
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
        // An empty file needs no read (and Foundation's reader leaks a page-sized buffer on one:
        // LeakSanitizer under `make fuzz-all`).
        if try regularFileSize(path) == 0 { return Data() }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ReadError.unreadable(path: path, reason: "\(error.localizedDescription); check that it is a readable file")
        }
    }

    /// The size of the regular file at `path`; throws for a missing file, a folder, a pipe or
    /// a device, with a message saying which.
    static func regularFileSize(_ path: String) throws -> Int {
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
        return known ? Int(info.st_size) : -1
    }

    /// Error messages name the file, not the checkout-dependent path, so output is portable.
    static func relative(_ message: String, path: String, file: String) -> String {
        message.replacingOccurrences(of: path, with: file)
    }

}
