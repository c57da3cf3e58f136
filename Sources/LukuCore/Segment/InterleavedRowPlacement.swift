import Foundation

/// The columns of rows whose cells the text gives as two ordered sets with no order between them
/// (`GroupedFiguresAfterLabels`: the figures under 1 000 printed beside the label, the others in a
/// line of their own): which k of the n columns the first set stands in is chosen by the
/// arithmetic. A placement is scored by the checks through its row whose every cell is placed
/// (the `IdentityChecker` rules: Poikkeama = TP − TA + muutokset, a statement's sums down a
/// column) and the budget change (`BudgetChangeSum`); the single best is kept when none of its
/// checks fails and at least one holds, in passes until no row changes (a sum down a column
/// speaks once its items are placed).
///
/// A budget follow-up's rows tie on their own: a change beside a budget of 12 595 reads as well
/// in the budget column (−11 + 12 595 = 12 584 either way), so row by row the budget and change
/// columns may swap (synth tamminiemi p. 8: Toimintatuotot –11 +57 over 12 595 12 584 12 641).
/// When every row left ties between the same number of placements, each joint reading (every
/// such row its t-th tied placement) is tried on the whole table; the single best under which no
/// check fails is kept, and then each of those rows only where, the others placed so, the checks
/// through it (the sums down the columns: TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT) single it
/// out. Every placed cell is flagged `identity-chosen`.
enum InterleavedRowPlacement {
    /// Passes over the open rows.
    static let maxPasses = 4

    /// The order-keeping interleavings of a row's own cells and its figures over the n columns
    /// that put every cell printed with "%" in a percent column and no other there (when the
    /// heading names one), each a row of texts.
    static func admissible(own: [String], figures: [String], columns: [Column]) -> [[String?]] {
        let n = columns.count
        guard own.count + figures.count == n else { return [] }
        let percentColumns = Set(columns.indices.filter { columns[$0].unit == "%" })
        var out: [[String?]] = []
        for slots in LabelsAfterFigures.choices(Array(0..<n), own.count) {
            var texts = Array(repeating: String?.none, count: n)
            for (k, c) in slots.enumerated() { texts[c] = own[k] }
            var f = 0
            for c in 0..<n where texts[c] == nil {
                texts[c] = figures[f]
                f += 1
            }
            if !percentColumns.isEmpty, texts.indices.contains(where: { c in
                guard let t = texts[c] else { return false }
                return t.hasSuffix("%") != percentColumns.contains(c)
            }) { continue }
            out.append(texts)
        }
        return out
    }

    static func cells(_ texts: [String?], _ columns: [Column]) -> [Cell?] {
        texts.enumerated().map { c, t in t.map { CellReader.cell($0, column: columns[c], doubtful: true) } }
    }

    /// Places the rows of `choices` (row → its placements) in `draft` where the arithmetic
    /// chooses; returns the rows placed.
    static func place(_ draft: inout TableDraft, choices: [Int: [[String?]]]) -> Set<Int> {
        var chosen = Set<Int>()
        var ties: [Int: [Int]] = [:]
        for _ in 0..<maxPasses {
            var changed = false
            ties = [:]
            for r in choices.keys.sorted() where !chosen.contains(r) {
                guard let options = choices[r] else { continue }
                let tallies = rowTallies(draft, row: r, options: options)
                guard let best = tallies.map(\.score).max(),
                      let w = tallies.firstIndex(where: { $0.score == best }),
                      tallies[w].failed == 0, tallies[w].held > 0 else { continue }
                let tied = tallies.indices.filter { tallies[$0].score == best }
                if tied.count > 1 {
                    ties[r] = tied
                    continue
                }
                set(&draft, row: r, options[w])
                chosen.insert(r)
                changed = true
            }
            if !changed { break }
        }
        chosen.formUnion(jointly(&draft, choices: choices, ties: ties))
        return chosen
    }

    /// The tied rows placed by a joint reading of the whole table (see the type's comment).
    static func jointly(_ draft: inout TableDraft, choices: [Int: [[String?]]], ties: [Int: [Int]]) -> Set<Int> {
        guard let m = ties.values.first?.count, ties.values.allSatisfy({ $0.count == m }) else { return [] }
        var best: (score: Int, t: Int, draft: TableDraft)?
        var tiedBest = false
        for t in 0..<m {
            var trial = draft
            for (r, tied) in ties.sorted(by: { $0.key < $1.key }) { if let options = choices[r] { set(&trial, row: r, options[tied[t]]) } }
            let table = trial.finished(id: "grouped")
            var tally = LabelBlockPairing.tally(table, loose: [:])
            let budget = BudgetChangeSum.tally(table)
            tally.held += budget.held
            tally.failed += budget.failed
            guard tally.failed == 0 else { continue }
            if let b = best, b.score >= tally.score {
                if b.score == tally.score { tiedBest = true }
                continue
            }
            best = (tally.score, t, trial)
            tiedBest = false
        }
        guard let joint = best, !tiedBest else { return [] }
        var placed = Set<Int>()
        var out = joint.draft
        for (r, tied) in ties.sorted(by: { $0.key < $1.key }) {
            guard let options = choices[r] else { continue }
            let tallies = rowTallies(joint.draft, row: r, options: tied.map { options[$0] })
            let top = tallies.map(\.score).max()
            if tallies[joint.t].score == top, tallies.filter({ $0.score == top }).count == 1, tallies[joint.t].failed == 0 {
                placed.insert(r)
            } else {
                out.rows[r].cells = Array(repeating: nil, count: out.rows[r].cells.count)
            }
        }
        draft = out
        return placed
    }

    /// The row's placements each scored in `draft`; one the budget change fails is not run further.
    static func rowTallies(_ draft: TableDraft, row r: Int, options: [[String?]]) -> [ReadingByIdentities.Tally] {
        let table = draft.finished(id: "grouped")
        return options.map { texts in
            var trial = table
            trial.rows[r].cells = cells(texts, table.columns)
            var out = BudgetChangeSum.tally(trial, row: r)
            guard out.failed == 0 else { return out }
            let checks = LabelBlockPairing.tally(trial, loose: [:], through: r)
            out.held += checks.held
            out.failed += checks.failed
            return out
        }
    }

    /// Puts a placement in the row, every cell flagged `identity-chosen`.
    static func set(_ draft: inout TableDraft, row r: Int, _ texts: [String?]) {
        draft.rows[r].cells = cells(texts, draft.columns)
        for c in draft.rows[r].cells.indices { ReadingByIdentities.mark(&draft.rows[r].cells[c]) }
    }
}
