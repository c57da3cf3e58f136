/// Writes a `JSONValue` in Luku's canonical form, the one byte sequence golden files are
/// compared against.
///
/// Layout rule, chosen so that diffs of golden files stay readable: an array of scalars goes on
/// one line (`[5, 6]`), and so does an object whose members are scalars or arrays of scalars
/// (`{"text": "-5,2", "value": -5.2, "flags": ["check-failed"]}`: one cell, one line); anything
/// else is expanded one member per line with two-space indentation.
/// The output has `\n` line ends and a final newline, and depends only on the value: no
/// dictionaries, no floats, no locale, so it is the same on every machine and run.
public enum JSONWriter {
    /// The canonical text of `value`, ending with a newline.
    public static func write(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        writeValue(value, indent: 0, into: &out, flush: nil)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same bytes as `write(_:)`, handed to `chunk` in pieces of about `chunkBytes` as they
    /// are made (a piece ends after an array element or object member), so writing a large
    /// document to a file never holds its whole text in memory.
    public static func write(_ value: JSONValue, chunkBytes: Int = 1 << 16, chunk: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(chunkBytes + 4096)
        withoutActuallyEscaping(chunk) { chunk in
            writeValue(value, indent: 0, into: &out, flush: Flush(bytes: chunkBytes, chunk: chunk))
        }
        out.append(0x0A)
        chunk(out)
    }

    /// Where and when `writeValue` hands out what it has written.
    struct Flush {
        var bytes: Int
        var chunk: ([UInt8]) -> Void
        /// Threads a streamed document's long arrays are written on (JSONStreamNode.swift,
        /// `writeParallel`); 1 writes everything on the caller's thread.
        var threads = 1

        /// Hands out the buffer once it holds `bytes` or more, and empties it.
        func callAsFunction(_ out: inout [UInt8]) {
            guard out.count >= bytes else { return }
            chunk(out)
            out.removeAll(keepingCapacity: true)
        }
    }

    /// A JSON string literal for `s` with the canonical escaping (see `appendString`).
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        appendString(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Layout

    static func writeValue(_ value: JSONValue, indent: Int, into out: inout [UInt8], flush: Flush?) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let s): appendString(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out.append(contentsOf: "[]".utf8)
            } else if items.allSatisfy(\.isScalar) {
                out.append(0x5B)
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(contentsOf: ", ".utf8) }
                    writeValue(item, indent: indent, into: &out, flush: nil)
                }
                out.append(0x5D)
            } else {
                writeOnePerLine(count: items.count, open: 0x5B, close: 0x5D, indent: indent, into: &out, flush: flush) { i, out in
                    writeValue(items[i], indent: indent + 1, into: &out, flush: flush)
                }
            }
        case .object(let members):
            if members.isEmpty {
                out.append(contentsOf: "{}".utf8)
            } else if members.allSatisfy({ $0.value.isScalar || $0.value.isArrayOfScalars }) {
                out.append(0x7B)
                for (i, m) in members.enumerated() {
                    if i > 0 { out.append(contentsOf: ", ".utf8) }
                    appendString(m.key, into: &out)
                    out.append(contentsOf: ": ".utf8)
                    writeValue(m.value, indent: indent, into: &out, flush: nil)
                }
                out.append(0x7D)
            } else {
                writeOnePerLine(count: members.count, open: 0x7B, close: 0x7D, indent: indent, into: &out, flush: flush) { i, out in
                    appendString(members[i].key, into: &out)
                    out.append(contentsOf: ": ".utf8)
                    writeValue(members[i].value, indent: indent + 1, into: &out, flush: flush)
                }
            }
        }
    }

    /// `count` items between `open` and `close`, each on its own line one level in, written by
    /// `item`; the buffer is handed on after each item (the layout of every multi-line array and
    /// object, whole or streamed).
    @inline(__always)
    static func writeOnePerLine(count: Int, open: UInt8, close: UInt8, indent: Int, into out: inout [UInt8], flush: Flush?,
                                item: (Int, inout [UInt8]) -> Void) {
        out.append(open)
        for i in 0..<count {
            out.append(contentsOf: i > 0 ? ",\n".utf8 : "\n".utf8)
            appendIndent(indent + 1, into: &out)
            item(i, &out)
            flush?.callAsFunction(&out)
        }
        out.append(0x0A)
        appendIndent(indent, into: &out)
        out.append(close)
    }

    static func appendIndent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    // MARK: - Strings

    /// Escapes only what JSON requires plus U+2028/U+2029 (which break JavaScript string
    /// literals); everything else, including "ä" and "€", is written as plain UTF-8 so golden
    /// files stay readable Finnish.
    static func appendString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.makeContiguousUTF8()
        _ = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, into: &out) }
        out.append(0x22)
    }

    private static func appendEscaped(_ buf: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let n = buf.count
        var runStart = 0  // bytes [runStart, i) need no escaping and are copied in one go
        var i = 0
        while i < n {
            let b = buf[i]
            let escape: String?
            var width = 1
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x09: escape = "\\t"
            case 0x0D: escape = "\\r"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0x00..<0x20: escape = "\\u00" + String(UnicodeScalar(hexDigit(b >> 4))) + String(UnicodeScalar(hexDigit(b & 0x0F)))
            case 0xE2 where i + 2 < n && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9):
                // U+2028 / U+2029 (E2 80 A8 / E2 80 A9).
                escape = buf[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            default: escape = nil
            }
            if let escape {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i]))
                out.append(contentsOf: escape.utf8)
                i += width
                runStart = i
            } else {
                i += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n]))
    }

    /// Lowercase hex, as in `\u001f`.
    private static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? 0x30 + v : 0x61 + (v - 10)
    }
}

extension JSONValue {
    /// True for null, booleans, numbers and strings: the things the one-line layout may hold.
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// A non-empty array holding only scalars (an object member that still fits one line).
    var isArrayOfScalars: Bool {
        if case .array(let items) = self { return items.allSatisfy(\.isScalar) }
        return false
    }
}
