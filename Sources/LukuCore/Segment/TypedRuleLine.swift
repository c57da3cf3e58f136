/// A rule typed with characters instead of drawn: a line of a PDF whose every word is a run of
/// one rule character (`-`, `=`, `_`, `—`, `–`, `*`), at least `minRun` long. ERP listings and
/// report writers that print in a monospace font (FPDF / TCPDF / fpdf2 `cell(text="-" * 60)`,
/// line-printer layouts kept in PDF) underline a head with `=====` and set `-----` over each sum,
/// as text. Such a line carries no content, but under a row it stood in the first number
/// column's span and was read as that cell's wrapped text: `536 345 ----…` (hold-out set 8,
/// hold8-09, three sums' rows, flagged). Dropped from the PDF's lines before segmenting.
///
/// A dash placeholder of an empty cell is one character (`-`, `–`) and stays; a run of
/// `minRun` rule characters is never a figure, a word or a placeholder. Text input keeps its
/// typed rules (the text rules read them where they mean something: Markdown's `|---|`).
enum TypedRuleLine {
    static let ruleScalars: Set<Unicode.Scalar> = ["-", "=", "_", "\u{2014}", "\u{2013}", "*"]
    /// Shortest run that is a rule: longer than any placeholder (`-`, `--`, `---`, `xx`).
    static let minRun = 5

    static func isTypedRule(_ line: TextLine) -> Bool {
        !line.words.isEmpty && line.words.allSatisfy { isRun($0.text) }
    }

    static func isRun(_ text: String) -> Bool {
        let s = text.unicodeScalars
        guard s.count >= minRun, let first = s.first, ruleScalars.contains(first) else { return false }
        return s.allSatisfy { $0 == first }
    }

    /// The lines without the typed rules.
    static func removed(_ lines: [TextLine]) -> [TextLine] {
        lines.contains(where: isTypedRule) ? lines.filter { !isTypedRule($0) } : lines
    }
}
