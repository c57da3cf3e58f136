import Foundation

/// Rows of one-row-per-line text that hold fewer numbers than their table has columns are placed
/// in the last columns by `ShortRows`, a guess flagged `ambiguous-split`. The table's own
/// arithmetic often says where the numbers belong: Lapua TA 2025 p. 1 in `pdftotext -raw` and
/// pypdf, "Satunnaiset kulut 92 010" under TP 2023 | TA 2024 | Raami 2025 | TA 2025 — placed last,
/// Tulos = Vuosikate + Poistot + Satunnaiset erät fails in TA 2025 and in TP 2023; placed under
/// TP 2023, it holds in every column. Every order-keeping placement of such a row's numbers is a
/// reading of the row, and `ReadingByIdentities` (the one mechanism that lets identities choose a
/// reading) keeps the one the table's identities single out over the guess. The cells stay flagged
/// `ambiguous-split` and gain `identity-chosen` (the arithmetic chose their columns), and an issue
/// names the rows moved. Text input only: the PDF path places cells by their position.
enum ShortRowsByChecks {
    /// Placements tried per row (n columns choose k numbers).
    static let maxPlacements = 70
    /// Rows of one table tried: more short rows than this is a table the count was not found for.
    static let maxRows = 24

    static func place(_ document: inout Document, rules: [any TableIdentity]) -> [Issue] {
        var issues: [Issue] = []
        document.updateTables { table in
            let moved = place(&table, rules: rules)
            guard !moved.isEmpty else { return }
            issues.append(Issue(severity: .info, code: "ambiguous-split", page: table.page,
                                message: "\(table.id): \(moved.count) row(s) of fewer numbers than columns placed where the table's arithmetic holds (\(moved.joined(separator: ", "))); the cells stay flagged ambiguous-split and are flagged identity-chosen"))
        }
        return issues
    }

    /// Moves the short rows of one table; returns the labels of the rows moved.
    static func place(_ table: inout Table, rules: [any TableIdentity]) -> [String] {
        let n = table.columns.count
        guard n >= 2 else { return [] }
        let short = table.rows.indices.filter { isShort(table.rows[$0].cells) }
        guard !short.isEmpty, short.count <= maxRows else { return [] }
        var movedLabels: [String] = []
        for r in short {
            let cells = table.rows[r].cells
            let filled = cells.indices.filter { cells[$0] != nil }
            let placements = combinations(n, filled.count)
            guard placements.count <= maxPlacements, let given = placements.firstIndex(of: filled) else { continue }
            let readings = placements.map { $0 == filled ? cells : moved(cells, from: filled, to: $0, columns: table.columns) }
            guard let choice = ReadingByIdentities.choose(table, row: r, readings: readings, given: given, rules: rules) else { continue }
            table.rows[r].cells = readings[choice.winner].map { cell in
                var cell = cell
                ReadingByIdentities.mark(&cell)
                return cell
            }
            movedLabels.append(table.rows[r].label)
        }
        return movedLabels
    }

    /// A row some columns of which are empty and all of whose numbers are flagged as a guess.
    static func isShort(_ cells: [Cell?]) -> Bool {
        let filled = cells.compactMap { $0 }
        return !filled.isEmpty && filled.count < cells.count
            && filled.allSatisfy { $0.value != nil && $0.flags.contains(.ambiguousSplit) }
    }

    /// The row's cells with the numbers at `from` moved, in order, to the columns `to`.
    static func moved(_ cells: [Cell?], from: [Int], to: [Int], columns: [Column]) -> [Cell?] {
        var out = Array(repeating: Cell?.none, count: cells.count)
        for (source, target) in zip(from, to) {
            guard let cell = cells[source] else { continue }
            out[target] = CellReader.cell(cell.text, column: columns[target], doubtful: true)
        }
        return out
    }

    /// Every increasing choice of `k` of `n` columns, in lexicographic order.
    static func combinations(_ n: Int, _ k: Int) -> [[Int]] {
        guard k >= 1, k <= n else { return [] }
        var out: [[Int]] = []
        var current: [Int] = []
        func extend(_ start: Int) {
            if current.count == k { out.append(current); return }
            guard out.count <= maxPlacements else { return }
            for c in start..<n where n - c >= k - current.count {
                current.append(c)
                extend(c + 1)
                current.removeLast()
            }
        }
        extend(0)
        return out
    }
}
