/// Something a reader should know about the extraction.
public struct Issue: Equatable, Sendable {
    public enum Severity: String, Sendable { case error, warning, info }

    public var severity: Severity
    /// Stable machine-readable code: `error` (input unreadable), `identity-mismatch`,
    /// `ambiguous-split`, `no-text-layer`, `unsplittable-numbers`, …
    public var code: String
    public var page: Int?
    public var message: String

    public init(severity: Severity, code: String, page: Int? = nil, message: String) {
        self.severity = severity
        self.code = code
        self.page = page
        self.message = message
    }

    public static func error(_ message: String, code: String = "error", page: Int? = nil) -> Issue {
        Issue(severity: .error, code: code, page: page, message: message)
    }
}
