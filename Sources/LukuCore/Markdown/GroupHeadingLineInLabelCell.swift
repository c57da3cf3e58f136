/// A group's heading line that the converter put into the label cell of the group's only item,
/// with the group's total on the next row: pymupdf4llm's Markdown of koha-suomi-oy-tilinpaatos-2024
/// p. 3 (the company income statement, tuloslaskelma) writes
/// "|Muut korko- ja rahoitustuotot<br>Muilta|0,88|1,22|" over "|Yhteensä|0,88|1,22|", and
/// "|Korkokulut ja muut rahoituskulut<br>Muille|-117,36|-364,13|" over "|Yhteensä|-117,36|-364,13|",
/// where the page prints the heading on a line of its own, the item under it and the group's
/// "Yhteensä". The statutory statements group their items so (DOMAIN.md "The statutory
/// statements"): a heading without figures, its items, then "Yhteensä", which for a group of
/// one item repeats that item's figures. A label cell of two plain lines is read as heading and
/// item only with that proof: every figure of the row is one number, the next row is labelled
/// "Yhteensä" and holds the same figures, cell for cell. A wrapped label ("Osakkeet ja osuudet,
/// KY<br>Kymppi", Kauhava's pymupdf4llm p. 120, one label) has no such total under it and stays
/// one label. The heading becomes a row of its own without values, as the other groups' headings
/// are written ("|Rahoitustuotot ja -kulut|||").
enum GroupHeadingLineInLabelCell {
    static func reorder(_ text: String) -> String {
        guard text.contains("<br") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        var r = 0
        while r + 1 < lines.count {
            guard let cells = SideBySidePipeTables.rawCells(lines[r]), cells.count >= 2,
                  let total = SideBySidePipeTables.rawCells(lines[r + 1]), total.count == cells.count,
                  let (heading, item) = headingAndItem(cells[0]),
                  label(total[0]) == "yhteensä" else { r += 1; continue }
            let figures = cells.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            let totals = total.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            guard figures == totals, figures.contains(where: { !$0.isEmpty }),
                  figures.allSatisfy({ $0.isEmpty || FinnishNumber.parse($0) != nil }) else { r += 1; continue }
            let empty = Array(repeating: "", count: cells.count - 1)
            lines[r] = "|" + ([heading] + empty).joined(separator: "|") + "|\n|" + ([item] + Array(cells.dropFirst())).joined(separator: "|") + "|"
            changed = true
            r += 2
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The heading line and the item line of a label cell of exactly two plain lines: the heading
    /// reads finished (no "ja", comma or hyphen at its end) and the item starts with a capital.
    static func headingAndItem(_ cell: String) -> (String, String)? {
        let parts = PipeCellBreaks.split(cell).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count == 2, !parts.contains(where: { $0.contains("**") }),
              parts.allSatisfy({ $0.contains(where: \.isLetter) && FinnishNumber.parse($0) == nil }),
              !WordTraits.endsUnfinished(parts[0]), parts[1].first?.isUppercase == true else { return nil }
        return (parts[0], parts[1])
    }

    /// A label cell's text, bold marks dropped, lower-cased: "**Yhteensä**" → "yhteensä".
    private static func label(_ cell: String) -> String {
        cell.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces).lowercased()
    }
}
