/// Two statements side by side in one pipe table whose header row names no side: the converter
/// wrote the sides' titles as headings above the table and left both label cells of the header
/// empty. pymupdf4llm's Markdown of hold-out 05 (tase, p. 1) heads it "## **VASTAAVAA**" /
/// "## **VASTATTAVAA**" / "||**2025**|**2024**||**2025**|**2024**|", every row an item of each
/// side ("|**A PYSYVÄT VASTAAVAT**|**73 944,0**|**60 660,9**|**A OMA PÄÄOMA**|**57 552,4**|…|").
/// The labelled form ("|**VASTAAVAA**|**2024**|**2023**|**VASTATTAVAA**|**2024**|**2023**|",
/// kauhava-tilinpaatos-2024 p. 35) is `SideBySidePipeTables`; this is the same table with the
/// words gone from the header. The halves' column headers must repeat (each with a figure, `%`
/// or `€`), both label cells be empty, and the right half's label cell hold words, never a
/// figure, on most body rows: a table with an empty spacer column between two column groups
/// has no labels there, so it is left alone.
enum UnlabelledSideBySideHalves {
    /// Share of body rows whose right-half label cell must hold words.
    static let minimumLabelledShare = 0.5

    /// The cells of one half when line `i` heads such a table, else nil.
    static func halfWidth(_ lines: [String], at i: Int) -> Int? {
        guard i + 1 < lines.count, let head = SideBySidePipeTables.rawCells(lines[i]),
              let rule = SideBySidePipeTables.rawCells(lines[i + 1]), rule.count == head.count,
              rule.allSatisfy({ $0.contains("-") && $0.allSatisfy { "-: ".contains($0) } }),
              head.count >= 4, head.count % 2 == 0 else { return nil }
        let plain = head.map { $0.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: "")
            .trimmingCharacters(in: .whitespaces) }
        let half = head.count / 2
        let leftHeads = plain[1..<half], rightHeads = plain[(half + 1)...]
        guard Array(leftHeads) == Array(rightHeads), plain[0].isEmpty, plain[half].isEmpty,
              leftHeads.allSatisfy({ $0.contains { $0.isNumber || $0 == "%" || $0 == "€" } }) else { return nil }
        var body: [[String]] = []
        var j = i + 2
        while j < lines.count, let cells = SideBySidePipeTables.rawCells(lines[j]), cells.count == head.count {
            body.append(cells)
            j += 1
        }
        let labels = body.map { $0[half].replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces) }
        guard !body.isEmpty, !labels.contains(where: { FinnishNumber.parse($0) != nil }) else { return nil }
        let worded = labels.filter { $0.contains(where: \.isLetter) }.count
        return Double(worded) >= minimumLabelledShare * Double(body.count) && worded >= 2 ? half : nil
    }
}
