/// A word on a line: text without surrounding whitespace and, for PDF input, its box.
public struct Word: Equatable, Sendable {
    public var text: String
    public var box: BoundingBox?
    /// Font size in points (PDF) or 0 (text input).
    public var fontSize: Double
    public var isBold: Bool
    /// Set when the word was assembled from digit groups whose gaps were close to a column gap,
    /// so another reading of the digits was plausible.
    public var doubtfulJoin: Bool
    /// Text input only: the character column the word starts at on its line (`pdftotext -layout`
    /// keeps the printed x as columns, `LayoutColumnsTable`); nil for PDF input. Not part of
    /// equality: the same words are the same line wherever they stand.
    public var column: Int?

    public init(text: String, box: BoundingBox? = nil, fontSize: Double = 0, isBold: Bool = false,
                doubtfulJoin: Bool = false, column: Int? = nil) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
        self.doubtfulJoin = doubtfulJoin
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
