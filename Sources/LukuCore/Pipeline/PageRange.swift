import Foundation

/// `--pages` ranges: `5`, `3-7`, or `3-` (page 3 to the end). Pages are 1-based, as printed.
public enum PageRange {
    public static func parse(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = Int(parts[0]), first >= 1 else { throw PageRangeError(text: text) }
        guard parts.count == 2 else { return first...first }
        if parts[1].isEmpty { return first...Int.max }
        guard let last = Int(parts[1]), last >= first else { throw PageRangeError(text: text) }
        return first...last
    }

    /// The range as it was written: `5`, `3-7`, `3-`.
    public static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "\(range.lowerBound)-" }
        return range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }
}

public struct PageRangeError: Error, CustomStringConvertible {
    public var text: String
    public var description: String { "'\(text)' is not a page range: write N, N-M (N ≤ M) or N- (to the end), pages from 1" }
}
