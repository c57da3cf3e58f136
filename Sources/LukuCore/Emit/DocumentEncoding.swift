import Foundation

/// `Document` → JSON, one function per model type, keys in exactly the order of
/// design/OUTPUT.md. The document, its sections and tables are `JSONStreamNode`s whose blocks,
/// sections, rows, checks and issues are made only as they are written; everything smaller is a
/// `JSONValue`. Optional fields are omitted (never written as null) when absent, so a
/// field's presence alone carries meaning and golden files stay short.
enum DocumentEncoder {
    static func document(_ d: Document) -> JSONStreamNode {
        var m: [(key: String, node: JSONStreamNode)] = [
            ("schema", .value(.string(Document.schemaID))),
            ("source", .value(source(d.source))),
        ]
        if let title = d.title { m.append(("title", .value(.string(title)))) }
        m.append(("verified", .value(verified(numeric: d.numericCellCount, verified: d.verifiedCellCount))))
        m.append(("blocks", .array(count: d.blocks.count) { block(d.blocks[$0]) }))
        m.append(("sections", .array(count: d.sections.count) { section(d.sections[$0]) }))
        m.append(("issues", .array(count: d.issues.count) { i in
            .bytes(value: { issue(d.issues[i]) }, write: { DocumentBytes.issue(d.issues[i], into: &$1) })
        }))
        return .object(m)
    }

    static func source(_ s: Source) -> JSONValue {
        var m = [
            JSONMember("file", .string(s.file)),
            JSONMember("sha256", .string(s.sha256)),
            JSONMember("format", .string(s.format.rawValue)),
            JSONMember("pages", int(s.pages)),
        ]
        if let encoding = s.encoding { m.append(JSONMember("encoding", .string(encoding))) }
        return .object(m)
    }

    static func section(_ s: Section) -> JSONStreamNode {
        .object([
            ("heading", .value(heading(s.heading))),
            ("blocks", .array(count: s.blocks.count) { block(s.blocks[$0]) }),
            ("sections", .array(count: s.sections.count) { section(s.sections[$0]) }),
        ])
    }

    static func heading(_ h: Heading) -> JSONValue {
        var m: [JSONMember] = []
        if let number = h.number { m.append(JSONMember("number", .string(number))) }
        m.append(JSONMember("text", .string(h.text)))
        m.append(JSONMember("level", int(h.level)))
        m.append(JSONMember("page", int(h.page)))
        return .object(m)
    }

    /// Paragraphs and lists are written straight as bytes (`DocumentBytes`); `paragraph` and
    /// `list` are their trees.
    static func block(_ b: Block) -> JSONStreamNode {
        switch b {
        case .paragraph(let p):
            return .bytes(value: { paragraph(p) }, write: { DocumentBytes.paragraph(p, into: &$1) })
        case .list(let l):
            return .bytes(value: { list(l) }, write: { DocumentBytes.list(l, into: &$1) })
        case .table(let t):
            return table(t)
        }
    }

    static func paragraph(_ p: Paragraph) -> JSONValue {
        .object([
            JSONMember("type", .string("paragraph")),
            JSONMember("page", int(p.page)),
            JSONMember("text", .string(p.text)),
        ])
    }

    static func list(_ l: ListBlock) -> JSONValue {
        .object([
            JSONMember("type", .string("list")),
            JSONMember("page", int(l.page)),
            JSONMember("items", .array(l.items.map { .string($0) })),
        ])
    }

    /// Rows and checks are made one at a time as they are written, straight as bytes
    /// (`DocumentBytes`): a table of a long report can hold thousands.
    static func table(_ t: Table) -> JSONStreamNode {
        var m: [(key: String, node: JSONStreamNode)] = [
            ("type", .value(.string("table"))),
            ("id", .value(.string(t.id))),
            ("page", .value(int(t.page))),
            ("pages", .value(.array(t.pages.map(int)))),
        ]
        if let b = t.bbox { m.append(("bbox", .value(bbox(b)))) }
        if let caption = t.caption { m.append(("caption", .value(.string(caption)))) }
        if let unit = t.unit { m.append(("unit", .value(.string(unit)))) }
        m.append(("columns", .value(.array(t.columns.map(column)))))
        if !t.spans.isEmpty { m.append(("spans", .value(.array(t.spans.map(span))))) }
        m.append(("rows", .array(count: t.rows.count) { i in
            .bytes(value: { row(t.rows[i]) }, write: { DocumentBytes.row(t.rows[i], indent: $0, into: &$1) })
        }))
        m.append(("checks", .array(count: t.checks.count) { i in
            .bytes(value: { check(t.checks[i]) }, write: { DocumentBytes.check(t.checks[i], indent: $0, into: &$1) })
        }))
        m.append(("verified", .value(verified(numeric: t.numericCellCount, verified: t.verifiedCells))))
        return .object(m)
    }

    static func span(_ s: HeaderSpan) -> JSONValue {
        .object([JSONMember("header", .string(s.header)), JSONMember("columns", .array([int(s.first), int(s.last)]))])
    }

    static func column(_ c: Column) -> JSONValue {
        var m: [JSONMember] = [JSONMember("header", .string(c.header))]
        if let kind = c.kind { m.append(JSONMember("kind", .string(kind.rawValue))) }
        if let year = c.year { m.append(JSONMember("year", int(year))) }
        if let unit = c.unit { m.append(JSONMember("unit", .string(unit))) }
        return .object(m)
    }

    static func row(_ r: Row) -> JSONValue {
        var m: [JSONMember] = [JSONMember("label", .string(r.label))]
        if let group = r.group { m.append(JSONMember("group", .string(group))) }
        m.append(JSONMember("level", int(r.level)))
        if let page = r.page { m.append(JSONMember("page", int(page))) }
        m.append(JSONMember("cells", .array(r.cells.map { $0.map(cell) ?? .null })))
        return .object(m)
    }

    /// `[x0, y0, x1, y1]` in PDF points rounded to 0.1, for tables and cells alike.
    static func bbox(_ b: BoundingBox) -> JSONValue {
        .array([b.x0, b.y0, b.x1, b.y1].map { .number(NumberLiterals.points($0)) })
    }

    /// Flags are written sorted and deduplicated so that the order a pipeline stage happened
    /// to add them in never shows up as a golden-file diff.
    static func cell(_ c: Cell) -> JSONValue {
        var m: [JSONMember] = [JSONMember("text", .string(c.text))]
        if let value = c.value { m.append(JSONMember("value", decimal(value))) }
        if let unit = c.unit { m.append(JSONMember("unit", .string(unit))) }
        let flags = Set(c.flags).sorted()
        if !flags.isEmpty { m.append(JSONMember("flags", .array(flags.map { .string($0.rawValue) }))) }
        if let b = c.bbox { m.append(JSONMember("bbox", bbox(b))) }
        return .object(m)
    }

    /// `{"numericCells": M, "verifiedCells": N, "share": N/M}`, the share rounded to 0.001
    /// (0 when there are no numeric cells).
    static func verified(numeric: Int, verified: Int) -> JSONValue {
        var share = Decimal(0)
        if numeric > 0 {
            var exact = Decimal(verified) / Decimal(numeric)
            NSDecimalRound(&share, &exact, 3, .plain)
        }
        return .object([
            JSONMember("numericCells", int(numeric)),
            JSONMember("verifiedCells", int(verified)),
            JSONMember("share", decimal(share)),
        ])
    }

    /// Operands are `[row, column]`, or `[row, column, -1]` for a subtracted term, or
    /// `[row, column, ±1, "table id"]` for a term in a table other than the check's.
    static func check(_ c: Check) -> JSONValue {
        var m: [JSONMember] = [
            JSONMember("rule", .string(c.rule)),
            JSONMember("column", int(c.column)),
            JSONMember("row", int(c.row)),
        ]
        if let table = c.table { m.append(JSONMember("table", .string(table))) }
        if !c.operands.isEmpty {
            m.append(JSONMember("operands", .array(c.operands.map { o in
                if let table = o.table { return .array([int(o.row), int(o.column), int(o.coefficient), .string(table)]) }
                return .array([int(o.row), int(o.column)] + (o.coefficient == 1 ? [] : [int(o.coefficient)]))
            })))
        }
        m += [
            JSONMember("expected", decimal(c.expected)),
            JSONMember("actual", decimal(c.actual)),
        ]
        if c.tolerance != 0 { m.append(JSONMember("tolerance", decimal(c.tolerance))) }
        m.append(JSONMember("outcome", .string(c.outcome.rawValue)))
        return .object(m)
    }

    static func issue(_ i: Issue) -> JSONValue {
        var m: [JSONMember] = [
            JSONMember("severity", .string(i.severity.rawValue)),
            JSONMember("code", .string(i.code)),
        ]
        if let page = i.page { m.append(JSONMember("page", int(page))) }
        m.append(JSONMember("message", .string(i.message)))
        return .object(m)
    }

    static func int(_ v: Int) -> JSONValue { .number(String(v)) }

    /// A NaN `Decimal` cannot be written as a JSON number; it becomes `null`, which the decoder
    /// rejects for required numbers, so the defect is loud rather than a silent wrong value.
    static func decimal(_ d: Decimal) -> JSONValue {
        NumberLiterals.decimal(d).map(JSONValue.number) ?? .null
    }
}
