import Foundation

/// The objects a document holds thousands of — rows with their cells, checks, issues,
/// paragraphs and lists — written straight as canonical JSON bytes, without the `JSONValue` of
/// each (members, one `String` per number, a `Set` per cell's flags) that `JSONWriter` would lay
/// out. Issue 8: on a 158-page statement those trees were most of the JSON stage's 0.15 G
/// instructions, partly on the one thread left after the checks.
///
/// Each function writes exactly the bytes `JSONWriter.writeValue` writes for the
/// `DocumentEncoder` value of the same name at the same indent (StreamedDocumentJSONTests and
/// DocumentBytesTests compare the two); the layout decisions are the writer's:
/// - a row whose cells are all null (or none) is one line, like any object of scalars and arrays
///   of scalars; otherwise it is expanded and its cells go one per line (each cell one line);
/// - a check without operands is one line; with operands it is expanded and each operand
///   (an array of scalars) is one line;
/// - an issue, a paragraph, a list and a cell are always one line.
enum DocumentBytes {
    // MARK: - Model objects

    static func row(_ r: Row, indent: Int, into out: inout [UInt8]) {
        guard r.cells.contains(where: { $0 != nil }) else {
            out.append(0x7B)
            rowHead(r, expandedAt: nil, into: &out)
            out.append(contentsOf: ", \"cells\": ".utf8)
            if r.cells.isEmpty {
                out.append(contentsOf: "[]".utf8)
            } else {
                out.append(0x5B)
                for i in r.cells.indices {
                    if i > 0 { out.append(contentsOf: ", ".utf8) }
                    out.append(contentsOf: "null".utf8)
                }
                out.append(0x5D)
            }
            out.append(0x7D)
            return
        }
        out.append(0x7B)
        out.append(0x0A)
        JSONWriter.appendIndent(indent + 1, into: &out)
        rowHead(r, expandedAt: indent + 1, into: &out)
        out.append(contentsOf: ",\n".utf8)
        JSONWriter.appendIndent(indent + 1, into: &out)
        out.append(contentsOf: "\"cells\": [".utf8)
        for (i, cell) in r.cells.enumerated() {
            out.append(contentsOf: i > 0 ? ",\n".utf8 : "\n".utf8)
            JSONWriter.appendIndent(indent + 2, into: &out)
            if let cell { self.cell(cell, into: &out) } else { out.append(contentsOf: "null".utf8) }
        }
        out.append(0x0A)
        JSONWriter.appendIndent(indent + 1, into: &out)
        out.append(0x5D)
        out.append(0x0A)
        JSONWriter.appendIndent(indent, into: &out)
        out.append(0x7D)
    }

    /// `"label"`, `"group"`, `"level"`, `"page"`: the members before the cells, on one line, or
    /// one per line at the member indent `expandedAt`.
    private static func rowHead(_ r: Row, expandedAt indent: Int?, into out: inout [UInt8]) {
        func next() {
            if let indent {
                out.append(contentsOf: ",\n".utf8)
                JSONWriter.appendIndent(indent, into: &out)
            } else {
                out.append(contentsOf: ", ".utf8)
            }
        }
        key("label", into: &out)
        JSONWriter.appendString(r.label, into: &out)
        if let group = r.group {
            next()
            key("group", into: &out)
            JSONWriter.appendString(group, into: &out)
        }
        next()
        key("level", into: &out)
        int(r.level, into: &out)
        if let page = r.page {
            next()
            key("page", into: &out)
            int(page, into: &out)
        }
    }

    /// One line: text, value, unit, flags (sorted, without repeats), bbox.
    static func cell(_ c: Cell, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"text\": ".utf8)
        JSONWriter.appendString(c.text, into: &out)
        if let value = c.value {
            out.append(contentsOf: ", \"value\": ".utf8)
            decimal(value, into: &out)
        }
        if let unit = c.unit {
            out.append(contentsOf: ", \"unit\": ".utf8)
            JSONWriter.appendString(unit, into: &out)
        }
        if !c.flags.isEmpty {
            out.append(contentsOf: ", \"flags\": [".utf8)
            var previous: CellFlag?
            for flag in c.flags.count == 1 ? c.flags : c.flags.sorted() where flag != previous {
                if previous != nil { out.append(contentsOf: ", ".utf8) }
                JSONWriter.appendString(flag.rawValue, into: &out)
                previous = flag
            }
            out.append(0x5D)
        }
        if let b = c.bbox {
            out.append(contentsOf: ", \"bbox\": ".utf8)
            bbox(b, into: &out)
        }
        out.append(0x7D)
    }

    static func check(_ c: Check, indent: Int, into out: inout [UInt8]) {
        let expanded = !c.operands.isEmpty
        let separator = expanded ? ",\n" : ", "
        func next() {
            out.append(contentsOf: separator.utf8)
            if expanded { JSONWriter.appendIndent(indent + 1, into: &out) }
        }
        out.append(0x7B)
        if expanded {
            out.append(0x0A)
            JSONWriter.appendIndent(indent + 1, into: &out)
        }
        key("rule", into: &out)
        JSONWriter.appendString(c.rule, into: &out)
        next()
        key("column", into: &out)
        int(c.column, into: &out)
        next()
        key("row", into: &out)
        int(c.row, into: &out)
        if let table = c.table {
            next()
            key("table", into: &out)
            JSONWriter.appendString(table, into: &out)
        }
        if expanded {
            next()
            key("operands", into: &out)
            out.append(0x5B)
            for (i, o) in c.operands.enumerated() {
                out.append(contentsOf: i > 0 ? ",\n".utf8 : "\n".utf8)
                JSONWriter.appendIndent(indent + 2, into: &out)
                out.append(0x5B)
                int(o.row, into: &out)
                out.append(contentsOf: ", ".utf8)
                int(o.column, into: &out)
                if o.table != nil || o.coefficient != 1 {
                    out.append(contentsOf: ", ".utf8)
                    int(o.coefficient, into: &out)
                }
                if let table = o.table {
                    out.append(contentsOf: ", ".utf8)
                    JSONWriter.appendString(table, into: &out)
                }
                out.append(0x5D)
            }
            out.append(0x0A)
            JSONWriter.appendIndent(indent + 1, into: &out)
            out.append(0x5D)
        }
        next()
        key("expected", into: &out)
        decimal(c.expected, into: &out)
        next()
        key("actual", into: &out)
        decimal(c.actual, into: &out)
        if c.tolerance != 0 {
            next()
            key("tolerance", into: &out)
            decimal(c.tolerance, into: &out)
        }
        next()
        key("outcome", into: &out)
        JSONWriter.appendString(c.outcome.rawValue, into: &out)
        if expanded {
            out.append(0x0A)
            JSONWriter.appendIndent(indent, into: &out)
        }
        out.append(0x7D)
    }

    static func issue(_ i: Issue, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"severity\": ".utf8)
        JSONWriter.appendString(i.severity.rawValue, into: &out)
        out.append(contentsOf: ", \"code\": ".utf8)
        JSONWriter.appendString(i.code, into: &out)
        if let page = i.page {
            out.append(contentsOf: ", \"page\": ".utf8)
            int(page, into: &out)
        }
        out.append(contentsOf: ", \"message\": ".utf8)
        JSONWriter.appendString(i.message, into: &out)
        out.append(0x7D)
    }

    static func paragraph(_ p: Paragraph, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"type\": \"paragraph\", \"page\": ".utf8)
        int(p.page, into: &out)
        out.append(contentsOf: ", \"text\": ".utf8)
        JSONWriter.appendString(p.text, into: &out)
        out.append(0x7D)
    }

    static func list(_ l: ListBlock, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"type\": \"list\", \"page\": ".utf8)
        int(l.page, into: &out)
        out.append(contentsOf: ", \"items\": [".utf8)
        for (i, item) in l.items.enumerated() {
            if i > 0 { out.append(contentsOf: ", ".utf8) }
            JSONWriter.appendString(item, into: &out)
        }
        out.append(contentsOf: "]}".utf8)
    }

    // MARK: - Scalars

    private static func key(_ name: StaticString, into out: inout [UInt8]) {
        out.append(0x22)
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: "\": ".utf8)
    }

    /// `[x0, y0, x1, y1]`, each as `NumberLiterals.points`.
    static func bbox(_ b: BoundingBox, into out: inout [UInt8]) {
        out.append(0x5B)
        points(b.x0, into: &out)
        out.append(contentsOf: ", ".utf8)
        points(b.y0, into: &out)
        out.append(contentsOf: ", ".utf8)
        points(b.x1, into: &out)
        out.append(contentsOf: ", ".utf8)
        points(b.y1, into: &out)
        out.append(0x5D)
    }

    /// The digits of `v` as `String(v)` writes them.
    static func int(_ v: Int, into out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        unsigned(UInt64(v.magnitude), into: &out)
    }

    private static func unsigned(_ v: UInt64, into out: inout [UInt8]) {
        let start = out.count
        var rest = v
        repeat {
            out.append(0x30 + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        out[start...].reverse()
    }

    /// `NumberLiterals.points(x)` as bytes: through an integer count of tenths, never `-0`.
    static func points(_ x: Double, into out: inout [UInt8]) {
        guard x.isFinite else { return out.append(0x30) }
        let tenths = (x * 10).rounded(.toNearestOrAwayFromZero)
        guard abs(tenths) < 9e15 else {
            return out.append(contentsOf: (tenths < 0 ? "-900000000000000" : "900000000000000").utf8)
        }
        let t = Int(tenths)
        if t < 0 { out.append(0x2D) }
        unsigned(UInt64(t.magnitude / 10), into: &out)
        if t.magnitude % 10 != 0 {
            out.append(0x2E)
            out.append(0x30 + UInt8(t.magnitude % 10))
        }
    }

    /// `DocumentEncoder.decimal(d)` as bytes: `NumberLiterals.decimal`'s literal, `null` for NaN.
    /// From the Decimal's parts where they can be read (`NumberLiterals.literal`'s rule: the
    /// mantissa's digits without trailing fraction zeros, the point placed by the exponent);
    /// else through the public path.
    static func decimal(_ d: Decimal, into out: inout [UInt8]) {
        if d.isNaN { return out.append(contentsOf: "null".utf8) }
        guard let parts = DecimalParts.of(d) else {
            return out.append(contentsOf: (NumberLiterals.decimal(d) ?? "null").utf8)
        }
        var digits = parts.mantissa
        if digits == 0 { return out.append(0x30) }
        var exponent = parts.exponent
        while exponent < 0, digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        if parts.negative { out.append(0x2D) }
        let start = out.count
        unsigned(digits, into: &out)
        let count = out.count - start
        if exponent >= 0 {
            out.append(contentsOf: repeatElement(0x30, count: exponent))
        } else if -exponent >= count {
            // 0.000ddd: the point and the zeros go before the digits.
            let lead: [UInt8] = [0x30, 0x2E] + Array(repeating: 0x30, count: -exponent - count)
            out.insert(contentsOf: lead, at: start)
        } else {
            out.insert(0x2E, at: start + count + exponent)
        }
    }
}
