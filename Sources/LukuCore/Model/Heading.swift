/// A section heading. `number` is the printed numbering ("8", "8.1") without the trailing dot;
/// `level` is 1 for "8.", 2 for "8.1", and for unnumbered headings the level their position implies.
public struct Heading: Equatable, Sendable {
    public var number: String?
    public var text: String
    public var level: Int
    public var page: Int

    public init(number: String?, text: String, level: Int, page: Int) {
        self.number = number
        self.text = text
        self.level = level
        self.page = page
    }
}
