/// A converter's table that gives one printed column two: its header in one and its figures in
/// the next, with no header above them. pymupdf4llm writes the appropriation table of the
/// spreadsheet-made synthetic louhivirta (p. 8, "MÄÄRÄRAHOJEN TOTEUTUMINEN") as
/// "||Talousarvio 2019|TA- muutokset||TA + muutokset|TP 2019|Poikkeama €|" over rows
/// "|Myyntituotot|1 212||1|1 213|1 141|-72|": no row fills "TA- muutokset", every figure of that
/// column stands in the header-less column beside it. Read as printed, the column the header names
/// is empty and its figures belong to no column. And on louhivirta p. 2 the income statement's
/// last rows "||2019||2018|" / "|Asukasmäärä||30 189|29 800|" do the same with "2019".
/// Petäjälampi p. 2 (spreadsheet-made synthetic) prints the entity over its years the same way,
/// "|||**Peruskunta**||" above "||**2020**||**2019**|" over "|Vuosikate||10664|8463|": a header line
/// of one word cell over the others names no column, so "Peruskunta" does not make the filled
/// column a named one (that text, the entity of both years, is left out of the joined header).
/// When a column has a header and no row fills it, and exactly one neighbour has no header and is
/// filled in two rows or more (and is no other such column's neighbour), the two are one column:
/// the header of the one, the figures of the other. No figure moves between rows or changes; a
/// column a row fills both ways, or any table with rows of another width, is left as it is.
enum HeaderOnlyColumnSplit {
    /// Fewer filled cells than this do not make a header-less column of figures.
    static let minFilled = 2

    /// Header and row cells with every header-only column joined to its header-less neighbour.
    static func join(header: [[String]], rows: [[String]]) -> (header: [[String]], rows: [[String]]) {
        var header = header, rows = rows
        while let (named, filled) = pair(header: header, rows: rows) {
            let keep = min(named, filled), drop = max(named, filled)
            header = header.map { cells in
                var cells = cells
                cells[keep] = cells[named]
                cells.remove(at: drop)
                return cells
            }
            rows = rows.map { cells in
                var cells = cells
                cells[keep] = cells[filled]
                cells.remove(at: drop)
                return cells
            }
        }
        return (header, rows)
    }

    /// One filled value cell of words (no figure, no year) and nothing else.
    static func isGroupLine(_ cells: [String]) -> Bool {
        let filled = cells.dropFirst().filter { !$0.isEmpty }
        return cells.first?.isEmpty == true && filled.count == 1 && filled.allSatisfy { cell in
            cell.contains(where: \.isLetter) && !cell.contains(where: \.isNumber)
        }
    }

    /// The first (header-only column, header-less filled column) pair, or nil.
    static func pair(header: [[String]], rows: [[String]]) -> (Int, Int)? {
        guard !header.isEmpty, let width = header.first?.count, width >= 3,
              header.allSatisfy({ $0.count == width }), rows.allSatisfy({ $0.count == width }) else { return nil }
        // A header line of one word cell over the others (the entity over its years: "|||Peruskunta||"
        // above "||2020||2019|", petajalampi p. 2) names no column.
        let naming = header.count > 1 ? header.filter { !isGroupLine($0) } : header
        func headerOnly(_ c: Int) -> Bool {
            c >= 1 && c < width && naming.contains { !$0[c].isEmpty } && rows.allSatisfy { $0[c].isEmpty }
        }
        func headerless(_ c: Int) -> Bool {
            c >= 1 && c < width && naming.allSatisfy { $0[c].isEmpty } && rows.filter { !$0[c].isEmpty }.count >= minFilled
        }
        for named in 1..<width where headerOnly(named) {
            let candidates = [named - 1, named + 1].filter(headerless)
            guard candidates.count == 1, let filled = candidates.first else { continue }
            // The filled column's other neighbour must not claim it too.
            let other = filled + (filled - named)
            if headerOnly(other) { continue }
            return (named, filled)
        }
        return nil
    }
}
