import Foundation

/// "Use the arithmetic to decide" (DOMAIN: run-together digits are "found from the column count,
/// the three-digit group rule and the arithmetic above"): a row whose figures came from a run of
/// digits that more than one split fitted (its cells flagged `ambiguous-split`) is read again
/// with every split of the same digits over the same cells, and `ReadingByIdentities` (the one
/// mechanism that lets identities choose a reading) keeps the split the table's identities single
/// out over the splitter's first choice.
///
/// The cells keep their `ambiguous-split` flag (a printed mistake elsewhere in the table can make
/// the arithmetic itself wrong, so an identity never unflags a cell) and gain `identity-chosen`
/// (the cell says that the arithmetic chose it), and an `identity-reading` info issue names the
/// row, the readings before and after, and the checks that decided.
///
/// Proven on the `pdftotext -raw` and pypdf texts of the synth statements, where the splitter's
/// first-ranked reading of a row of a käyttötalous or tuloslaskelma table makes its sums fail and
/// another reading makes them hold (see IdentityReadingsTests: synth 04 saarnijoki, synth 07
/// honkakoski). Rows of one cell, and runs with more readings than `maxReadings`, are left as read.
enum IdentityReadings {
    /// Readings tried per row: more means a run too long for the arithmetic to single one out.
    static let maxReadings = 16

    static let issueCode = "identity-reading"

    /// `table` with its ambiguous rows re-read where the identities decide, and one info issue
    /// per changed row.
    static func decide(_ table: Table, rules: [any TableIdentity]) -> (Table, [Issue]) {
        var table = table
        var issues: [Issue] = []
        for r in table.rows.indices {
            let positions = table.rows[r].cells.indices.filter { c in
                guard let cell = table.rows[r].cells[c] else { return false }
                return cell.value != nil && cell.flags.contains(.ambiguousSplit) && table.columns.indices.contains(c)
            }
            guard positions.count >= 2 else { continue }
            let current = positions.compactMap { table.rows[r].cells[$0]?.text }
            let tokens = current.joined(separator: " ").split(separator: " ").map(String.init)
            guard tokens.count <= DigitRunSplitter.maxTokens else { continue }
            let readings = DigitRunSplitter.splits(tokens, columns: positions.count, limit: maxReadings + 1)
            guard readings.count > 1, readings.count <= maxReadings,
                  readings.contains(where: { values($0) == values(current) }) else { continue }
            // The rules run once per admissible reading: where no other reading is admissible
            // there is nothing to decide, and nothing is run (most ambiguous rows of -raw texts).
            let admissible = readings.filter { reading in
                values(reading) != nil
                    && (values(reading) == values(current) || evenPrecision(reading, positions: positions, table: table))
            }
            guard admissible.count > 1 else { continue }
            guard let given = admissible.firstIndex(where: { values($0) == values(current) }) else { continue }
            let rows = admissible.map { replaced(table, row: r, positions: positions, texts: $0).rows[r].cells }
            guard let choice = ReadingByIdentities.choose(table, row: r, readings: rows, given: given, rules: rules) else { continue }
            let best = choice.tallies[choice.winner], now = choice.tallies[given], reading = admissible[choice.winner]
            table.rows[r].cells = rows[choice.winner]
            for c in positions { ReadingByIdentities.mark(&table.rows[r].cells[c]) }
            let label = table.rows[r].label + (table.rows[r].group.map { " (\($0))" } ?? "")
            let names = Array(Set(best.rules)).sorted().joined(separator: "; ")
            issues.append(Issue(severity: .info, code: issueCode, page: table.page,
                                message: "table \(table.id), row \"\(label)\": \(readings.count) readings of its run-together digits fit; "
                                    + "the one under which \(best.held) identities through the row hold (\(names)) replaces "
                                    + "\(current.joined(separator: " | ")) with \(reading.joined(separator: " | ")) "
                                    + "(\(now.held) held before); the cells stay flagged ambiguous-split and are flagged identity-chosen"))
        }
        return (table, issues)
    }

    /// Whether the reading's amounts print one precision: a piece without the decimals every other
    /// amount of the row prints is a number cut apart to fill the columns ("881 | 284,55 | 916 200,00"
    /// for "881 284,55 | 916 200,00", synth 07 honkakoski p5 in `-raw`), however well it foots.
    /// Percentages (a `%` on the piece or its column) print their own precision and are not compared.
    static func evenPrecision(_ reading: [String], positions: [Int], table: Table) -> Bool {
        var places: Set<Int> = []
        for (c, text) in zip(positions, reading) where !text.contains("%") && table.columns[c].unit != "%" {
            let parts = text.split(separator: ",", maxSplits: 1)
            places.insert(parts.count == 2 ? parts[1].filter(\.isASCIIDigit).count : 0)
        }
        return places.count <= 1
    }

    /// The values of a reading, or nil when a piece is not one number.
    static func values(_ texts: [String]) -> [Decimal]? {
        var out: [Decimal] = []
        for t in texts {
            guard let v = FinnishNumber.parse(t)?.value else { return nil }
            out.append(v)
        }
        return out
    }

    static func replaced(_ table: Table, row: Int, positions: [Int], texts: [String]) -> Table {
        var out = table
        for (c, text) in zip(positions, texts) {
            var cell = CellReader.cell(text, column: table.columns[c], doubtful: true)
            cell.flags = Array(Set(cell.flags + (table.rows[row].cells[c]?.flags ?? []))).sorted()
            out.rows[row].cells[c] = cell
        }
        return out
    }
}
