/// Lines markitdown leaves out of a pipe table it cut into blocks: pdfplumber's table finder ends a
/// block at every row it cannot fit in its grid, so a table's group names ("Rakennusvalvonta",
/// "Toimintatuotot", "Lyhytaikainen vieras pääoma") and rows whose cells it ran together
/// ("NETTOMENO -27 726 100,00 -29 735 265,83 -2 009 165,83 107,2 %") stand as text lines between
/// blocks of one width, with no blank line between (a blank line ends markitdown's page,
/// `PageEndFooter`). Synth honkakoski p. 6 (the committee table, one block per cost centre under
/// a header block), koivukyla p. 5 (tuloslaskelmaosa, seven blocks), pauhaniemi p. 4 (tase:
/// "Lainat rahoitus- ja vakuutuslaitoksilta 223.125 223.125 222.789 222.789" between its groups),
/// kalliosalo p. 10 ("Muut toimintatuotot 557 827,41 € 1 750 896,75 € …"). Read as text, each
/// block is a table of its own with no header, and the row between them is lost or, its label
/// printed again below ("Lainat rahoitus- ja vakuutuslaitoksilta" under both loan groups), paired
/// with the other row of that name.
///
/// Between two blocks of one width, when the block after is no new table (its first row has a
/// label and a figure) and no line of the gap is a numbered section heading ("2.2 Tuloslaskelmaosan
/// toteutuminen") or a bare number: a line with no figure becomes a row holding only its label
/// (a group name; a line starting in lower case goes on the one before, "Maankäyttö ja" /
/// "kaavoitus"), and a line of a label and figures becomes a row when its figures read exactly one
/// way (`DigitRunSplitter`) into the block's value columns, read in doubt (every figure flagged:
/// the converter's grid did not place them, their count did). Any other line leaves the whole gap
/// as printed. Runs after `SpacerPipeColumns`, so a grid's spacer columns are gone first.
enum TextLinesBetweenPipeBlocks {
    /// Lines of a gap at most (group names over group names: "VIERAS PÄÄOMA" / "Pitkäaikainen
    /// vieras pääoma" / a row / "Lyhytaikainen vieras pääoma").
    static let maxLines = 4

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var changed = false
        var i = 0
        while i < lines.count {
            out.append(lines[i])
            guard let above = cells[i], i + 1 < lines.count, cells[i + 1] == nil else { i += 1; continue }
            var end = i + 1
            while end < lines.count, cells[end] == nil, end - i - 1 < maxLines { end += 1 }
            guard end < lines.count, let below = cells[end], below.count == above.count,
                  let rows = rows(Array(lines[(i + 1)..<end]), width: above.count, opening: below) else { i += 1; continue }
            out += rows
            changed = true
            i = end
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// The gap's lines as pipe rows of `width` cells, or nil when any line is no group name and no
    /// row of exactly one reading, or the block after (`opening`, its first row) starts a table.
    static func rows(_ gap: [String], width: Int, opening: [String]) -> [String]? {
        guard width >= 2, !FigureInLabelCell.isAlignment(opening), SpacerPipeColumns.hasFigure(opening),
              opening[0].contains(where: \.isLetter) else { return nil }
        var out: [(label: String, cells: [String]?)] = []
        for raw in gap {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), !isSectionHeading(line) else { return nil }
            guard let (label, tail) = figureTail(line) else { return nil }
            if tail.isEmpty {
                // A group name; one starting in lower case is the wrapped end of the one before.
                if label.first?.isLowercase == true, let last = out.last, last.cells == nil {
                    out[out.count - 1].label += " " + line
                } else {
                    out.append((line, nil))
                }
                continue
            }
            guard tail.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
            let readings = DigitRunSplitter.splits(tail, columns: width - 1, limit: 2)
            guard readings.count == 1, let figures = readings.first else { return nil }
            out.append((String(SpacerPipeColumns.doubtMark) + label, figures))
        }
        return out.map { row in
            "| " + ([row.label] + (row.cells ?? Array(repeating: "", count: width - 1))).joined(separator: " | ") + " |"
        }
    }

    /// (label, figure tokens) of a text line: the words up to its last run of number tokens
    /// (`DigitRunSplitter.classify`), or nil when the label holds no letter.
    static func figureTail(_ raw: String) -> (label: String, tail: [String])? {
        let tokens = raw.split(whereSeparator: \.isWhitespace).map(String.init)
        var cut = tokens.count
        while cut > 0, DigitRunSplitter.classify(tokens[cut - 1]) != nil { cut -= 1 }
        let label = tokens[..<cut].joined(separator: " ")
        guard label.contains(where: \.isLetter), !label.contains("|") else { return nil }
        return (label, Array(tokens[cut...]))
    }

    /// "2.2 Tuloslaskelmaosan toteutuminen", "3.2. Tase", "4 Tunnuslukuja": a section number of
    /// two levels or more, or one with no dot, then a capitalised title. A balance sheet's items
    /// ("1. Aineettomat oikeudet") carry one number and a dot, and stay rows.
    static func isSectionHeading(_ line: String) -> Bool {
        guard let space = line.firstIndex(where: \.isWhitespace) else { return false }
        let number = line[..<space]
        let title = line[space...].trimmingCharacters(in: .whitespaces)
        guard title.first?.isUppercase == true, number.first?.isASCIIDigit == true,
              number.allSatisfy({ $0.isASCIIDigit || $0 == "." }) else { return false }
        let levels = number.split(separator: ".")
        return levels.count >= 2 || !number.contains(".")
    }
}
