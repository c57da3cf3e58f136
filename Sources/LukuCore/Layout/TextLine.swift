/// One printed line, the unit every segmenting stage works on, for PDF and text input alike.
public struct TextLine: Equatable, Sendable {
    public var page: Int
    public var words: [Word]
    /// Union of the word boxes (PDF only).
    public var box: BoundingBox?
    /// Dominant font size (PDF) or 0.
    public var fontSize: Double
    /// Most of the line's characters are bold (PDF font name, or `<b>`/`**` markup in text).
    public var isBold: Bool
    /// Left edge: x in points (PDF) or leading-space count (text).
    public var indent: Double
    /// Cells when the source separated them with tabs (Markdown-like text input).
    public var tabCells: [String]?
    /// Number of leading `#` when the text input marked the line as a heading.
    public var markdownLevel: Int?

    public init(page: Int, words: [Word], box: BoundingBox? = nil, fontSize: Double = 0, isBold: Bool = false,
                indent: Double = 0, tabCells: [String]? = nil, markdownLevel: Int? = nil) {
        self.page = page
        self.words = words
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
        self.indent = indent
        self.tabCells = tabCells
        self.markdownLevel = markdownLevel
    }

    /// The words joined with single spaces.
    public var text: String { words.map(\.text).joined(separator: " ") }

    public var isEmpty: Bool { words.isEmpty }
}

extension TextLine {
    /// The line cut where words stand at least `gapEm` apart (`GapThreshold`: a gap of exactly
    /// `gapEm` cuts): the cells of a table row. Without geometry (text input) the whole line is
    /// one chunk.
    public func chunks(gapEm: Double) -> [[Word]] {
        var out: [[Word]] = []
        for word in words {
            if let last = out.last?.last, let a = last.box, let b = word.box,
               GapThreshold.isBelow((b.x0 - a.x1) / max(word.fontSize, last.fontSize, 1), gapEm) {
                out[out.count - 1].append(word)
            } else if out.isEmpty || word.box != nil {
                out.append([word])
            } else {
                out[out.count - 1].append(word)
            }
        }
        return out
    }
}
