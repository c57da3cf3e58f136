/// A strict RFC 8259 parser producing `JSONValue`.
///
/// Strict because golden files and `inspect` input must be exactly what the writer produces or
/// a standard tool would accept: no comments, no trailing commas, no leading zeros, no lone
/// surrogates, nothing after the top-level value. It works on UTF-8 bytes (not `Character`s) so
/// multi-megabyte documents parse in milliseconds, and keeps numbers as their literal text.
public struct JSONParser {
    /// Deeper nesting than this is rejected instead of overflowing the stack.
    public static let maxDepth = 512

    public static func parse(_ text: String) throws -> JSONValue {
        var text = text
        text.makeContiguousUTF8()
        let parsed = try text.utf8.withContiguousStorageIfAvailable { buf in
            var p = JSONParser(bytes: buf)
            return try p.parseDocument()
        }
        return try parsed ?? parse(bytes: Array(text.utf8))
    }

    /// Parses raw bytes, which must be valid UTF-8 (checked per string).
    public static func parse(bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { buf in
            var p = JSONParser(bytes: buf)
            return try p.parseDocument()
        }
    }

    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.b = bytes }

    private mutating func parseDocument() throws -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if i < b.count { throw error("unexpected \(describe(i)) after the top-level value") }
        return value
    }

    private mutating func parseValue() throws -> JSONValue {
        guard i < b.count else { throw error("unexpected end of input, expected a value") }
        switch b[i] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22: return .string(try parseString())
        case 0x74: try expectLiteral("true"); return .bool(true)
        case 0x66: try expectLiteral("false"); return .bool(false)
        case 0x6E: try expectLiteral("null"); return .null
        case 0x2D, 0x30...0x39: return try parseNumber()
        default: throw error("unexpected \(describe(i)), expected a value")
        }
    }

    private mutating func parseObject() throws -> JSONValue {
        try enter()
        i += 1  // {
        var members: [JSONMember] = []
        skipWhitespace()
        if i < b.count && b[i] == 0x7D { i += 1; depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard i < b.count else { throw error("unexpected end of input, expected a key") }
            guard b[i] == 0x22 else { throw error("unexpected \(describe(i)), expected a string key") }
            let key = try parseString()
            skipWhitespace()
            guard i < b.count, b[i] == 0x3A else { throw error("expected ':' after key, found \(describe(i))") }
            i += 1
            skipWhitespace()
            members.append(JSONMember(key: key, value: try parseValue()))
            skipWhitespace()
            guard i < b.count else { throw error("unexpected end of input, expected ',' or '}'") }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x7D { i += 1; break }
            throw error("unexpected \(describe(i)), expected ',' or '}'")
        }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws -> JSONValue {
        try enter()
        i += 1  // [
        var items: [JSONValue] = []
        skipWhitespace()
        if i < b.count && b[i] == 0x5D { i += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard i < b.count else { throw error("unexpected end of input, expected ',' or ']'") }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x5D { i += 1; break }
            throw error("unexpected \(describe(i)), expected ',' or ']'")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONParser.maxDepth { throw error("nesting deeper than \(JSONParser.maxDepth) levels") }
    }

    private mutating func parseNumber() throws -> JSONValue {
        let start = i
        let r = JSONNumberScanner.scan(b, from: start)
        guard r.ok else {
            i = r.end
            throw error("invalid number: unexpected \(describe(r.end))")
        }
        i = r.end
        return .number(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
    }

    private mutating func expectLiteral(_ word: StaticString) throws {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (k, c) in w.enumerated() {
            guard i + k < b.count, b[i + k] == c else {
                i += k
                throw error("invalid literal, expected '\(word)'")
            }
        }
        i += w.count
    }

    /// Parses a string starting at the opening quote. Runs without escapes are copied as bytes;
    /// a string with no escapes at all (the common case) is made straight from the input.
    private mutating func parseString() throws -> String {
        i += 1  // opening quote
        let start = i
        var out: [UInt8]? = nil
        var runStart = i
        while true {
            guard i < b.count else { throw error("unterminated string") }
            let c = b[i]
            if c == 0x22 { break }
            if c < 0x20 { throw error("unescaped control character U+00\(hex2(c)) in string") }
            if c != 0x5C { i += 1; continue }
            if out == nil { out = [] }
            out!.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
            try parseEscape(into: &out!)
            runStart = i
        }
        let s: String?
        if var bytes = out {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
            s = String(validating: bytes, as: UTF8.self)
        } else {
            s = String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        }
        guard let s else {
            i = start - 1
            throw error("string is not valid UTF-8")
        }
        i += 1  // closing quote
        return s
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws {
        i += 1  // backslash
        guard i < b.count else { throw error("unterminated string") }
        let c = b[i]
        i += 1
        switch c {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x2F: out.append(0x2F)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75:
            let escapeStart = i - 2
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 else {
                    i = escapeStart
                    throw error("unpaired high surrogate \\u\(String(scalar, radix: 16))")
                }
                i += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    i = escapeStart
                    throw error("high surrogate \\u\(String(scalar, radix: 16)) not followed by a low surrogate")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                i = escapeStart
                throw error("unpaired low surrogate \\u\(String(scalar, radix: 16))")
            }
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            i -= 2
            throw error("invalid escape sequence '\\\(String(decoding: [c], as: UTF8.self))'")
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < b.count else { throw error("unterminated \\u escape") }
            let c = b[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw error("invalid hex digit in \\u escape: \(describe(i))")
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    private mutating func skipWhitespace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    // MARK: - Errors

    private func hex2(_ c: UInt8) -> String {
        let h = String(c, radix: 16, uppercase: true)
        return h.count == 1 ? "0" + h : h
    }

    /// Names the byte at `at` for messages: `'x'`, a control code, or end of input.
    private func describe(_ at: Int) -> String {
        guard at < b.count else { return "end of input" }
        let c = b[at]
        if c >= 0x21 && c < 0x7F { return "'\(String(UnicodeScalar(c)))'" }
        if c < 0x80 { return "character U+00\(hex2(c))" }
        return "non-ASCII character"
    }

    /// An error at the current position.
    private func error(_ message: String) -> JSONParseError {
        JSONParseError(offset: min(i, b.count), in: b, message: message)
    }
}
