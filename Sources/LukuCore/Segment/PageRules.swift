import Foundation

/// The horizontal rules of a PDF's pages, drawn only when first asked for and kept: finding
/// them renders the page, which costs far more than reading its text, so only the pages a
/// table decision needs are rendered. The finder comes from the input stage (the PDF path of
/// the pipeline); text input has no rules and passes none.
///
/// Pages a decision is sure to ask for next can be drawn ahead, several at once (`prefetch`:
/// the finder draws them on its threads). A page drawn ahead is not yet "known": `isKnown`
/// says whether a decision asked for the page, so what the decisions do (RuledRows looks at
/// known pages first) does not depend on what was drawn ahead or on the thread count.
public final class PageRules: @unchecked Sendable {
    private let find: @Sendable ([Int]) -> [Int: [HorizontalRule]]
    private let lock = NSLock()
    private var drawn: [Int: [HorizontalRule]] = [:]
    private var asked = Set<Int>()
    /// How many pages `prefetch` may draw at once: one per thread the finder draws on.
    public let batch: Int

    public init(batch: Int = 1, find: @escaping @Sendable ([Int]) -> [Int: [HorizontalRule]]) {
        self.find = find
        self.batch = max(1, batch)
    }

    /// How many pages were asked for so far.
    public var renderedPages: Int { lock.withLock { asked.count } }

    /// The rules of `page`, top to bottom.
    public func rules(onPage page: Int) -> [HorizontalRule] {
        lock.withLock {
            asked.insert(page)
            if let known = drawn[page] { return known }
            let found = find([page])[page] ?? []
            drawn[page] = found
            return found
        }
    }

    /// Draws those of `pages` not drawn yet, in one call to the finder (in parallel when it
    /// has threads). Changes no answer: only when the work is done.
    public func prefetch(_ pages: [Int]) {
        lock.withLock {
            var missing: [Int] = []
            for page in pages where drawn[page] == nil && !missing.contains(page) { missing.append(page) }
            guard missing.count > 1 else { return }  // one page is drawn as fast when asked for
            let found = find(missing)
            for page in missing { drawn[page] = found[page] ?? [] }
        }
    }

    /// Whether `page` was asked for already (asking again costs nothing then).
    public func isKnown(_ page: Int) -> Bool { lock.withLock { asked.contains(page) } }
}
