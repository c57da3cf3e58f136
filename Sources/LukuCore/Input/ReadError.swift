/// Why an input could not be read at all. Each case says what and where, and what to do about it,
/// in words a user can act on.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case encrypted(path: String)
    case notAPDF(path: String, library: String)
    case notUTF8(path: String, offset: Int, byte: UInt8)
    case unsupportedExtension(path: String)
    case noPages(path: String)

    public var description: String {
        switch self {
        case .fileNotFound(let p): return "\(p): no such file; check the path and the file name"
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .emptyFile(let p):
            return "\(p): the file is empty (no text at all); download or export the document again"
        case .encrypted(let p):
            return "\(p): the PDF is encrypted and needs a password; Luku reads only unencrypted PDFs: "
                + "remove the password first, e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf"
        case .notAPDF(let p, let lib):
            return "\(p): poppler could not open it as a PDF (\(lib)); the file is damaged or not a PDF "
                + "(an HTML page saved as .pdf?): download or export it again"
        case .notUTF8(let p, let offset, let byte):
            return "\(p): not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset)); "
                + "convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8"
        case .noPages(let p):
            return "\(p): the PDF has no pages (0 pages); download or export the document again"
        case .unsupportedExtension(let p):
            return "\(p): not a .pdf, .txt or .md file; save it as PDF or as UTF-8 text (.txt) first"
        }
    }
}
