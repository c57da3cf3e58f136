import Foundation

/// A JSON value together with its path, so every type error can say where it happened.
struct JSONPathValue {
    var value: JSONValue
    var path: String

    func error(_ message: String) -> DocumentDecodingError {
        DocumentDecodingError(path: path, message: message)
    }

    func string() throws -> String {
        guard let s = value.stringValue else { throw error("expected string, found \(value.kindName)") }
        return s
    }

    func int() throws -> Int {
        guard let i = value.intValue else { throw error("expected integer, found \(value.kindName)") }
        return i
    }

    func bool() throws -> Bool {
        guard let b = value.boolValue else { throw error("expected boolean, found \(value.kindName)") }
        return b
    }

    func decimal() throws -> Decimal {
        guard case .number = value else { throw error("expected number, found \(value.kindName)") }
        guard let d = value.decimalValue else { throw error("number out of range") }
        return d
    }

    func double() throws -> Double {
        guard case .number(let text) = value else { throw error("expected number, found \(value.kindName)") }
        guard let d = Double(text), d.isFinite else { throw error("number out of range") }
        return d
    }

    func array() throws -> [JSONPathValue] {
        guard let items = value.arrayValue else { throw error("expected array, found \(value.kindName)") }
        return items.enumerated().map { JSONPathValue(value: $1, path: "\(path)[\($0)]") }
    }
}

/// Reads the members of one JSON object by key, tracking which keys were used so that
/// `rejectUnknownKeys` can refuse anything the contract does not define.
struct JSONObjectReader {
    let path: String
    private let members: [String: JSONValue]

    init(_ value: JSONValue, path: String) throws {
        self.path = path
        guard let list = value.objectValue else {
            throw DocumentDecodingError(path: path, message: "expected object, found \(value.kindName)")
        }
        var members: [String: JSONValue] = [:]
        for m in list {
            guard members.updateValue(m.value, forKey: m.key) == nil else {
                throw DocumentDecodingError(path: JSONObjectReader.join(path, m.key), message: "duplicate key")
            }
        }
        self.members = members
    }

    init(_ e: JSONPathValue) throws { try self.init(e.value, path: e.path) }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func error(_ key: String, _ message: String) -> DocumentDecodingError {
        DocumentDecodingError(path: JSONObjectReader.join(path, key), message: message)
    }

    func has(_ key: String) -> Bool { members[key] != nil }

    func element(_ key: String) throws -> JSONPathValue {
        guard let v = members[key] else { throw error(key, "missing required key") }
        return JSONPathValue(value: v, path: JSONObjectReader.join(path, key))
    }

    func string(_ key: String) throws -> String { try element(key).string() }
    func int(_ key: String) throws -> Int { try element(key).int() }
    func bool(_ key: String) throws -> Bool { try element(key).bool() }
    func decimal(_ key: String) throws -> Decimal { try element(key).decimal() }
    func array(_ key: String) throws -> [JSONPathValue] { try element(key).array() }
    func object(_ key: String) throws -> JSONObjectReader { try JSONObjectReader(element(key)) }

    func optionalString(_ key: String) throws -> String? { has(key) ? try string(key) : nil }
    func optionalInt(_ key: String) throws -> Int? { has(key) ? try int(key) : nil }

    func enumValue<T: RawRepresentable>(_ key: String, _ type: T.Type) throws -> T where T.RawValue == String {
        let raw = try string(key)
        guard let v = T(rawValue: raw) else { throw error(key, "unknown value \"\(raw)\"") }
        return v
    }

    /// Throws for the first key (in sorted order, for a stable message) not in `allowed`.
    func rejectUnknownKeys(_ allowed: Set<String>) throws {
        if let extra = members.keys.filter({ !allowed.contains($0) }).sorted().first {
            throw error(extra, "unexpected key")
        }
    }
}

extension JSONValue {
    /// "string", "array", … for error messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
