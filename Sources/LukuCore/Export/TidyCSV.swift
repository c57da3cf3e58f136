/// The tidy CSV: a header row, then one line per non-empty cell (`CellRecord`), UTF-8 without a
/// byte-order mark, RFC 4180 (`CSVWriter`). Empty cells (JSON `null`) have no line: a tidy table
/// lists observations, and an empty cell observes nothing.
///
/// `value` is the exact decimal literal of the JSON, with a dot and no thousands separator, so
/// pandas and R read the column as numbers; `text` is the cell as printed. `flags` are joined
/// with `;`. `verified` is `true`, `false` or empty (see `CellRecord.Verification`).
public enum TidyCSV {
    public static let header = [
        "document", "sha256", "table", "page", "caption", "unit", "row", "label", "group", "level",
        "column", "header", "kind", "year", "value", "text", "flags", "verified",
    ]

    public static func headerLine() -> String { CSVWriter.record(header) }

    /// The lines of one document's cells, without the header.
    public static func lines(_ document: Document) -> String {
        var out = ""
        for r in CellRecord.records(of: document) { out += CSVWriter.record(fields(r)) }
        return out
    }

    /// Header plus every document's lines, in the order given.
    public static func csv(_ documents: [Document]) -> String {
        documents.reduce(headerLine()) { $0 + lines($1) }
    }

    static func fields(_ r: CellRecord) -> [String] {
        [r.document, r.sha256, r.table, String(r.page), r.caption ?? "", r.unit ?? "", String(r.row),
         r.label, r.group ?? "", String(r.level), String(r.column), r.header, r.kind?.rawValue ?? "",
         r.year.map(String.init) ?? "", r.value ?? "", r.text,
         r.flags.map(\.rawValue).joined(separator: ";"), r.verified.rawValue]
    }
}
