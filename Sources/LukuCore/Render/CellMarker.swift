/// The one-cell markers printed after a flagged table cell, and the legend that explains them.
enum CellMarker {
    /// The marker for one flag: `?` ambiguous-split, `!` check-failed, `=` identity-chosen, `⇔` merged, `¿` unreadable.
    static func symbol(for flag: CellFlag) -> String {
        switch flag {
        case .ambiguousSplit: return "?"
        case .checkFailed: return "!"
        case .identityChosen: return "="
        case .merged: return "⇔"
        case .unreadable: return "¿"
        }
    }

    /// The markers for a cell's flags, each flag once, in flag order (`?!⇔`); "" when unflagged.
    static func marker(for flags: [CellFlag]) -> String {
        Set(flags).sorted().map(symbol(for:)).joined()
    }

    /// The legend for the flags that appear in a table (empty when none appear), wrapped to
    /// `width`: `markers: ? ambiguous-split  ! check-failed  ⇔ merged`.
    static func legend(for flags: Set<CellFlag>, width: Int) -> [String] {
        var entries = flags.sorted().map { "\(symbol(for: $0)) \($0.rawValue)" }
        guard !entries.isEmpty else { return [] }
        entries[0] = "markers: " + entries[0]
        return TerminalText.join(entries, separator: "  ", width: width, continuation: "         ")
    }
}
