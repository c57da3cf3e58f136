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
///
/// A question is about a band of a page (`rules(onPage:between:and:)`). When the decisions
/// have said which band of each page they can ask about (`focus`), a page is drawn only there
/// (RuleFinder.bandFinder: the rules of that band are those the whole page has); a question
/// outside what was drawn draws again, so every answer is the whole page's.
public final class PageRules: @unchecked Sendable {
    private let find: @Sendable ([RuleRequest]) -> [Int: RuleDrawing]
    private let lock = NSLock()
    private var drawn: [Int: [RuleDrawing]] = [:]
    private var asked = Set<Int>()
    private var bands: [Int: ClosedRange<Double>] = [:]
    /// How many pages `prefetch` may draw at once: one per thread the finder draws on.
    public let batch: Int

    /// Pages are drawn whole by `find`.
    public convenience init(batch: Int = 1, find: @escaping @Sendable ([Int]) -> [Int: [HorizontalRule]]) {
        self.init(batch: batch, draw: { requests in find(requests.map(\.page)).mapValues { RuleDrawing(rules: $0) } })
    }

    /// Pages are drawn by `draw`, each in the band asked for.
    public init(batch: Int = 1, draw: @escaping @Sendable ([RuleRequest]) -> [Int: RuleDrawing]) {
        self.find = draw
        self.batch = max(1, batch)
    }

    /// How many pages were asked for so far.
    public var renderedPages: Int { lock.withLock { asked.count } }

    /// Says which band of each page (points from the top) the questions to come are about; a
    /// page is then drawn in that band (and the question's). Adds to what was said before.
    public func focus(_ pageBands: [Int: ClosedRange<Double>]) {
        lock.withLock {
            for (page, band) in pageBands {
                bands[page] = bands[page].map { min($0.lowerBound, band.lowerBound)...max($0.upperBound, band.upperBound) } ?? band
            }
        }
    }

    /// The rules of `page`, top to bottom: among them every rule of the page whose middle lies
    /// between `top` and `bottom`.
    public func rules(onPage page: Int, between top: Double = -.infinity, and bottom: Double = .infinity) -> [HorizontalRule] {
        lock.withLock {
            asked.insert(page)
            if let known = drawn[page]?.first(where: { $0.covers(top, bottom) }) { return known.rules }
            let drawing = find([request(page, top, bottom)])[page] ?? RuleDrawing(rules: [])
            drawn[page, default: []].append(drawing)
            return drawing.rules
        }
    }

    /// Draws those of `pages` not drawn yet, in one call to the finder (in parallel when it
    /// has threads). Changes no answer: only when the work is done.
    public func prefetch(_ pages: [Int]) {
        lock.withLock {
            var missing: [Int] = []
            for page in pages where drawn[page] == nil && !missing.contains(page) { missing.append(page) }
            guard missing.count > 1 else { return }  // one page is drawn as fast when asked for
            let found = find(missing.map { request($0, nil, nil) })
            for page in missing { drawn[page, default: []].append(found[page] ?? RuleDrawing(rules: [])) }
        }
    }

    /// Whether `page` was asked for already (asking again costs nothing then).
    public func isKnown(_ page: Int) -> Bool { lock.withLock { asked.contains(page) } }

    /// The request for `page`: its focus band widened to the question's, or the whole page
    /// when either is unbounded (called under the lock).
    private func request(_ page: Int, _ top: Double?, _ bottom: Double?) -> RuleRequest {
        guard var band = bands[page] else { return RuleRequest(page: page) }
        if let top, let bottom {
            guard top.isFinite, bottom.isFinite, top <= bottom else { return RuleRequest(page: page) }
            band = min(band.lowerBound, top)...max(band.upperBound, bottom)
        }
        return RuleRequest(page: page, band: band)
    }
}
