/// A converter's pipe table drawn on a finer grid than its columns: markitdown (pdfplumber's table
/// finder) cuts a column at every x where any line's text starts or ends, so one printed column
/// becomes two or three pipe columns, a value sits in one of them and which one differs from row to
/// row, and the header words sit on yet others. Hold-out 02 (trailing-minus grid, p. 1):
/// "|     | TP   |         | TA   |" / "|     |      | 1 000 € |      |" over
/// "| Menot |     | 6 365,1- |     | 922,8-  |     | 7 367,7- | 4 722,8- |       |" and
/// "| Tulot |     | 3 427,3  |     | 2 636,3 |     | 841,5    |          | 240,8 |"; the Word-made
/// synth kuusiselka's unit tables ("| MENOT | | -32 764 | | -36 017 | -34 313 | | |" over
/// "| TULOT | | 19 362 | | 19 509 | | 17 790 |"), the HTML-made pihlajaniemi's tase
/// ("| 1. Myyntisaamiset | | 317 | | 308 |") and unit tables, and tammiselka's tase the same.
/// A table here is a run of pipe blocks of one width with at most `maxLinesBetween` lines of text
/// (group names, no heading) between them, with at least `minRows` rows of figures; it is read
/// only when a column between two filled columns is empty in every row (the grid's spacer) or two
/// next columns are never filled in one row (pihlajaniemi's "| VASTAAVAA | 31.12.2020 | |
/// 31.12.2019 | |" over "| 1. Myyntisaamiset | | 317 | | 308 |"), or a column is empty in every
/// row before or after the filled ones, or headers and figures fill different columns
/// (`HeadersBesideValueColumns`). Then, decided by all its rows at once:
/// columns empty in every row are dropped, and next columns that no row fills both of are one
/// column (a header word on one, the values on the other; a value here in one row, there in the
/// next). A body row that does not fill every column so found is flagged (read from marks): its
/// values may stand one column off; so is every figure row when headers stand beside the values,
/// and when the joined columns may be item and subtotal pairs (`PairedMembersInJoinedColumns`)
/// or empty columns were dropped from a run with no header row.
/// No figure is changed or moved between rows.
enum SpacerPipeColumns {
    /// Lines of text at most between two blocks of one table.
    static let maxLinesBetween = 3
    /// Marks a row that `PipeTableRow` reads as doubtful (its cells are flagged).
    static let doubtMark: Character = "\u{E000}"

    /// The pipe line of `row` with its label marked doubtful (`doubtMark`: every figure of the row
    /// is flagged when the table is read), or nil when it already is.
    static func doubtedLine(_ row: [String]) -> String? {
        let label = row[0].trimmingCharacters(in: .whitespaces)
        guard label.first != doubtMark else { return nil }
        var out = row
        out[0] = String(doubtMark) + label
        return "|" + out.joined(separator: "|") + "|"
    }

    /// Marks doubtful (`doubtedLine`) the lines of each run of pipe blocks (`runs`) that `pick`
    /// chooses, given the run's line indexes in order and every line's raw cells (nil off a table).
    static func markRows(in text: String, _ pick: (_ members: [Int], _ cells: [[String]?]) -> [Int]) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        var changed = false
        for members in runs(lines, cells: cells) {
            for k in pick(members, cells) {
                guard let row = cells[k], let doubted = doubtedLine(row) else { continue }
                lines[k] = doubted
                changed = true
            }
        }
        return changed ? lines.joined(separator: "\n") : text
    }
    /// Rows with figures at least: fewer do not show which columns go together.
    static let minRows = 2

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        var changed = false
        for members in runs(lines, cells: cells) {
            if let rewritten = rewrite(members.compactMap { cells[$0] }) {
                for (k, line) in zip(members, rewritten) { lines[k] = line }
                changed = true
            }
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The line numbers of each run: pipe lines of one width, with short gaps of text between
    /// blocks and no heading among them (`cells[i]` is line i's raw cells, nil for no pipe line).
    static func runs(_ lines: [String], cells: [[String]?]) -> [[Int]] {
        var out: [[Int]] = []
        var i = 0
        while i < lines.count {
            guard let width = cells[i]?.count else { i += 1; continue }
            var members: [Int] = []
            var j = i
            var gap = 0
            var figures = false
            while j < lines.count {
                if let c = cells[j] {
                    guard c.count == width else { break }
                    if figures, j > i, cells[j - 1] == nil, startsHeadedTable(c, next: j + 1 < lines.count ? cells[j + 1] : nil) { break }
                    figures = figures || hasFigure(c)
                    members.append(j)
                    gap = 0
                } else {
                    let t = lines[j].trimmingCharacters(in: .whitespaces)
                    if t.hasPrefix("#") { break }
                    if !t.isEmpty { gap += 1 }
                    if gap > maxLinesBetween { break }
                }
                j += 1
            }
            out.append(members)
            i = (members.last ?? i) + 1
        }
        return out
    }

    /// A block's first row that heads a table of its own: a label and no figure, over an alignment
    /// row (synth kurkivirta's "| VASTATTAVAA | | 31.12.2025 | | 31.12.2024 | |" after the vastaavaa
    /// side's rows, one width, a line apart). Its columns are decided apart from the rows above:
    /// the vastaavaa side leaves pipe column 1 empty, the vastattavaa side fills it.
    static func startsHeadedTable(_ row: [String], next: [String]?) -> Bool {
        guard let next, FigureInLabelCell.isAlignment(next), !FigureInLabelCell.isAlignment(row) else { return false }
        if row[0].trimmingCharacters(in: .whitespaces).isEmpty { return UnlabelledHeaderBlock.heads(row) }
        return !hasFigure(row) && row.dropFirst().contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The run's rows (raw cells, alignment rows included) rewritten, or nil when it shows no spacer.
    static func rewrite(_ rows: [[String]]) -> [String]? {
        guard let width = rows.first?.count, width >= 4 else { return nil }
        let isRule = rows.map(FigureInLabelCell.isAlignment)
        guard isRule.contains(true) else { return nil }
        let filled = rows.map { $0.map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        let data = rows.indices.filter { !isRule[$0] }
        // A column filled only by a repeated unit is as empty as one filled by nothing.
        let used = (0..<width).map { c in data.contains { filled[$0][c] && (c == 0 || !repeatsUnit(rows[$0], at: c)) } }
        let usedValues = (1..<width).filter { used[$0] }
        guard let firstUsed = usedValues.first, let lastUsed = usedValues.last else { return nil }
        // A column empty in every row, between filled columns (the grid's spacer) or before or
        // after them (synth kurkivirta's tase: "| 1. Aineettomat oikeudet | | 32 | | 31 | |"), is
        // none of the printed columns: kept, it shifts every value one column off its header.
        let spacer = (firstUsed..<lastUsed).contains { !used[$0] }
        let emptyColumn = (1..<width).contains { !used[$0] }
        let groups = joinedColumns(usedValues, rows: data) { filled[$0][$1] }
        let merged = groups.count < usedValues.count
        let figureRows = data.filter { hasFigure(rows[$0]) }
        let filledSet = { (r: Int) in Set((1..<width).filter { filled[r][$0] }) }
        let headerFilled = data.filter { !hasFigure(rows[$0]) }.map(filledSet)
        let offHeaders = HeadersBesideValueColumns.applies(groups, headerFilled: headerFilled, figureFilled: figureRows.map(filledSet))
        let headerless = HeadersBesideValueColumns.headerlessHalves(groups, headerFilled: headerFilled, figureFilled: figureRows.map(filledSet))
            .union(HeadersBesideValueColumns.figuresLeftOfHeaders(groups, headerFilled: headerFilled, figureFilled: figureRows.map(filledSet)))
        guard spacer || emptyColumn || merged || offHeaders || !headerless.isEmpty, figureRows.count >= minRows else { return nil }
        let paired = PairedMembersInJoinedColumns.applies(groups, figureFilled: figureRows.map(filledSet))
        // With no header row in the run, nothing says which printed columns the kept pipe columns
        // are once empty ones are dropped (synth vaahterajoki p. 4: "| IV Rahat ja pankkisaamiset |
        // | 52.340.708,53 | | 29.756.883,86 |" and the total under it, a block of their own, the
        // subtotal columns of an item-and-subtotal statement): its figure rows are read in doubt.
        let headerlessDrop = emptyColumn && headerFilled.isEmpty
        return rows.indices.map { r in
            let row = rows[r]
            if isRule[r] { return "|" + ([row[0]] + groups.map { _ in "---" }).joined(separator: "|") + "|" }
            var out = [row[0].trimmingCharacters(in: .whitespaces)]
            var full = true
            var any = false
            for g in groups {
                let parts = g.map { row[$0].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if parts.isEmpty { full = false } else { any = true }
                out.append(parts.joined(separator: " "))
            }
            let underNoHeader = headerless.contains { !row[$0].trimmingCharacters(in: .whitespaces).isEmpty }
            let doubtful = any && hasFigure(row) && (!full && merged || offHeaders || underNoHeader || paired || headerlessDrop)
            // A row already read in doubt (`FiguresFusedToPipeLabel`) keeps its one mark.
            if doubtful, out[0].first != doubtMark { out[0] = String(doubtMark) + out[0] }
            return "|" + out.joined(separator: "|") + "|"
        }
    }

    /// The printed columns of a run: its used pipe columns in order, next ones that no row of `rows`
    /// fills both of joined into one (`fills(r, c)`: row r has text in pipe column c).
    static func joinedColumns(_ used: [Int], rows: [Int], fills: (Int, Int) -> Bool) -> [[Int]] {
        var groups: [[Int]] = []
        for c in used {
            if var last = groups.last, !rows.contains(where: { r in fills(r, c) && last.contains { fills(r, $0) } }) {
                last.append(c)
                groups[groups.count - 1] = last
            } else {
                groups.append([c])
            }
        }
        return groups
    }

    /// A row with a figure in any value cell (`isFigure`); a unit row is none.
    static func hasFigure(_ row: [String]) -> Bool {
        // A unit row ("| | 1 000 € | | 1 000 € |", no label) heads its columns: no figure in it.
        let units = row.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if row[0].trimmingCharacters(in: .whitespaces).isEmpty, !units.isEmpty, units.allSatisfy(isUnit) { return false }
        return row.dropFirst().contains(where: isFigure)
    }

    /// A cell holding a figure: digits, group spaces, separators, signs — the en dash too, synth
    /// koivukyla's and katajaselka's minus —, a per cent sign; a year or a date alone is a header word.
    /// Characters that print nothing (`FinnishNumber.isInvisible`: the zero-width space markitdown keeps
    /// after every "-" and "," of lapua-sivla's minutes, "-\u{200B}827.940", "27,\u{200B}3") are no part
    /// of the cell: the number reader skips them, and so does this test.
    static func isFigure(_ cell: String) -> Bool {
        let visible = cell.unicodeScalars.contains { FinnishNumber.isInvisible($0.value) }
            ? String(String.UnicodeScalarView(cell.unicodeScalars.filter { !FinnishNumber.isInvisible($0.value) })) : cell
        let t = visible.trimmingCharacters(in: .whitespaces)
        return t.contains(where: \.isNumber) && !isYear(t) && t.allSatisfy { $0.isNumber || " \u{00A0}\u{202F},.-\u{2212}\u{2013}+%€()".contains($0) }
            && !isDate(t)
    }

    /// "€", "1 000 €", "1000 €", "euroa", "1 000 euroa": a unit, not a figure.
    static func isUnit(_ cell: String) -> Bool {
        let t = cell.lowercased().replacingOccurrences(of: "\u{00A0}", with: " ")
        for unit in ["€", "euroa", "eur"] where t == unit || t == "1 000 " + unit || t == "1000 " + unit { return true }
        return false
    }

    /// "31.12.2024", "1.1.-31.12.2024": a header word (synth honkaniemi's tase), not a figure. Day
    /// and month of one or two digits, so a dot-grouped figure ("-2.774.200 €") is none.
    static func isDate(_ cell: String) -> Bool {
        let parts = cell.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let last = parts.last else { return false }
        func dayMonth(_ t: String, year: Bool) -> Bool {
            let f = t.split(separator: ".", omittingEmptySubsequences: false)
            guard f.count == 3, (1...2).contains(f[0].count), (1...2).contains(f[1].count),
                  f.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
            return year ? f[2].count == 4 : (f[2].isEmpty || f[2].count == 4)
        }
        return dayMonth(last, year: true) && parts.dropLast().allSatisfy { dayMonth($0, year: false) }
    }

    /// A header cell that only repeats a unit printed in another value cell of its row ("| | |
    /// 1 000 euroa | 1 000 euroa | |" over values in the last two columns, synth tammiselka's
    /// rahoituslaskelma): its column holds nothing of its own. Only in a row with no label (a unit
    /// row): two equal figures of a body row ("| MENOT | -2.774.200 € | | -2.774.200 € |") are two values.
    static func repeatsUnit(_ row: [String], at c: Int) -> Bool {
        guard row[0].trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        let t = row[c].trimmingCharacters(in: .whitespaces)
        guard t.contains("€") || t.lowercased().contains("euro") else { return false }
        return row.indices.dropFirst().contains { $0 != c && row[$0].trimmingCharacters(in: .whitespaces) == t }
    }

    private static func isYear(_ cell: String) -> Bool {
        let t = cell.trimmingCharacters(in: .whitespaces)
        return t.count == 4 && t.allSatisfy(\.isNumber) && (t.hasPrefix("19") || t.hasPrefix("20"))
    }
}
