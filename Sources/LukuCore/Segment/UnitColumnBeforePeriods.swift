/// Key-figure tables that print each row's unit in a column of its own between the label and the
/// periods: "Mittari Yksikkö TP 2024 TA 2025 TA 2026" over "Toimintakate €/asukas -2 151 -1 917
/// -1 723" (DOMAIN.md, Tunnusluvut: staff counts, € amounts, "€/asukas"). In one-row-per-line text
/// (`pdftotext -raw`, pypdf) the unit is just one more word of the label, and the header's
/// caption is "Mittari Yksikkö": the period columns are read, but the unit column is lost and
/// "Toimintakate €" and "Toimintakate €/asukas" differ only by a word folded into the label.
///
/// The rule reads the unit column back only on evidence from both sides: the caption ends in
/// a word that names a unit column (`columnNames`), and every row with figures ends its label in
/// exactly one unit token (`isUnit`, a closed list from the field) right before its figures,
/// after at least one word of label. Then the caption's last word becomes a text column in
/// front of the periods, and each row's unit its cell. Any other table is left as it was.
///
/// Proven on hold-out set 3's hold3-12-unit-column (`pdftotext -raw` and pypdf print the same
/// lines; the PDF and `-layout` readers place the column by position and need no rule).
enum UnitColumnBeforePeriods {
    /// Header words that name a unit column: "Yksikkö" (unit), "Mittayksikkö" (unit of
    /// measure), "Yks." (its abbreviation).
    static let columnNames: Set<String> = ["yksikkö", "mittayksikkö", "yks.", "yks"]

    /// A token that is one unit ("kpl", "€") or units joined by "/" ("pv/htv", "€/asukas"):
    /// the field's vocabulary, `UnitVocabulary`.
    static func isUnit(_ token: String) -> Bool { UnitVocabulary.isRowUnit(token) }

    /// The caption without its last word, when that word names a unit column; nil otherwise.
    static func captionBefore(_ caption: String?) -> (caption: String?, name: String)? {
        guard let words = caption?.split(separator: " ").map(String.init), let last = words.last,
              columnNames.contains(last.lowercased()) else { return nil }
        let rest = words.dropLast().joined(separator: " ")
        return (rest.isEmpty ? nil : rest, last)
    }

    /// The label cut into its words and its unit, when it ends in exactly one unit token after
    /// at least one word that is none.
    static func unit(ofLabel label: String) -> (label: String, unit: String)? {
        let words = label.split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last, isUnit(last), !isUnit(words[words.count - 2]) else { return nil }
        return (words.dropLast().joined(separator: " "), last)
    }

    /// Rewrites the table when its caption names a unit column and every row with figures has
    /// its unit at its label's end: a text column named by the caption's last word goes in front,
    /// each such row's unit into it. Rows without figures (group lines) get no unit cell.
    /// Returns the new caption and columns, nil (rows untouched) for any other table.
    static func apply(_ rows: inout [Row], caption: String?, columns: [Column]) -> (caption: String?, columns: [Column])? {
        guard let (newCaption, name) = captionBefore(caption) else { return nil }
        var units: [Int: (label: String, unit: String)] = [:]
        for r in rows.indices where rows[r].cells.contains(where: { $0 != nil }) {
            guard let cut = unit(ofLabel: rows[r].label) else { return nil }
            units[r] = cut
        }
        guard !units.isEmpty else { return nil }
        for r in rows.indices {
            if let cut = units[r] {
                rows[r].label = cut.label
                rows[r].cells.insert(Cell(text: cut.unit), at: 0)
            } else {
                rows[r].cells.insert(nil, at: 0)
            }
        }
        return (newCaption, [TextTableBuilder.column(name)] + columns)
    }
}
