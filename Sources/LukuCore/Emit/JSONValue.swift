import Foundation

/// A JSON document tree that keeps everything the canonical form depends on.
///
/// Why not `JSONSerialization`/`Codable`: those turn numbers into `Double` (so `-5.2` can come
/// back as `-5.2000000000000002`) and objects into unordered dictionaries (so key order, which
/// the golden files depend on, is lost). Here numbers keep their literal text and objects keep
/// their members in order, so a value can be written, read and written again byte-identically.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written in JSON source (`-5.2`, `1e3`); never converted to a float.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order. Duplicate keys are kept as they are; callers that care
    /// (the document decoder) reject them.
    case object([JSONMember])
}

/// One `"key": value` pair of a JSON object; an array of these keeps the order they were written in.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }

    public init(_ key: String, _ value: JSONValue) {
        self.init(key: key, value: value)
    }
}

extension JSONValue {
    /// The value of the first member named `key`, or nil when absent or when this is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    /// The element at `index`, or nil when out of range or when this is not an array.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: [JSONMember]? {
        if case .object(let m) = self { return m }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// The number as an `Int` when its literal is a plain integer (`12`, `-3`) that fits.
    /// `1.0` and `1e2` are not integers here: the contract writes integers without a fraction,
    /// so anything else means the file was not written by Luku.
    public var intValue: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text)
    }

    /// The number as an exact `Decimal`, or nil when it is not a number, not a valid JSON number
    /// literal, or out of `Decimal`'s range. Validation matters because `Decimal(string:)` accepts
    /// a valid prefix (`"12abc"` gives 12) and would otherwise hide corrupt input.
    public var decimalValue: Decimal? {
        guard case .number(let text) = self, JSONValue.isNumberLiteral(text) else { return nil }
        guard let d = Decimal(string: text), !d.isNaN else {
            return nil
        }
        return d
    }

    /// Whether `text` matches RFC 8259's number grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    public static func isNumberLiteral(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let r = JSONNumberScanner.scan(bytes, from: 0)
        return r.ok && r.end == bytes.count
    }
}

/// RFC 8259 number grammar over UTF-8 bytes, shared by the parser and `isNumberLiteral`
/// so the two can never disagree.
enum JSONNumberScanner {
    /// Scans one number starting at `start`. On success `end` is the index just past it; on
    /// failure `end` is the index of the offending byte (for the parser's error position).
    static func scan<C: RandomAccessCollection>(_ b: C, from start: Int) -> (ok: Bool, end: Int)
    where C.Element == UInt8, C.Index == Int {
        var i = start
        let n = b.endIndex
        func isDigit(_ i: Int) -> Bool { i < n && b[i] >= 0x30 && b[i] <= 0x39 }
        if i < n && b[i] == 0x2D { i += 1 }                   // -
        guard isDigit(i) else { return (false, i) }
        if b[i] == 0x30 {                                      // a leading 0 stands alone
            i += 1
            if isDigit(i) { return (false, i) }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < n && b[i] == 0x2E {                             // .
            i += 1
            guard isDigit(i) else { return (false, i) }
            while isDigit(i) { i += 1 }
        }
        if i < n && (b[i] == 0x65 || b[i] == 0x45) {           // e E
            i += 1
            if i < n && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            guard isDigit(i) else { return (false, i) }
            while isDigit(i) { i += 1 }
        }
        return (true, i)
    }
}
