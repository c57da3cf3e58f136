import Foundation

/// The one way a table's own identities choose between readings of one row (issue 9, "use it to
/// decide"; DOMAIN: the split of run-together digits is "found from the column count, the
/// three-digit group rule and the arithmetic above"). The layout stage hands over the readings it
/// could not tell apart, each the whole row's cells: the splits of a run of digits
/// (`IdentityReadings`) or the columns of a row of fewer numbers than columns (`ShortRowsByChecks`).
/// Each reading is put in the table and the table's identities (the `IdentityChecker` rules) are
/// run; a reading is scored by the checks through the row (the row is their total or a term) that
/// hold (`ok`, `rounding`) less those that fail under either sign convention. The reading kept is
/// the single best, when no check through the row fails under it and more hold than under the
/// reading given: a source error elsewhere in the table fails no check through the row and
/// decides nothing; a reading that fixes one check and breaks another (Kauhava p117 Verotulot in
/// `-raw`: "31 | 902 | 31 902 | 33 595" makes Poikkeama hold and TA muutosten jälkeen fail) is
/// not the printed one; a tie leaves the reading as given.
///
/// A check that reads a blank cell of the row as 0 (`EmptyMarginOperand`) is no evidence: it holds
/// equally for every reading that leaves the blank where the zero belongs (synth ilveskoski p. 1
/// "Valmistus omaan käyttöön 141 0": 0 under the year or as the Muutos-% would tie).
///
/// A chosen reading keeps its cells' `ambiguous-split` flag (a printed mistake elsewhere can make
/// the arithmetic itself wrong, so an identity never unflags a cell) and they gain `identity-chosen`.
enum ReadingByIdentities {
    /// What one reading of a row makes of the table's identities through that row.
    struct Tally: Equatable {
        var held = 0
        var failed = 0
        /// The rules of the checks that hold, for the note that tells why a reading was chosen.
        var rules: [String] = []
        var score: Int { held - failed }

        /// Counts one check: it holds, or it fails under either sign convention (a check that
        /// holds with the other sign is a convention, not a failure of the reading).
        mutating func count(_ check: Check) {
            if check.verifies {
                held += 1
                rules.append(check.rule)
            } else if check.outcome == .mismatch {
                let otherSign = check.alternative.map { Check.compare($0, check.actual, tolerance: check.tolerance) != .mismatch } ?? false
                if !otherSign { failed += 1 }
            }
        }
    }

    /// The choice among readings: the index kept and every reading's tally (in the readings' order).
    struct Choice {
        var winner: Int
        var tallies: [Tally]
    }

    /// The reading of `row` (among `readings`, each the row's whole cells) that the identities choose
    /// over the reading at `given`, or nil when they choose none (then the row stays as given).
    static func choose(_ table: Table, row: Int, readings: [[Cell?]], given: Int,
                       rules: [any TableIdentity]) -> Choice? {
        guard readings.indices.contains(given), readings.count > 1 else { return nil }
        var tallies: [Tally] = []
        for cells in readings {
            var trial = table
            trial.rows[row].cells = cells
            tallies.append(tally(trial, row: row, rules: rules))
        }
        guard let best = tallies.map(\.score).max(),
              tallies.filter({ $0.score == best }).count == 1,
              let winner = tallies.firstIndex(where: { $0.score == best }),
              winner != given, tallies[winner].failed == 0,
              tallies[winner].held > tallies[given].held else { return nil }
        return Choice(winner: winner, tallies: tallies)
    }

    /// The checks of `table` through `row` that hold and that fail under either sign convention.
    static func tally(_ table: Table, row: Int, rules: [any TableIdentity]) -> Tally {
        var out = Tally()
        for check in rules.flatMap({ $0.checks(in: table) }) where through(check, row: row) {
            if check.operands.contains(where: {
                $0.table == nil && $0.row == row && IdentitySupport.cell(table, $0.row, $0.column) == nil
            }) { continue }
            out.count(check)
        }
        return out
    }

    /// Whether a check of this table computes or adds a cell of `row`.
    static func through(_ check: Check, row: Int) -> Bool {
        check.table == nil && (check.row == row || check.operands.contains { $0.table == nil && $0.row == row })
    }

    /// Adds `identity-chosen` to a cell (once, in flag order): the arithmetic chose its reading.
    static func mark(_ cell: inout Cell?) {
        guard var c = cell else { return }
        c.flags = Array(Set(c.flags + [.identityChosen])).sorted()
        cell = c
    }
}
