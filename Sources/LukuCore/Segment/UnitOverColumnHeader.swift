/// A unit line right over a table's column header: "1 000 €" / "TP 2025 TP 2024" (hold4-05,
/// Apache FOP) and "€" / "Kustannus- Taloussuunnitelma" / "arvio TA 2026 TS 2027 TS 2028 TS 2029"
/// (hold5-03, LaTeX longtable), in `pdftotext -raw`, where the unit cell of the header's first
/// row comes out on a line of its own. DOMAIN.md: the unit ("€", "1 000 €") heads the label
/// column of a budget or statement table. Such a unit is the header's, not the head of a one-value
/// outline table (`UnitHeadedTextTable`, the state budget's "1000 €" over caps titles and rows
/// of one figure): read that way, the header line became a row of its own and the table's rows
/// were read with no header (half the figures of hold5-03 and 16 of 22 of hold4-05 missing).
///
/// A header: a line `PlainHeader` reads with two columns or more, among the next `reach` lines on
/// the unit's page.
enum UnitOverColumnHeader {
    static let reach = 2

    static func heads(_ lines: [TextLine], at i: Int) -> Bool {
        var seen = 0
        for k in (i + 1)..<lines.count where !lines[k].isEmpty {
            guard lines[k].page == lines[i].page, seen < reach else { return false }
            if let header = PlainHeader(lines[k]), header.columns.count >= 2 { return true }
            seen += 1
        }
        return false
    }
}
