import Foundation

/// A number notation outside DOMAIN.md (`PrintedNotation`: trailing minus `2 937,8-`, brackets
/// `(12 508,33)`, apostrophe thousands `2'652'954`) is read only where it is the table's
/// convention: the table holds at least `minCells` cells in that notation and, for a sign
/// notation, at least one number printed the plain way with as many decimals (`3 014,6` beside
/// `2 937,8-`); apostrophe groups have no other reading and need only their count. Elsewhere a
/// cell in such a notation keeps its text, loses the value and is flagged `unreadable`, as
/// before the notations were read: a lone `(12 508)` or `1 000-` in a table of other numbers is
/// more likely a mark or a range cut apart than a negative.
///
/// Every document with read cells gets one info issue per notation, naming it, the count and the
/// first page, so a reader knows the signs came from a notation. The identity checks run after
/// this pass on the values read, so a sign read wrongly shows up as a failed check.
/// Proved on hold-out 01 (brackets), 02 and 12 (trailing minus), 04 (apostrophes) in the PDF and
/// in `pdftotext -layout`; no real, synth or corpus document has such a table.
enum NotationConvention {
    static let issueCode = "number-notation"
    /// Cells a table must print in a notation before it is taken as the table's convention.
    static let minCells = 2

    /// Keeps or unreads every notation cell of the document's tables; returns the info issues.
    static func apply(_ document: inout Document) -> [Issue] {
        var read: [PrintedNotation: (cells: Int, page: Int)] = [:]
        document.updateTables { table in
            var found: [PrintedNotation: [(row: Int, column: Int, decimals: Int)]] = [:]
            var plainDecimals = Set<Int>()
            for (r, row) in table.rows.enumerated() {
                for (c, cell) in row.cells.enumerated() {
                    guard let cell, cell.value != nil else { continue }
                    if let notation = notation(of: cell.text) {
                        found[notation, default: []].append((r, c, decimals(cell.text)))
                    } else {
                        plainDecimals.insert(decimals(cell.text))
                    }
                }
            }
            for notation in PrintedNotation.allCases {
                guard let cells = found[notation] else { continue }
                // Apostrophe groups show their own convention (no other reading of `2'652'954`);
                // a sign notation needs plain numbers of its format beside it.
                let convention = cells.count >= minCells
                    && (notation == .apostropheGroups || cells.contains { plainDecimals.contains($0.decimals) })
                for (r, c, _) in cells {
                    guard !convention, var cell = table.rows[r].cells[c] else { continue }
                    cell.value = nil
                    cell.unit = nil
                    if !cell.flags.contains(.unreadable) { cell.flags = (cell.flags + [.unreadable]).sorted() }
                    table.rows[r].cells[c] = cell
                }
                guard convention else { continue }
                let page = table.rows[cells[0].row].page ?? table.page
                let before = read[notation]
                read[notation] = ((before?.cells ?? 0) + cells.count, min(before?.page ?? page, page))
            }
        }
        return PrintedNotation.allCases.compactMap { notation in
            guard let (cells, page) = read[notation] else { return nil }
            return Issue(severity: .info, code: issueCode, page: page,
                         message: "\(cells) number(s) printed as \(notation.rawValue) (\"\(notation.example)\") read as \(notation == .apostropheGroups ? "thousands groups" : "negative values"), first on page \(page)")
        }
    }

    /// The notation a cell's value was read through, or nil when the plain reader reads it.
    static func notation(of text: String) -> PrintedNotation? {
        guard FinnishNumber.parse(text, allowing: .all) == nil else { return nil }
        return PrintedNotation.read(text)?.notation
    }

    /// Digits after the decimal comma ("2 937,8-" → 1, "2'652'954" → 0).
    static func decimals(_ text: String) -> Int {
        guard let comma = text.lastIndex(of: ",") else { return 0 }
        return text[text.index(after: comma)...].prefix { $0.isASCIIDigit }.count
    }
}
