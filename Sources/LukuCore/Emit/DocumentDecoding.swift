import Foundation

/// `JSONValue` → `Document`, the inverse of `DocumentEncoder`.
///
/// Strict on purpose: a missing required key, a wrong type, an unknown key, a duplicate key or
/// an unknown enum value is an error naming its JSON path. Golden files are compared as text,
/// but `inspect` and downstream tools read them through here, and a hand edit that silently
/// dropped a field would be worse than a refusal. Optional fields are absent, never `null`
/// (the encoder omits them), so `null` is accepted only as a table cell.
enum DocumentDecoder {
    static func document(_ v: JSONValue) throws -> Document {
        let o = try JSONObjectReader(v, path: "")
        let schema = try o.string("schema")
        guard Document.readableSchemaIDs.contains(schema) else {
            let known = Document.readableSchemaIDs.sorted().map { "\"\($0)\"" }.joined(separator: " or ")
            throw o.error("schema", "unsupported schema \"\(schema)\", expected \(known)")
        }
        let doc = Document(
            source: try source(o.object("source")),
            title: try o.optionalString("title"),
            blocks: try o.array("blocks").map(block),
            sections: try o.array("sections").map(section),
            issues: try o.array("issues").map(issue))
        try o.rejectUnknownKeys(["schema", "source", "title", "blocks", "sections", "issues"])
        return doc
    }

    static func source(_ o: JSONObjectReader) throws -> Source {
        let s = Source(file: try o.string("file"), sha256: try o.string("sha256"),
                       format: try o.enumValue("format", Source.Format.self), pages: try o.int("pages"),
                       encoding: try o.optionalString("encoding"))
        try o.rejectUnknownKeys(["file", "sha256", "format", "pages", "encoding"])
        return s
    }

    static func section(_ e: JSONPathValue) throws -> Section {
        let o = try JSONObjectReader(e)
        let s = Section(heading: try heading(o.object("heading")),
                        blocks: try o.array("blocks").map(block),
                        sections: try o.array("sections").map(section))
        try o.rejectUnknownKeys(["heading", "blocks", "sections"])
        return s
    }

    static func heading(_ o: JSONObjectReader) throws -> Heading {
        let h = Heading(number: try o.optionalString("number"), text: try o.string("text"),
                        level: try o.int("level"), page: try o.int("page"))
        try o.rejectUnknownKeys(["number", "text", "level", "page"])
        return h
    }

    static func block(_ e: JSONPathValue) throws -> Block {
        let o = try JSONObjectReader(e)
        let type = try o.string("type")
        switch type {
        case "paragraph":
            let p = Paragraph(page: try o.int("page"), text: try o.string("text"))
            try o.rejectUnknownKeys(["type", "page", "text"])
            return .paragraph(p)
        case "list":
            let items = try o.array("items").map { try $0.string() }
            let l = ListBlock(page: try o.int("page"), items: items)
            try o.rejectUnknownKeys(["type", "page", "items"])
            return .list(l)
        case "table":
            return .table(try table(o))
        default:
            throw o.error("type", "unknown block type \"\(type)\", expected paragraph, list or table")
        }
    }

    static func table(_ o: JSONObjectReader) throws -> Table {
        let bbox = try self.bbox(o)
        let t = Table(
            id: try o.string("id"), page: try o.int("page"),
            pages: try o.array("pages").map { try $0.int() },
            bbox: bbox, caption: try o.optionalString("caption"), unit: try o.optionalString("unit"),
            columns: try o.array("columns").map(column),
            spans: o.has("spans") ? try o.array("spans").map(span) : [],
            rows: try o.array("rows").map(row),
            checks: try o.array("checks").map(check))
        try o.rejectUnknownKeys(["type", "id", "page", "pages", "bbox", "caption", "unit",
                                 "columns", "spans", "rows", "checks"])
        return t
    }

    static func span(_ e: JSONPathValue) throws -> HeaderSpan {
        let o = try JSONObjectReader(e)
        let columns = try o.array("columns").map { try $0.int() }
        guard columns.count == 2, columns[0] <= columns[1] else {
            throw o.error("columns", "expected [first, last] column indexes")
        }
        try o.rejectUnknownKeys(["header", "columns"])
        return HeaderSpan(header: try o.string("header"), first: columns[0], last: columns[1])
    }

    static func column(_ e: JSONPathValue) throws -> Column {
        let o = try JSONObjectReader(e)
        let c = Column(header: try o.string("header"),
                       kind: o.has("kind") ? try o.enumValue("kind", ColumnKind.self) : nil,
                       year: try o.optionalInt("year"), unit: try o.optionalString("unit"))
        try o.rejectUnknownKeys(["header", "kind", "year", "unit"])
        return c
    }

    static func row(_ e: JSONPathValue) throws -> Row {
        let o = try JSONObjectReader(e)
        let cells: [Cell?] = try o.array("cells").map { e in
            e.value == .null ? nil : try cell(e)
        }
        let r = Row(label: try o.string("label"), group: try o.optionalString("group"),
                    level: try o.int("level"), cells: cells, page: try o.optionalInt("page"))
        try o.rejectUnknownKeys(["label", "group", "level", "page", "cells"])
        return r
    }

    /// The optional `bbox` of a table or cell: exactly four numbers.
    static func bbox(_ o: JSONObjectReader) throws -> BoundingBox? {
        guard o.has("bbox") else { return nil }
        let items = try o.array("bbox")
        guard items.count == 4 else { throw o.error("bbox", "expected 4 numbers, found \(items.count)") }
        let c = try items.map { try $0.double() }
        return BoundingBox(x0: c[0], y0: c[1], x1: c[2], y1: c[3])
    }

    static func cell(_ e: JSONPathValue) throws -> Cell {
        let o = try JSONObjectReader(e)
        var flags: [CellFlag] = []
        if o.has("flags") {
            flags = try o.array("flags").map { e in
                let raw = try e.string()
                guard let flag = CellFlag(rawValue: raw) else {
                    throw e.error("unknown flag \"\(raw)\"")
                }
                return flag
            }
        }
        let c = Cell(text: try o.string("text"),
                     value: o.has("value") ? try o.decimal("value") : nil,
                     unit: try o.optionalString("unit"), flags: flags, bbox: try bbox(o))
        try o.rejectUnknownKeys(["text", "value", "unit", "flags", "bbox"])
        return c
    }

    static func check(_ e: JSONPathValue) throws -> Check {
        let o = try JSONObjectReader(e)
        var c = Check(rule: try o.string("rule"), column: try o.int("column"), row: try o.int("row"),
                      expected: try o.decimal("expected"), actual: try o.decimal("actual"))
        c.ok = try o.bool("ok")  // as written: the file is the record, not a recomputation
        if o.has("operands") {
            c.operands = try o.array("operands").map { e in
                let pair = try e.array().map { try $0.int() }
                guard pair.count == 2 else { throw o.error("operands", "expected [row, column] pairs") }
                return Check.Cell(row: pair[0], column: pair[1])
            }
        }
        try o.rejectUnknownKeys(["rule", "column", "row", "operands", "expected", "actual", "ok"])
        return c
    }

    static func issue(_ e: JSONPathValue) throws -> Issue {
        let o = try JSONObjectReader(e)
        let i = Issue(severity: try o.enumValue("severity", Issue.Severity.self),
                      code: try o.string("code"), page: try o.optionalInt("page"),
                      message: try o.string("message"))
        try o.rejectUnknownKeys(["severity", "code", "page", "message"])
        return i
    }
}
