/// Line breaks inside GitHub pipe-table cells (`<br>`), as pymupdf4llm writes them. Two uses:
/// - a header or label cell wrapped over lines ("TA +<br>MUUTOS", "**TOT.**<br>**30.6.2022**"):
///   the lines are one cell, joined with a space, bold marks taken off each line;
/// - rows the converter stacked into one table row at a page break
///   (`|TULOT<br>NETTOMENO|0<br>-99 806|0<br>-110 000|…|`, kemijarvi-hallinto-tukipalvelut-2022-06
///   page 5): every non-empty cell holds the same number of lines and every value line is a number,
///   so line k of each cell is row k.
/// A value cell whose lines do not line up with the others' stays one cell with its lines joined;
/// digits joined that way are no number and the cell reader flags them (never a silent sum).
enum PipeCellBreaks {
    /// The lines of one cell: split at `<br>` (any spelling), bold marks off each, empty lines dropped.
    static func lines(_ cell: String) -> (lines: [String], bold: Bool) {
        var bold = false
        var out: [String] = []
        for part in split(cell) {
            var p = MathFontSignsInCell.strip(part.trimmingCharacters(in: .whitespaces))
            for mark in ["***", "**", "__"] where p.hasPrefix(mark) && p.hasSuffix(mark) && p.count > 2 * mark.count {
                p = String(p.dropFirst(mark.count).dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
                bold = true
                break
            }
            // Bold runs inside the cell ("**01.** **Tulon ja varallisuuden …**", pymupdf4llm's
            // state budget): the marks go, the row is bold.
            if p.contains("**") {
                p = p.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
                bold = true
            }
            // Italics around a whole cell (`_2 263 000_`, kauhava-tilinpaatos-2024 page 120 in
            // pymupdf4llm) are emphasis, not part of the number.
            for mark in ["*", "_"] where p.hasPrefix(mark) && p.hasSuffix(mark) && p.count > 2 {
                p = String(p.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                break
            }
            if !p.isEmpty { out.append(p) }
        }
        return (out, bold)
    }

    /// The rows stacked in one pipe row, or nil when it is one row: at least two lines in some
    /// cell, the same count in every non-empty cell, and each line of every value cell a number.
    static func stackedRows(_ cells: [[String]]) -> [[String]]? {
        let counts = Set(cells.filter { !$0.isEmpty }.map(\.count))
        guard counts.count == 1, let k = counts.first, k > 1, cells.count > 1 else { return nil }
        // Under an empty marker column the label is the second cell ("||Lainasaamiset 31.12., 1 000 €<br>
        // Asukasmäärä|544<br>11899|508<br>12018|", synth petajalampi p. 3).
        let labelAt = cells.count > 2 && cells[0].isEmpty && cells[1].contains { $0.contains(where: \.isLetter) } ? 1 : 0
        let values = cells.dropFirst(labelAt + 1).filter { !$0.isEmpty }
        guard !values.isEmpty, values.allSatisfy({ $0.allSatisfy { FinnishNumber.parse($0) != nil } }) else { return nil }
        return (0..<k).map { r in cells.map { $0.isEmpty ? "" : $0[r] } }
    }

    static func split(_ cell: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(cell)
        while let open = rest.range(of: "<br", options: .caseInsensitive),
              let close = rest[open.upperBound...].firstIndex(of: ">"),
              rest[open.upperBound..<close].allSatisfy({ $0 == " " || $0 == "/" }) {
            parts.append(String(rest[..<open.lowerBound]))
            rest = rest[rest.index(after: close)...]
        }
        parts.append(String(rest))
        return parts
    }
}
