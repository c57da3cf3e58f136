/// A word on a line: text without surrounding whitespace and, for PDF input, its box.
///
/// Every line of a document is held until segmenting ends (tables join across pages), so a
/// word's stored form is packed (issue 8: the lines' words were the peak of a long PDF, about
/// 29 MB at 1 580 pages of Kauhava ×10): the box is stored without an optional's tag byte (an
/// absent box is a flag), the text column as 32 bits. 64 bytes a word instead of 88; the values
/// read back are exactly those stored, so no output changes (`WordStorageTests`).
public struct Word: Equatable, Sendable {
    public var text: String
    private var storedBox: BoundingBox
    /// Font size in points (PDF) or 0 (text input).
    public var fontSize: Double
    private var storedColumn: Int32
    public var isBold: Bool
    /// Set when the word was assembled from digit groups whose gaps were close to a column gap,
    /// so another reading of the digits was plausible.
    public var doubtfulJoin: Bool
    /// PDF input: most of the word's glyphs are in a monospace font (`FontFace.isMonospace`),
    /// whose space is a whole glyph cell (`MonospaceDigitGroups`). Not part of equality.
    public var isMonospace: Bool
    private var hasBox: Bool

    /// Marks `storedColumn` as absent; a text line this long (2 billion characters) is no line.
    private static let noColumn = Int32.min
    private static let emptyBox = BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0)

    /// Where the word is printed (PDF, and text laid out in print columns); nil otherwise.
    public var box: BoundingBox? {
        get { hasBox ? storedBox : nil }
        set {
            storedBox = newValue ?? Word.emptyBox
            hasBox = newValue != nil
        }
    }

    /// Text input only: the character column the word starts at on its line (`pdftotext -layout`
    /// keeps the printed x as columns, `LayoutColumnsTable`); nil for PDF input. Not part of
    /// equality: the same words are the same line wherever they stand.
    public var column: Int? {
        get { storedColumn == Word.noColumn ? nil : Int(storedColumn) }
        set { storedColumn = newValue.flatMap { Int32(exactly: $0) }.flatMap { $0 == Word.noColumn ? nil : $0 } ?? Word.noColumn }
    }

    public init(text: String, box: BoundingBox? = nil, fontSize: Double = 0, isBold: Bool = false,
                doubtfulJoin: Bool = false, column: Int? = nil, isMonospace: Bool = false) {
        self.text = text
        self.storedBox = box ?? Word.emptyBox
        self.hasBox = box != nil
        self.fontSize = fontSize
        self.isBold = isBold
        self.doubtfulJoin = doubtfulJoin
        self.isMonospace = isMonospace
        self.storedColumn = Word.noColumn
        self.column = column
    }

    public static func == (a: Word, b: Word) -> Bool {
        a.text == b.text && a.box == b.box && a.fontSize == b.fontSize && a.isBold == b.isBold && a.doubtfulJoin == b.doubtfulJoin
    }
}

extension Word {
    /// Several words as one: texts joined with single spaces, boxes united.
    static func merged(_ words: [Word]) -> Word {
        guard var result = words.first else { return Word(text: "") }
        for w in words.dropFirst() {
            result.text += " " + w.text
            if let a = result.box, let b = w.box { result.box = a.union(b) }
            result.doubtfulJoin = result.doubtfulJoin || w.doubtfulJoin
        }
        return result
    }
}
