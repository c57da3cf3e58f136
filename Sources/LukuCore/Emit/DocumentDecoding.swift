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
        var doc = Document(
            source: try source(o.object("source")),
            title: try o.optionalString("title"),
            blocks: try o.array("blocks").map(block),
            sections: try o.array("sections").map(section),
            issues: try o.array("issues").map(issue))
        if o.has("verified") { _ = try verifiedCells(o.object("verified")) }  // derived from the tables
        try o.rejectUnknownKeys(["schema", "source", "title", "verified", "blocks", "sections", "issues"])
        if ["luku.document/1", "luku.document/2"].contains(schema) {
            // Before version 3 no verified counts were written: count them from the checks.
            var tables = doc.allTables
            IdentityChecker.countVerified(&tables)
            var k = 0
            doc.updateTables { $0 = tables[k]; k += 1 }
        }
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
        var t = Table(
            id: try o.string("id"), page: try o.int("page"),
            pages: try o.array("pages").map { try $0.int() },
            bbox: bbox, caption: try o.optionalString("caption"), unit: try o.optionalString("unit"),
            columns: try o.array("columns").map(column),
            spans: o.has("spans") ? try o.array("spans").map(span) : [],
            rows: try o.array("rows").map(row),
            checks: try o.array("checks").map(check))
        if o.has("verified") { t.verifiedCells = try verifiedCells(o.object("verified")) }
        try o.rejectUnknownKeys(["type", "id", "page", "pages", "bbox", "caption", "unit",
                                 "columns", "spans", "rows", "checks", "verified"])
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

    /// The `verifiedCells` of a `verified` object (its other members are derived and only type-checked).
    static func verifiedCells(_ o: JSONObjectReader) throws -> Int {
        _ = try o.int("numericCells")
        _ = try o.decimal("share")
        let n = try o.int("verifiedCells")
        try o.rejectUnknownKeys(["numericCells", "verifiedCells", "share"])
        return n
    }

    /// Version 3 writes `outcome` (and `tolerance`, `table`, operand coefficients), version 4 an
    /// operand's own table; versions 1
    /// and 2 wrote `ok`, read as `ok` (equal), `sign` (passed with a different sign) or `mismatch`.
    static func check(_ e: JSONPathValue) throws -> Check {
        let o = try JSONObjectReader(e)
        let expected = try o.decimal("expected"), actual = try o.decimal("actual")
        var c = Check(rule: try o.string("rule"), column: try o.int("column"), row: try o.int("row"),
                      table: try o.optionalString("table"), expected: expected, actual: actual,
                      tolerance: o.has("tolerance") ? try o.decimal("tolerance") : 0)
        // As written: the file is the record, not a recomputation.
        if o.has("ok") && !o.has("outcome") {
            c.outcome = try o.bool("ok") ? (expected == actual ? .ok : .sign) : .mismatch
        } else {
            c.outcome = try o.enumValue("outcome", Check.Outcome.self)
        }
        if o.has("operands") {
            c.operands = try o.array("operands").map { e in
                var items = try e.array()
                // Version 4: a fourth entry names the operand's own table.
                let table = items.count == 4 ? try items.removeLast().string() : nil
                let numbers = try items.map { try $0.int() }
                guard numbers.count == 2 && table == nil || numbers.count == 3 && [1, -1].contains(numbers[2]) else {
                    throw o.error("operands", "expected [row, column], [row, column, -1] or [row, column, ±1, table] entries")
                }
                return Check.Cell(row: numbers[0], column: numbers[1], coefficient: numbers.count == 3 ? numbers[2] : 1, table: table)
            }
        }
        try o.rejectUnknownKeys(["rule", "column", "row", "table", "operands", "expected", "actual", "tolerance",
                                 o.has("outcome") ? "outcome" : "ok"])
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
