/// RFC 4180 CSV text: fields joined by commas, records ended by CRLF, and a field quoted (with
/// inner quotes doubled) exactly when it holds a comma, a quote, CR or LF. Leading spaces and
/// zeros are kept as they are, never trimmed, so "-0,5" or "007" read back unchanged.
///
/// Hand-written: Foundation has no CSV writer, and the rule above is all there is to it.
public enum CSVWriter {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record with its CRLF line end.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
