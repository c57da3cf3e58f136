/// A parse failure with a 1-based position, so a hand-edited golden file can be fixed quickly.
/// `column` counts Unicode scalars from the start of the line.
public struct JSONParseError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}

extension JSONParseError {
    /// An error at byte `offset` of `bytes`. Line and column are computed only when an error
    /// happens, so the parser's happy path pays nothing for position tracking.
    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>, message: String) {
        var line = 1
        var lineStart = 0
        for k in 0..<offset where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        // Count scalars, i.e. bytes that are not UTF-8 continuation bytes (10xxxxxx).
        var column = 1
        for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        self.init(line: line, column: column, message: message)
    }
}
