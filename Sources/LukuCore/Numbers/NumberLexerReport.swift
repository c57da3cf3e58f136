import Foundation

extension NumberLexer {
    /// What `luku number` prints for one argument: the tokens `scan` finds, each with its text,
    /// exact value (null for a placeholder), unit, kind and UTF-8 span, and, when there is none,
    /// `why` from `explain`.
    public static func report(_ input: String) -> JSONValue {
        let tokens = scan(input)
        var members = [
            JSONMember("input", .string(input)),
            JSONMember("numbers", .array(tokens.map(json))),
        ]
        if tokens.isEmpty { members.append(JSONMember("why", .string(explain(input) ?? Reason.noDigits.rawValue))) }
        return .object(members)
    }

    /// `report(input)` as one line of JSON (no line end), in the one-line layout of `JSONWriter`
    /// (`", "` between items, `": "` after keys).
    public static func reportLine(_ input: String) -> String {
        var out = ""
        appendCompact(report(input), to: &out)
        return out
    }

    static func json(_ t: NumberToken) -> JSONValue {
        .object([
            JSONMember("text", .string(t.text)),
            JSONMember("value", t.value.flatMap(NumberLiterals.decimal).map(JSONValue.number) ?? .null),
            JSONMember("unit", t.unit.map(JSONValue.string) ?? .null),
            JSONMember("kind", .string(t.kind.rawValue)),
            JSONMember("span", .array([.number(String(t.utf8.lowerBound)), .number(String(t.utf8.upperBound))])),
        ])
    }

    private static func appendCompact(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let text): out += text
        case .string(let s): out += JSONWriter.quoted(s)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                appendCompact(item, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, m) in members.enumerated() {
                if i > 0 { out += ", " }
                out += JSONWriter.quoted(m.key) + ": "
                appendCompact(m.value, to: &out)
            }
            out += "}"
        }
    }
}
