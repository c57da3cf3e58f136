import Foundation

/// Rows of one-row-per-line text that hold fewer numbers than their table has columns are placed
/// in the last columns by `ShortRows`, a guess flagged `ambiguous-split`. The table's own
/// arithmetic often says where the numbers belong: Lapua TA 2025 p. 1 in `pdftotext -raw` and
/// pypdf, "Satunnaiset kulut 92 010" under TP 2023 | TA 2024 | Raami 2025 | TA 2025 — placed last,
/// Tulos = Vuosikate + Poistot + Satunnaiset erät fails in TA 2025 and in TP 2023; placed under
/// TP 2023, it holds in every column. Every order-keeping placement of such a row's numbers is
/// tried with the table's identities (the `IdentityChecker` rules); the placement kept is the one
/// under which the most checks hold less those that fail, when no other placement scores as well
/// and none fails more checks than the guess. The cells stay flagged `ambiguous-split` and gain
/// `identity-chosen` (the arithmetic chose their columns), and an issue names the rows moved. Text input only: the PDF path places cells by their position.
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
            guard placements.count <= maxPlacements else { continue }
            let given = score(table, rules: rules, placing: r)
            var best: (score: Int, placement: [Int], failed: Int)?
            var tied = false
            for placement in placements {
                var trial = table
                trial.rows[r].cells = moved(cells, from: filled, to: placement, columns: table.columns)
                let s = placement == filled ? given : score(trial, rules: rules, placing: r)
                let value = s.held - s.failed
                if let b = best, value < b.score { continue }
                if let b = best, value == b.score { tied = true; continue }
                best = (value, placement, s.failed)
                tied = false
            }
            guard let best, !tied, best.placement != filled, best.failed <= given.failed,
                  best.score > given.held - given.failed else { continue }
            table.rows[r].cells = moved(cells, from: filled, to: best.placement, columns: table.columns).map { cell in
                var cell = cell
                IdentityReadings.mark(&cell)
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

    /// Checks of the table that hold (`ok`, `rounding`) and that fail under either sign convention.
    /// A check that reads a blank cell of the row being placed as 0 (`EmptyMarginOperand`) is no
    /// evidence of where that row's numbers go: it holds equally for every placement that leaves the
    /// blank where the zero belongs (synth ilveskoski p. 1 "Valmistus omaan käyttöön 141 0": 0 under the year
    /// or as the Muutos-% would tie), so it is not counted.
    static func score(_ table: Table, rules: [any TableIdentity], placing row: Int) -> (held: Int, failed: Int) {
        var held = 0, failed = 0
        for check in rules.flatMap({ $0.checks(in: table) }) {
            if check.table == nil, check.operands.contains(where: {
                $0.table == nil && $0.row == row && IdentitySupport.cell(table, $0.row, $0.column) == nil
            }) { continue }
            if check.verifies {
                held += 1
            } else if check.outcome == .mismatch {
                let otherSign = check.alternative.map { Check.compare($0, check.actual, tolerance: check.tolerance) != .mismatch } ?? false
                if !otherSign { failed += 1 }
            }
        }
        return (held, failed)
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
