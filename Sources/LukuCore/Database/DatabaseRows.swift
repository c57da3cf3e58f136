import Foundation

/// The INSERTs for one document, in the column order of `DatabaseSchema`.
struct DatabaseRows {
    let connection: SQLiteConnection

    init(_ connection: SQLiteConnection) { self.connection = connection }

    func insert(_ d: Document, path: String, outputSHA256: String) throws {
        try connection.run("INSERT INTO documents (path, file, sha256, format, pages, title, output_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [.text(path), .text(d.source.file), .text(d.source.sha256), .text(d.source.format.rawValue),
                            SQLValue(d.source.pages), SQLValue(d.title), .text(outputSHA256)])
        let documentID = connection.lastInsertRowID
        for (i, issue) in d.issues.enumerated() {
            try connection.run("INSERT INTO issues (document_id, idx, severity, code, page, message) VALUES (?, ?, ?, ?, ?, ?)",
                               [.integer(documentID), SQLValue(i), .text(issue.severity.rawValue), .text(issue.code),
                                SQLValue(issue.page), .text(issue.message)])
        }
        for (table, section) in Self.tablesWithSections(d) {
            try insert(table, section: section, document: d, documentID: documentID)
        }
    }

    private func insert(_ t: Table, section: String?, document: Document, documentID: Int64) throws {
        try connection.run("""
            INSERT INTO tables (document_id, table_id, section, page, pages, caption, unit, scale, x0, y0, x1, y1)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [.integer(documentID), .text(t.id), SQLValue(section), SQLValue(t.page),
             .text(t.pages.map(String.init).joined(separator: ",")), SQLValue(t.caption), SQLValue(t.unit),
             SQLValue(DatabaseSchema.scale(t.unit)),
             Self.point(t.bbox?.x0), Self.point(t.bbox?.y0), Self.point(t.bbox?.x1), Self.point(t.bbox?.y1)])
        let tableID = SQLValue.integer(connection.lastInsertRowID)
        for (c, column) in t.columns.enumerated() {
            try connection.run("INSERT INTO columns (table_id, col, header, kind, year, unit) VALUES (?, ?, ?, ?, ?, ?)",
                               [tableID, SQLValue(c), .text(column.header), SQLValue(column.kind?.rawValue),
                                SQLValue(column.year), SQLValue(column.unit)])
        }
        for (r, row) in t.rows.enumerated() {
            try connection.run("INSERT INTO rows (table_id, row, label, group_name, level, page) VALUES (?, ?, ?, ?, ?, ?)",
                               [tableID, SQLValue(r), .text(row.label), SQLValue(row.group), SQLValue(row.level),
                                SQLValue(row.page ?? t.page)])
        }
        // The same per-cell facts the tidy CSV has, so the two exports cannot disagree.
        for record in CellRecord.records(of: t, in: document.source) {
            let cell = t.rows[record.row].cells[record.column]
            let verified: SQLValue = record.verified == .passed ? .integer(1) : record.verified == .failed ? .integer(0) : .null
            try connection.run("""
                INSERT INTO cells (table_id, row, col, text, value, value_exact, unit, flags, verified, x0, y0, x1, y1)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [tableID, SQLValue(record.row), SQLValue(record.column), .text(record.text),
                 SQLValue(record.value.flatMap(Double.init)), SQLValue(record.value), SQLValue(cell?.unit),
                 .text(record.flags.map(\.rawValue).joined(separator: ";")), verified,
                 Self.point(cell?.bbox?.x0), Self.point(cell?.bbox?.y0), Self.point(cell?.bbox?.x1), Self.point(cell?.bbox?.y1)])
        }
        for (i, check) in t.checks.enumerated() {
            let expected = NumberLiterals.decimal(check.expected) ?? "NaN"
            let actual = NumberLiterals.decimal(check.actual) ?? "NaN"
            try connection.run("""
                INSERT INTO checks (table_id, idx, rule, row, col, expected, expected_exact, actual, actual_exact, ok)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [tableID, SQLValue(i), .text(check.rule), SQLValue(check.row), SQLValue(check.column),
                 SQLValue(Double(expected)), .text(expected), SQLValue(Double(actual)), .text(actual),
                 .integer(check.ok ? 1 : 0)])
        }
    }

    /// A coordinate rounded to 0.1 pt as the JSON writes it, so the database and the JSON agree.
    static func point(_ x: Double?) -> SQLValue {
        guard let x, let rounded = Double(NumberLiterals.points(x)) else { return .null }
        return .real(rounded)
    }

    /// Every table in reading order with the heading of the section it sits in
    /// ("8.1 Käyttötalous"; nil before the first heading).
    static func tablesWithSections(_ d: Document) -> [(Table, String?)] {
        var out = d.blocks.compactMap(\.table).map { ($0, nil as String?) }
        func walk(_ s: Section) {
            let heading = [s.heading.number, s.heading.text].compactMap { $0 }.joined(separator: " ")
            out += s.blocks.compactMap(\.table).map { ($0, heading) }
            s.sections.forEach(walk)
        }
        d.sections.forEach(walk)
        return out
    }
}
