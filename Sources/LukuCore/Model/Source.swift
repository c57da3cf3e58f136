/// Where a document came from. `file` is the bare file name, never a path, so golden files do
/// not depend on where the checkout lives.
public struct Source: Equatable, Sendable {
    public enum Format: String, Sendable { case pdf, text }

    public var file: String
    public var sha256: String
    public var format: Format
    /// PDF pages, or form-feed separated pages of a text file.
    public var pages: Int
    /// How a text file's bytes were decoded, when not plain UTF-8: "utf-8-bom", "utf-16le",
    /// "utf-16be" (with a byte-order mark) or "windows-1252". nil for PDFs and UTF-8 text.
    public var encoding: String?

    public init(file: String, sha256: String, format: Format, pages: Int, encoding: String? = nil) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.pages = pages
        self.encoding = encoding
    }
}
