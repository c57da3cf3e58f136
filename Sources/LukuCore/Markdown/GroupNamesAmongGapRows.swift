/// Group names among the rows markitdown leaves as text in a long gap between a grid's blocks: a
/// statement's group bands ("Rahoituksen rahavirta" / "Antolainauksen muutokset", "Satunnaiset
/// erät", "E VIERAS PÄÄOMA") stand on lines of their own between rows pdfplumber ran together
/// ("Rahoitusosuudet investointeihin 4.071.823,54 1.874.511,12 117,2%"), and such a gap is often
/// longer than `TextLinesBetweenPipeBlocks.maxLines` (synth kuusiselka's rahoituslaskelma:
/// three rows and two group names; honkakoski's tuloslaskelma: "Satunnaiset erät" and its empty
/// items between two totals; vaahterajoki p. 2: "Varausten muutos" among its rows).
/// A long gap may hold group names when it reads like a statement's rows, not like prose: at
/// least as many rows of figures as names, no run of more names than a short gap holds, and every
/// name short (at most `maxWords` words) with no sentence end. Prose between two tables of one
/// width keeps the gap as printed. The rows' figures are read in doubt as in any gap.
enum GroupNamesAmongGapRows {
    /// Words at most in a group name of a long gap ("Toimeksiantojen varojen ja pääomien muutokset").
    static let maxWords = 8

    /// Whether a gap of more than `TextLinesBetweenPipeBlocks.maxLines` lines, each a group name
    /// (`isRow` false) or a row of figures, may be read as the grid's rows.
    static func allows(_ lines: [(label: String, isRow: Bool)]) -> Bool {
        let names = lines.filter { !$0.isRow }
        guard !names.isEmpty else { return true }
        guard lines.count - names.count >= names.count else { return false }
        var run = 0
        for line in lines {
            run = line.isRow ? 0 : run + 1
            if run > TextLinesBetweenPipeBlocks.maxLines { return false }
        }
        return names.allSatisfy { isShortName($0.label) }
    }

    /// The index of the pipe line that ends a long gap starting at `start` when the gap reads as a
    /// statement's rows (`allows`, every line a group name or a label and figures, no blank line,
    /// heading or bare number, at most `TextLinesBetweenPipeBlocks.maxRowLines` lines) and the line
    /// after it is a labelled figure row of `width` cells; nil otherwise. `SpacerPipeColumns.runs`
    /// reads the blocks on both sides as one run, so their columns are decided together and the
    /// gap's rows can be read into them (`TextLinesBetweenPipeBlocks`).
    static func bridgedGapEnd(_ lines: [String], cells: [[String]?], from start: Int, width: Int) -> Int? {
        var parsed: [(label: String, isRow: Bool)] = []
        var k = start
        while k < lines.count, cells[k] == nil {
            guard parsed.count < TextLinesBetweenPipeBlocks.maxRowLines else { return nil }
            let line = lines[k].trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), !TextLinesBetweenPipeBlocks.isSectionHeading(line),
                  let (label, tail) = TextLinesBetweenPipeBlocks.figureTail(line) else { return nil }
            if tail.isEmpty {
                parsed.append((line, false))
            } else {
                guard tail.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
                parsed.append((label, true))
            }
            k += 1
        }
        guard k < lines.count, let below = cells[k], below.count == width, SpacerPipeColumns.hasFigure(below),
              below[0].contains(where: \.isLetter), allows(parsed) else { return nil }
        return k
    }

    /// A short line ending in no sentence mark: a group band, not a sentence.
    static func isShortName(_ label: String) -> Bool {
        let words = label.split(whereSeparator: \.isWhitespace)
        guard let last = label.last, words.count <= maxWords else { return false }
        return !".:;!?".contains(last)
    }
}
