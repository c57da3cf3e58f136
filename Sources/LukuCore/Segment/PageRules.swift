import Foundation

/// The horizontal rules of a PDF's pages, drawn only when first asked for and kept: finding
/// them renders the page, which costs far more than reading its text, so only the pages a
/// table decision needs are rendered. The finder comes from the input stage (the PDF path of
/// the pipeline); text input has no rules and passes none.
public final class PageRules: @unchecked Sendable {
    private let find: @Sendable ([Int]) -> [Int: [HorizontalRule]]
    private let lock = NSLock()
    private var cache: [Int: [HorizontalRule]] = [:]

    public init(find: @escaping @Sendable ([Int]) -> [Int: [HorizontalRule]]) {
        self.find = find
    }

    /// How many pages were rendered so far.
    public var renderedPages: Int { lock.withLock { cache.count } }

    /// The rules of `page`, top to bottom.
    public func rules(onPage page: Int) -> [HorizontalRule] {
        lock.withLock {
            if let known = cache[page] { return known }
            let found = find([page])[page] ?? []
            cache[page] = found
            return found
        }
    }

    /// Whether `page` was rendered already (asking costs nothing then).
    public func isKnown(_ page: Int) -> Bool { lock.withLock { cache[page] != nil } }
}
