/// Two key-figure tables side by side in one pipe table whose header row holds only the two
/// tables' captions, their column headers in the row under the alignment row: pymupdf4llm writes
/// the float of hold-out hold7-07 (wkhtmltopdf) and hold8-07 (fpdf2) as
/// "|**Talouden tunnusluvut**||||**Palvelujen tunnusluvut**||||" / "|---|…|" /
/// "||**TP 2024**|**TA 2025**|**TA 2026**||**TP 2024**|**TA 2025**|**TA 2026**|", every row after
/// that an item of each table ("|Asukasluku 31.12.|8 615|8 498|8 340|Lapsia varhaiskasvatuksessa|
/// 1 198|861|1 238|"), the right one ending first. Read as one table, the right table's labels are
/// text cells of the left one's and its 18 figures are lost. The labelled form is
/// `SideBySidePipeTables`, the one with the captions as headings above `UnlabelledSideBySideHalves`;
/// this is the same table with the captions in the header row and the periods one row down.
///
/// The header row's two label cells (first and middle) hold words with no figure and every other
/// header cell is empty; the row under the alignment row has both label cells empty and the same
/// column headers in its two halves (each with a figure, `%` or `€`); and the right half's label
/// cell holds words, never a figure, on most rows after it. `SideBySidePipeTables` then writes
/// the two halves one after the other (a half row with nothing in it left out), each headed by
/// its periods row with the caption in its label cell (`lift`): the labelled form, whose header
/// starts a table of its own; a caption row alone over the right half was read as a label-only
/// row of the left table.
enum CaptionedSideBySideHalves {
    /// Share of body rows whose right-half label cell must hold words.
    static let minimumLabelledShare = 0.5

    /// One half's lines (caption row, alignment row, periods row, body rows) with the caption
    /// put in the periods row's empty label cell, that row first:
    /// "|**Palvelujen tunnusluvut**|**TP 2024**|**TA 2025**|**TA 2026**|" over the alignment row.
    static func lift(_ half: [String]) -> [String] {
        guard half.count >= 3, let caption = SideBySidePipeTables.rawCells(half[0]),
              var periods = SideBySidePipeTables.rawCells(half[2]), !periods.isEmpty else { return half }
        periods[0] = caption[0]
        return ["|" + periods.joined(separator: "|") + "|", half[1]] + half[3...]
    }

    /// The cells of one half when line `i` heads such a table, else nil.
    static func halfWidth(_ lines: [String], at i: Int) -> Int? {
        guard i + 2 < lines.count, let head = SideBySidePipeTables.rawCells(lines[i]),
              let rule = SideBySidePipeTables.rawCells(lines[i + 1]), rule.count == head.count,
              FigureInLabelCell.isAlignment(rule), head.count >= 4, head.count % 2 == 0,
              let periods = SideBySidePipeTables.rawCells(lines[i + 2]), periods.count == head.count else { return nil }
        let plain = { (cells: [String]) in
            cells.map { $0.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces) }
        }
        let heads = plain(head), columns = plain(periods)
        let half = head.count / 2
        guard [heads[0], heads[half]].allSatisfy({ $0.contains(where: \.isLetter) && !$0.contains(where: \.isNumber) }),
              heads.indices.allSatisfy({ $0 == 0 || $0 == half || heads[$0].isEmpty }),
              columns[0].isEmpty, columns[half].isEmpty, Array(columns[1..<half]) == Array(columns[(half + 1)...]),
              columns[1..<half].allSatisfy({ $0.contains { $0.isNumber || $0 == "%" || $0 == "€" } }) else { return nil }
        var labels: [String] = []
        var j = i + 3
        while j < lines.count, let cells = SideBySidePipeTables.rawCells(lines[j]), cells.count == head.count {
            labels.append(plain([cells[half]])[0])
            j += 1
        }
        guard !labels.isEmpty, !labels.contains(where: { FinnishNumber.parse($0) != nil }) else { return nil }
        let worded = labels.filter { $0.contains(where: \.isLetter) }.count
        return Double(worded) >= minimumLabelledShare * Double(labels.count) && worded >= 2 ? half : nil
    }
}
