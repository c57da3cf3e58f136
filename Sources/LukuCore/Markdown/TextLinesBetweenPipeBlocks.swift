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
    /// Lines of a gap at most when every one is a row of figures that reads one way: markitdown's
    /// text of hold-out set 6's hold6-03 (iText, an investment programme under group bands) leaves
    /// runs of 5 to 12 item rows as text between one-row grid blocks ("Päiväkoti Tähkän ilmanvaihdon
    /// uusiminen 1 545 667 -56 232 0 -708 653 -263 473" …), each run else a header-less table of
    /// its own cut from the programme. Group names in such a gap only as `GroupNamesAmongGapRows` allows.
    static let maxRowLines = 40

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
            while end < lines.count, cells[end] == nil, end - i - 1 < maxRowLines { end += 1 }
            guard end < lines.count, let below = cells[end], below.count == above.count,
                  let rows = rows(Array(lines[(i + 1)..<end]), width: above.count, opening: below,
                                  context: contextRows(out, width: above.count)) else { i += 1; continue }
            out += rows
            changed = true
            i = end
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// The gap's lines as pipe rows of `width` cells, or nil when any line is no group name and no
    /// row of exactly one reading, or the block after (`opening`, its first row) starts a table.
    /// A row of several readings is read the one way its group's arithmetic allows, with the
    /// figure rows just above the gap (`context`) as the group's other rows (`GroupIdentityReading`).
    static func rows(_ gap: [String], width: Int, opening: [String],
                     context: [(label: String, readings: [[String]])] = []) -> [String]? {
        guard width >= 2, !FigureInLabelCell.isAlignment(opening), SpacerPipeColumns.hasFigure(opening),
              opening[0].contains(where: \.isLetter) else { return nil }
        var out: [(label: String, readings: [[String]])] = []
        for raw in gap {
            guard let row = parsedLine(raw, width: width) else { return nil }
            // A group name starting in lower case is the wrapped end of the one before.
            if row.readings.isEmpty, row.label.first?.isLowercase == true, let last = out.last, last.readings.isEmpty {
                out[out.count - 1].label += " " + row.label
            } else {
                out.append(row)
            }
        }
        // A long gap holds rows; group names among them only as `GroupNamesAmongGapRows` allows.
        if gap.count > maxLines, !GroupNamesAmongGapRows.allows(out.map { ($0.label, !$0.readings.isEmpty) }) { return nil }
        let settled = GroupIdentityReading.settle(context + out, columns: width - 1).suffix(out.count)
        guard zip(out, settled).allSatisfy({ $0.readings.isEmpty || $1.count == 1 }) else { return nil }
        return zip(out, settled).map { row, readings in pipeLine(label: row.label, figures: readings.first, width: width) }
    }

    /// A gap line as a group name (its whole text, no readings) or a label and every reading of its
    /// figures into the `width - 1` value columns; nil for a heading, a bare number, or figures
    /// that read no way.
    static func parsedLine(_ raw: String, width: Int) -> (label: String, readings: [[String]])? {
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, !line.hasPrefix("#"), !isSectionHeading(line), let (label, tail) = figureTail(line) else { return nil }
        if tail.isEmpty { return (line, []) }
        guard tail.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        let readings = DigitRunSplitter.splits(tail, columns: width - 1, limit: GroupIdentityReading.maxReadings)
        guard !readings.isEmpty else { return nil }
        return (label: label, readings: readings)
    }

    /// A row as a pipe line of `width` cells: a group name alone, or a label read in doubt
    /// (`SpacerPipeColumns.doubtMark`) and its figures.
    static func pipeLine(label: String, figures: [String]?, width: Int) -> String {
        guard let figures else { return "| " + ([label] + Array(repeating: "", count: width - 1)).joined(separator: " | ") + " |" }
        return "| " + ([String(SpacerPipeColumns.doubtMark) + label] + figures).joined(separator: " | ") + " |"
    }

    /// The figure rows of `width` cells that end `lines` (alignment rows passed over, two at most,
    /// in order): the rows of the group a gap's row may belong to.
    static func contextRows(_ lines: [String], width: Int) -> [(label: String, readings: [[String]])] {
        var found: [(label: String, readings: [[String]])] = []
        for line in lines.reversed() {
            guard let row = SideBySidePipeTables.rawCells(line), row.count == width, found.count < 2 else { break }
            if FigureInLabelCell.isAlignment(row) { continue }
            guard SpacerPipeColumns.hasFigure(row) else { break }
            found.append((row[0], [row.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }]))
        }
        return found.reversed()
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
