/// ANSI colours for a unified diff shown on a terminal: removed lines red, added lines green.
/// The `---`/`+++` header and the `@@` lines stay plain.
public enum DiffColoring {
    static let red = "\u{1B}[31m"
    static let green = "\u{1B}[32m"
    static let reset = "\u{1B}[0m"

    public static func ansi(_ diff: String) -> String {
        var inHeader = true
        return diff.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("@@") { inHeader = false; return String(line) }
            if inHeader { return String(line) }
            if line.hasPrefix("-") { return red + line + reset }
            if line.hasPrefix("+") { return green + line + reset }
            return String(line)
        }.joined(separator: "\n")
    }
}
