import Foundation

/// PyMuPDF's `get_text()` of the spreadsheet-made income or cash-flow statement that
/// `StatementLabelBlock` reads in `-raw` and pypdf: LibreOffice Calc writes every cell as a text
/// object of its own, so the page comes out as the column heading one period a line ("2019" /
/// "2018", "1.1.-31.12.2024" / "1.1.-31.12.2023"), the labels, a cell of the label box on the line
/// under its label ("Valmistus omaan käyttöön" / "0,00"), the statement's comment, and then every
/// figure on a line of its own, row after row ("1 674 961" / "5 098 549" / "1 600 582" /
/// "4 969 241"). Synth katajalampi p. 1 and louhivirta p. 1 (two columns per year: a group's
/// last item carries the group's subtotal beside it), and louhivirta p. 6's balance sheet
/// (`OutlineLabelBlock`: both sides' dates one a line, "0,00" / "0,00" under a label).
/// Not yet read: figures printed with "€" one a line (kalliosalo p. 4), whose lines no figure
/// run starts with (`LabelBlockPairing.figureRuns` wants a bare figure row). Which figures make a row is no longer
/// printed, so this groups them: each row that has a line (`StatementOutline`) takes p or 2p cells
/// (p periods) less the cells its label box holds, and a row of 2p figures is only tried where its
/// subtotal cells foot: each period's item cell plus the item cells of the rows right above it
/// (back to the previous such row) is the subtotal cell beside it. Every grouping that uses up the
/// figures exactly is handed to `StatementLabelBlock`, which keeps one only when the statement's
/// arithmetic (`PairedColumnFooting`, the checker's identities) singles it out; a tie leaves the
/// page as before. Never a guess: a grouping no footing proves is not read.
enum StatementCellLines {
    /// Search steps and groupings tried at most (a page whose figures fit more ways is left as it was).
    static let maxSteps = 20_000
    static let maxGroupings = 16

    /// The cell of each figure line, when every line holds exactly one figure or placeholder
    /// ("- 5 928 790", "25 743 911,01", "–"); nil otherwise (one row a line: `-raw`, pypdf).
    static func cells(_ lines: [TextLine], _ figures: [Int]) -> [String]? {
        var out: [String] = []
        for k in figures {
            let text = lines[k].words.map(\.text).joined(separator: " ")
            guard FinnishNumber.isPlaceholder(text) || value(text) != nil else { return nil }
            out.append(text)
        }
        return out
    }

    /// The value of a figure cell, a minus set apart ("- 5 928 790") read as its sign; a
    /// placeholder counts 0 (an empty cell in a sum).
    static func value(_ text: String) -> Decimal? {
        if FinnishNumber.isPlaceholder(text) { return 0 }
        if let read = FinnishNumber.parse(text) { return read.value }
        guard let first = text.first, "-−–".contains(first) else { return nil }
        let rest = text.dropFirst().trimmingCharacters(in: .whitespaces)
        guard rest.first?.isNumber == true, let read = FinnishNumber.parse(rest) else { return nil }
        return -read.value
    }

    /// The column heading printed one period a line right above the first label ("2019" / "2018"):
    /// the topmost of those lines and their words joined, when they read as a plain header.
    static func header(_ lines: [TextLine], above start: Int, floor: Int) -> (line: Int, text: String)? {
        var stacked: [String] = []
        var top = start
        var k = start - 1
        while k >= floor, k >= start - 4 {
            defer { k -= 1 }
            if lines[k].isEmpty { continue }
            let words = lines[k].words.map(\.text)
            guard words.count == 1, PlainHeader.isPeriod(words[0]) else { break }
            stacked.insert(lines[k].text.trimmingCharacters(in: .whitespaces), at: 0)
            top = k
        }
        guard stacked.count >= 2, let joined = TextFileReader.parse(stacked.joined(separator: " ")).lines.first,
              let read = PlainHeader(joined), read.columns.count == stacked.count else { return nil }
        return (top, stacked.joined(separator: " "))
    }

    /// Every way to cut `cells` into consecutive rows, row r taking p or 2p cells less its
    /// label-box cells `own[r]`, that uses every cell; a row of 2p figures only where each period's
    /// subtotal foots (`foots`). Empty when the search runs past its bounds.
    static func groupings(_ cells: [String], own: [Int], periods p: Int) -> [[[String]]] {
        let values = cells.map(value)
        var out: [[[String]]] = []
        var starts: [Int] = []
        var widths: [Int] = []
        var steps = 0
        var overflow = false
        func walk(_ r: Int, _ at: Int) {
            steps += 1
            if steps > maxSteps || out.count > maxGroupings { overflow = true }
            if overflow { return }
            guard r < own.count else {
                if at == cells.count { out.append(zip(starts, widths).map { Array(cells[$0..<($0 + $1)]) }) }
                return
            }
            for width in p == 0 ? [] : [p, 2 * p] {
                let take = width - own[r]
                guard take >= 0, at + take <= cells.count else { continue }
                if width == 2 * p, own[r] == 0,
                   !foots(values, at: at, periods: p, above: zip(starts, widths).map { (start: $0, width: $1) }, own: own) { continue }
                starts.append(at)
                widths.append(take)
                walk(r + 1, at + take)
                starts.removeLast()
                widths.removeLast()
            }
        }
        walk(0, 0)
        return overflow ? [] : out
    }

    /// Whether the 2p figures from `at` (item, subtotal, item, subtotal, …) foot: for one run of
    /// the rows right above (none to all back to the previous 2p row; rows of p figures with no
    /// label-box cell), every period's item plus the run's cells of that period is its subtotal,
    /// within half a euro per term: a loose first cut (a rounded statement still gets through);
    /// `PairedColumnFooting` then checks the reading within the printed rounding.
    static func foots(_ values: [Decimal?], at: Int, periods p: Int, above: [(start: Int, width: Int)], own: [Int]) -> Bool {
        guard at + 2 * p <= values.count else { return false }
        let item = (0..<p).map { values[at + 2 * $0] }
        let subtotal = (0..<p).map { values[at + 2 * $0 + 1] }
        var sums = item.map { $0 ?? 0 }
        var terms = 1
        var r = above.count
        while true {
            if zip(sums, subtotal).allSatisfy({ pair in
                guard let total = pair.1 else { return false }
                return (pair.0 - total).magnitude <= Decimal(terms) / 2
            }) { return true }
            r -= 1
            guard r >= 0, above[r].width == p, own[r] == 0 else { return false }
            for y in 0..<p { sums[y] += values[above[r].start + y] ?? 0 }
            terms += 1
        }
    }
}
