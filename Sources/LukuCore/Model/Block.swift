/// A piece of content inside a section.
public enum Block: Equatable, Sendable {
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(Table)

    public var table: Table? {
        if case .table(let t) = self { return t }
        return nil
    }

    public var page: Int {
        switch self {
        case .paragraph(let p): return p.page
        case .list(let l): return l.page
        case .table(let t): return t.page
        }
    }
}

/// Running text, re-joined across wrapped lines.
public struct Paragraph: Equatable, Sendable {
    public var page: Int
    public var text: String

    public init(page: Int, text: String) {
        self.page = page
        self.text = text
    }
}

/// A bulleted or dashed list; each item re-joined across wrapped lines, bullet removed.
public struct ListBlock: Equatable, Sendable {
    public var page: Int
    public var items: [String]

    public init(page: Int, items: [String]) {
        self.page = page
        self.items = items
    }
}
