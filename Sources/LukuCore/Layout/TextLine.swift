/// One printed line, the unit every segmenting stage works on, for PDF and text input alike.
///
/// Every line of a document is held until segmenting ends, so the stored form is packed as
/// `Word`'s is (issue 8): the box without an optional's tag byte, the page and Markdown level as
/// 32 bits. 80 bytes a line instead of 104; the values read back are exactly those stored.
public struct TextLine: Equatable, Sendable {
    public var words: [Word]
    private var storedBox: BoundingBox
    /// Dominant font size (PDF) or 0.
    public var fontSize: Double
    /// Left edge: x in points (PDF) or leading-space count (text).
    public var indent: Double
    /// Cells when the source separated them with tabs (Markdown-like text input).
    public var tabCells: [String]?
    private var storedPage: Int32
    private var storedMarkdownLevel: Int32
    /// Most of the line's characters are bold (PDF font name, or `<b>`/`**` markup in text).
    public var isBold: Bool
    private var hasBox: Bool

    private static let noLevel = Int32.min
    private static let emptyBox = BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0)

    /// 1-based page number (a count past 2^31 - 1 pages, which no file holds, is stored as that).
    public var page: Int {
        get { Int(storedPage) }
        set { storedPage = Int32(clamping: newValue) }
    }

    /// Union of the word boxes (PDF only).
    public var box: BoundingBox? {
        get { hasBox ? storedBox : nil }
        set {
            storedBox = newValue ?? TextLine.emptyBox
            hasBox = newValue != nil
        }
    }

    /// Number of leading `#` when the text input marked the line as a heading.
    public var markdownLevel: Int? {
        get { storedMarkdownLevel == TextLine.noLevel ? nil : Int(storedMarkdownLevel) }
        set { storedMarkdownLevel = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? TextLine.noLevel }
    }

    public init(page: Int, words: [Word], box: BoundingBox? = nil, fontSize: Double = 0, isBold: Bool = false,
                indent: Double = 0, tabCells: [String]? = nil, markdownLevel: Int? = nil) {
        self.words = words
        self.storedBox = box ?? TextLine.emptyBox
        self.hasBox = box != nil
        self.fontSize = fontSize
        self.indent = indent
        self.tabCells = tabCells
        self.storedPage = Int32(clamping: page)
        self.storedMarkdownLevel = TextLine.noLevel
        self.isBold = isBold
        self.markdownLevel = markdownLevel
    }

    public static func == (a: TextLine, b: TextLine) -> Bool {
        a.page == b.page && a.words == b.words && a.box == b.box && a.fontSize == b.fontSize && a.isBold == b.isBold
            && a.indent == b.indent && a.tabCells == b.tabCells && a.markdownLevel == b.markdownLevel
    }

    /// The words joined with single spaces.
    public var text: String { words.map(\.text).joined(separator: " ") }

    public var isEmpty: Bool { words.isEmpty }
}

extension TextLine {
    /// The line cut where words stand at least `gapEm` apart (`GapThreshold`: a gap of exactly
    /// `gapEm` cuts): the cells of a table row. Without geometry (text input) the whole line is
    /// one chunk.
    ///
    /// A word starts a chunk when it is the first, or has a box and does not stand closer than
    /// `gapEm` to the word before it (one without a box joins the chunk before it). The cuts are
    /// found first and each chunk is copied once at its size: growing every chunk word by word
    /// cost ~2 500 instructions a line, and the table roles cut every line (issue 8).
    public func chunks(gapEm: Double) -> [[Word]] {
        guard !words.isEmpty else { return [] }
        var out: [[Word]] = []
        var start = 0
        for i in 1..<words.count {
            guard let b = words[i].box else { continue }
            if let a = words[i - 1].box,
               GapThreshold.isBelow((b.x0 - a.x1) / max(words[i].fontSize, words[i - 1].fontSize, 1), gapEm) { continue }
            out.append(Array(words[start..<i]))
            start = i
        }
        out.append(Array(words[start...]))
        return out
    }
}
