/// A bold heading line the converter put into the label cell of the row above it. pymupdf4llm's
/// Markdown of kemijarvi-hallintopalvelut-tp2024 starts page 5's part of the unit table with
/// "|NETTOMENO<br>**Kemijärvi 150**|0|-50 000|-11 450|-35 000|-23 079|": the NETTOMENO row of the
/// cost centre above (Kemijärvi historia 3) and the next cost centre's bold heading, whose rows
/// follow ("|<br>MENOT|-261|0|0|0|0|"). A bold scrap sits there the same way in
/// "|NETTOMENO<br>**t**|-30 604|-30 000|…|" (tp2024 p. 5) and "|NETTOMENO<br>**t**|−23 079|…|"
/// (kemijarvi-konserni-elinvoima-ta2026 p. 8). A label cell whose first lines are plain and whose
/// last lines are bold, in a row whose every value cell is one number or empty, is two rows: the
/// plain lines with the values, then the bold lines as a heading row without values. The label
/// has more lines than the values, so the line the values belong to is read from the bold, not
/// drawn by the converter: the values are flagged `ambiguous-split` (`TextTableBuilder`).
/// Label cells wholly plain or wholly bold ("Aineet, tarvikkeet ja<br>tavarat",
/// "**Henkilösivukulut**<br>**yhteensä**") stay one wrapped label.
/// Italic last lines are read the same way: kauhava-tilinpaatos-2024 p. 126 (rahoitusosan
/// toteutuminen) sets in italics the sub-items its table leaves empty, and pymupdf4llm puts them
/// into the label cell of the item above: "|Antolainasaamisten lisäykset muille<br>_Antolainasaamisten
/// lisäykset liikelaitoksille_|-3000 000||…|" (and "…vähennykset muilta<br>_…liikelaitok-_<br>_silta_").
/// The plain line keeps the figures; the italic lines are a row without values (a wrapped word
/// joined, `TextJoiner`).
enum BoldHeadingLineInLabelCell {
    /// The value row and the heading row, or nil when `cells` (the raw pipe cells, label first)
    /// is no such row.
    static func rows(_ cells: [String]) -> (row: [String], heading: [String])? {
        guard cells.count >= 2, let label = cells.first else { return nil }
        let parts = PipeCellBreaks.split(label).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count >= 2, let firstStyled = parts.firstIndex(where: { isBold($0) || isItalic($0) }), firstStyled > 0
        else { return nil }
        let italic = isItalic(parts[firstStyled])
        guard parts[firstStyled...].allSatisfy(italic ? isItalic : isBold) else { return nil }
        let plain = PipeCellBreaks.lines(parts[..<firstStyled].joined(separator: "<br>")).lines
        let heading = PipeCellBreaks.lines(parts[firstStyled...].joined(separator: "<br>")).lines
        guard plain.contains(where: { $0.contains(where: \.isLetter) }),
              heading.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        var values: [String] = []
        for cell in cells.dropFirst() {
            let lines = PipeCellBreaks.lines(cell).lines
            guard lines.count <= 1 else { return nil }
            // (Figures of fused digit groups, "-3000 000", are read by `FusedThousandsGroups`.)
            if let line = lines.first, FinnishNumber.parse(line) == nil, FusedThousandsGroups.value(line) == nil { return nil }
            values.append(lines.first ?? "")
        }
        guard values.contains(where: { !$0.isEmpty }) else { return nil }
        return ([plain.joined(separator: " ")] + values,
                [italic ? TextJoiner.join(heading) : heading.joined(separator: " ")] + Array(repeating: "", count: values.count))
    }

    /// A line in italics from end to end, with letters: "_Antolainasaamisten lisäykset liikelaitoksille_".
    private static func isItalic(_ part: String) -> Bool {
        part.count > 2 && part.hasPrefix("_") && part.hasSuffix("_") && !part.hasPrefix("__")
            && !part.dropFirst().dropLast().contains("_") && part.contains(where: \.isLetter)
    }

    /// A line bold from end to end: "**Kemijärvi 150**".
    private static func isBold(_ part: String) -> Bool {
        part.count > 4 && part.hasPrefix("**") && part.hasSuffix("**") && !part.dropFirst(2).dropLast(2).contains("**")
    }
}
