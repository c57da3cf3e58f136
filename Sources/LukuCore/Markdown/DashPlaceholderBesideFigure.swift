/// A dash that stands for an empty cell ("-", nothing printed in that column) put by the converter
/// into the next cell, in front of its figure: "- 6 489" reads as −6 489, a wrong number that
/// looks right. markitdown's Markdown of synth kurkivirta (HTML-made, two columns per year: the
/// item, then the group's subtotal) prints "| Lyhytaikaisten lainojen muutos | -1 000 | -711 | |
/// - 6 489 |" where the page has "–" under 2024's item and 6 489 as its subtotal, and
/// "| 1. Sijoitukset rahamarkkinainstrumentteihin | | - | | - 1 865 | 1 865 |" where 1 865 is
/// 2024's item after a dash under 2025's subtotal. The dash's own column is the empty pipe cell
/// right before the joined one. A value cell of a dash, a space and a figure after an empty value
/// cell makes its row doubtful (`SpacerPipeColumns.markRows`: every figure of it flagged); nothing
/// is split or changed. Only where the table shows that a dash there is out of place: its run has
/// placeholder dashes of its own ("| - |"), or its minus signs stand against their figures
/// ("-1 000", "-711") more often than apart. A minus printed apart from its figure throughout
/// (pymupdf4llm of the sheet-made synth joutsenkyla: "|Henkilöstökulut|- 35 008 194||- 33 750 548||")
/// or after a label or a filled cell (Lapua's minutes: "| Toimintakulut *) | -​ 28.948.150 |") is
/// the document's minus.
enum DashPlaceholderBesideFigure {
    static func mark(_ text: String) -> String {
        SpacerPipeColumns.markRows(in: text) { members, cells in
            let rows = members.compactMap { k in cells[k].map { (k, $0) } }.filter { !FigureInLabelCell.isAlignment($0.1) }
            let values = rows.flatMap { $0.1.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) } }
            let placeholders = values.contains { $0.count == 1 && $0.first.map(dashes.contains) == true }
            let attached = values.filter { v in v.first.map(dashes.contains) == true && v.dropFirst().first?.isASCIIDigit == true }.count
            let apart = values.filter(dashThenFigure).count
            guard placeholders || attached > apart else { return [] }
            return rows.filter { _, row in
                row.indices.dropFirst(2).contains { c in
                    row[c - 1].trimmingCharacters(in: .whitespaces).isEmpty && dashThenFigure(row[c])
                }
            }.map(\.0)
        }
    }

    static let dashes: Set<Character> = ["-", "\u{2013}", "\u{2212}"]

    /// "- 6 489", "– 1 865": a dash, at least one space, then a figure (read without the dash).
    static func dashThenFigure(_ cell: String) -> Bool {
        let t = cell.trimmingCharacters(in: .whitespaces)
        guard let first = t.first, dashes.contains(first) else { return false }
        let rest = t.dropFirst()
        guard let next = rest.first, next == " " || next == "\u{00A0}" else { return false }
        let figure = rest.trimmingCharacters(in: .whitespaces)
        return figure.first?.isASCIIDigit == true && FinnishNumber.parse(figure) != nil
    }
}
