/// How the lines of a goal table printed as text cut into cell blocks. A text extract prints each
/// cell as a block of lines with blank lines between the blocks, but two marks of the seed texts'
/// extractor bend that:
/// - an empty paragraph inside a cell is a line of spaces alone between two lines of the cell,
///   where the blank between two cells is a truly empty line ("saatavilla." / " " / "Investoinnit
///   eivät…" is one TP 2024 cell in kemijarvi-hallintopalvelut-tp2024 page 3; the Mittarit of
///   the viestintä goal tables of kemijarvi-konserni-elinvoima-ta2026 pages 12–13 list their
///   metres so);
/// - a new page starts with a line indented by one space, and the cell before the page break
///   ends there even without a blank line (" Vuonna 2023 toteutetun" after "kesken." in the
///   tuottavuustoimenpiteet of kemijarvi-hallintopalvelut-tp2024 page 2).
/// The plain reading (every blank ends a block) is tried first; the others only when it does not
/// divide into rows, so a table read before is read the same; the caller still takes a reading
/// only when its blocks divide exactly into rows.
enum CellBlockReadings {
    struct Reading: Equatable {
        /// A line of spaces alone between two lines is a paragraph break inside the cell.
        var spacesJoin = false
        /// A line indented by exactly one space right under a line starts a block (a page top).
        var pageTopSplits = false
        /// A lowercase page top at a row's end opens the rest of that row, printed after the
        /// break cell by cell in column order (`pageTopSplits` included).
        var brokenRows = false
        /// …and the rest may be fewer blocks than cells, each starting in lowercase: they go on
        /// with the row's cells that end unfinished, in column order (`brokenRows` included).
        var partialRests = false
    }

    /// Readings in the order they are tried.
    static let all: [Reading] = [
        Reading(),
        Reading(spacesJoin: true),
        Reading(pageTopSplits: true),
        Reading(spacesJoin: true, pageTopSplits: true),
        Reading(pageTopSplits: true, brokenRows: true),
        Reading(spacesJoin: true, pageTopSplits: true, brokenRows: true),
        Reading(pageTopSplits: true, brokenRows: true, partialRests: true),
        Reading(spacesJoin: true, pageTopSplits: true, brokenRows: true, partialRests: true),
    ]

    /// The blocks of the lines `indices` (in order; blank lines included) under `reading`, nil
    /// when a page top would start a block inside a row of `width` cells: a row broken by the
    /// page goes on with its own cells after the page top (the Toimenpiteet of the viestintä
    /// goal table on kemijarvi-konserni-elinvoima-ta2026 pages 12–13), and no cut can say where.
    static func blocks(_ lines: [TextLine], _ indices: [Int], reading: Reading, width: Int) -> [[Int]]? {
        var blocks: [[Int]] = []
        var current: [Int] = []
        var continuations: [Int] = []  // blocks that open the rest of a row broken by the page
        for (n, j) in indices.enumerated() {
            let line = lines[j]
            if line.isEmpty {
                let between = n > 0 && n + 1 < indices.count && !lines[indices[n - 1]].isEmpty && !lines[indices[n + 1]].isEmpty
                if reading.spacesJoin, line.indent > 0, between, !current.isEmpty { continue }
                if !current.isEmpty { blocks.append(current); current = [] }
                continue
            }
            if line.indent == 1, let previous = current.last, previous == j - 1 {
                // A page top right under a cell's line: the new page starts a row, or goes on
                // with a cell of the row the page broke, and only the row's own cells can say
                // which (viestintä, Vakaa ja ennakoiva kuntatalous, pages 13–14: " muuta
                // viestintää." under the Mittarit continues the Toimenpiteet). The new readings
                // take the first only; they never glue a page top to the cell above.
                guard reading != Reading() else { current.append(j); continue }
                guard reading.pageTopSplits else { return nil }
                blocks.append(current)
                current = []
                guard blocks.count % width == 0 else { return nil }
                // A row's label starts with a capital; a lowercase page top goes on with a cell.
                if line.words.first?.text.first?.isUppercase != true {
                    guard reading.brokenRows else { return nil }
                    continuations.append(blocks.count)
                }
            } else if reading.brokenRows, line.indent == 1, current.isEmpty, n > 0, blocks.count % width == 0,
                      line.words.first?.text.first?.isLowercase == true {
                continuations.append(blocks.count)
            }
            current.append(j)
        }
        if !current.isEmpty { blocks.append(current) }
        if reading.partialRests {
            return joinPartialRests(blocks, at: continuations, width: width, lines: lines)
        }
        return joinBrokenRows(blocks, at: continuations, width: width)
    }

    /// The rest of a row the page broke, printed as fewer blocks than the row has cells: the run
    /// of blocks from each index of `starts` that start in lowercase goes on, one block each,
    /// with the cells of the row above that end unfinished (no full stop, closing bracket, "!"
    /// or "?"), in column order. "Palvelupiste Sortteerin kehittäminen. Sotteerin" and
    /// "Yhteistyö … viranomaisten/palveluiden" go on with " palveluvalikoiman laajentaminen …" and
    /// "tuottajien kanssa …" (hallinto, muut painopisteet, kemijarvi-konserni-elinvoima-ta2026
    /// pages 6–7); the Toimenpiteet ending "osana" with " muuta viestintää. …" while the label
    /// ends "investoida." (viestintä, Vakaa ja ennakoiva kuntatalous, pages 13–14). nil when the
    /// rest has more blocks than the row has unfinished cells.
    static func joinPartialRests(_ blocks: [[Int]], at starts: [Int], width: Int, lines: [TextLine]) -> [[Int]]? {
        func startsLowercase(_ block: [Int]) -> Bool { lines[block[0]].words.first?.text.first?.isLowercase == true }
        func unfinished(_ block: [Int]) -> Bool {
            guard let last = block.last, let end = lines[last].words.last?.text.last else { return false }
            return !".)!?".contains(end)
        }
        var out = blocks
        for start in starts.reversed() {
            guard start >= width else { return nil }
            var count = 0
            while start + count < out.count, count < width, startsLowercase(out[start + count]) { count += 1 }
            let targets = (0..<width).map { start - width + $0 }.filter { unfinished(out[$0]) }
            guard count >= 1, count <= targets.count else { return nil }
            for k in 0..<count { out[targets[k]] += out[start + k] }
            out.removeSubrange(start..<(start + count))
        }
        return out
    }

    /// The `width` blocks from each index of `starts` joined, in column order, onto the cells of
    /// the row above them: the row the page broke, printed again with each cell's rest
    /// ("Kemijärveläisillä … saada" / " tarvitsemansa palvelut …", elinkeino- ja
    /// työllisyyspalvelut, Hyvä ja sujuva arki, kemijarvi-konserni-elinvoima-ta2026 pages 18–19).
    /// nil when the rest is not one block per cell of a row before it.
    static func joinBrokenRows(_ blocks: [[Int]], at starts: [Int], width: Int) -> [[Int]]? {
        var out = blocks
        for start in starts.reversed() {
            guard start >= width, start + width <= out.count else { return nil }
            for k in 0..<width { out[start - width + k] += out[start + k] }
            out.removeSubrange(start..<(start + width))
        }
        return out
    }
}
