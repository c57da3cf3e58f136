import Foundation

/// The footing of an income statement printed with two value columns per period (the item, then
/// the group's subtotal beside the group's last item: DOMAIN.md, "two per year"), read from the
/// rows alone: a row holding both columns of every period closes a group, and its subtotal is the
/// item column's sum since the previous row holding a subtotal; a result line ("Toimintakate",
/// "Vuosikate", "Tilikauden tulos", "Tilikauden yli-/alijäämä") holding the subtotal column alone
/// is the subtotal column's sum since the previous result line, that line included (the lines
/// between, Verotulot, Valtionosuudet, Valmistus omaan käyttöön, stand there too). Each period is
/// one check, within the printed rounding (`RoundingTolerance.sum`). The checker's own rules read a
/// group's total from the group's headline row, which this layout leaves empty; this reads the
/// statement as printed, to confirm a pairing of labels and figure lines the text does not make
/// (`StatementLabelBlock`, synth louhivirta and katajalampi p. 1).
enum PairedColumnFooting {
    /// Checks that hold and checks that fail.
    struct Tally: Equatable {
        var held = 0
        var failed = 0
    }

    /// Statement keys (`StatementVocabulary.matches` patterns) of the result lines.
    static let results = ["TOIMINTAKATE", "VUOSIKATE", "TILIKAUDEN TULOS", "TILIKAUDEN YLI*", "TILIKAUDEN ALI*"]

    /// The groups' and the result lines' checks of `table` (2p columns), counted.
    static func tally(_ table: Table) -> Tally {
        let k = table.columns.count
        guard k >= 2, k % 2 == 0 else { return Tally() }
        let p = k / 2
        var out = Tally()
        // Per period: the item cells since the last subtotal, the subtotal cells since the last result line.
        var items = [[Cell]](repeating: [], count: p)
        var running = [[Cell]](repeating: [], count: p)
        for r in table.rows.indices {
            let item = (0..<p).map { IdentitySupport.cell(table, r, 2 * $0) }
            let subtotal = (0..<p).map { IdentitySupport.cell(table, r, 2 * $0 + 1) }
            let numbers = (item + subtotal).compactMap { $0 }
            guard numbers.allSatisfy({ $0.value != nil }) else { return Tally(held: out.held, failed: out.failed + 1) }
            let closesGroup = item.allSatisfy { $0 != nil } && subtotal.allSatisfy { $0 != nil }
            let key = StatementVocabulary.key(table.rows[r].label)
            let isResult = item.allSatisfy { $0 == nil } && subtotal.allSatisfy { $0 != nil }
                && results.contains { StatementVocabulary.matches(key, $0) }
            for y in 0..<p {
                if let cell = item[y] { items[y].append(cell) }
                if closesGroup, let total = subtotal[y] {
                    count(&out, total: total, terms: items[y])
                } else if isResult, let total = subtotal[y], !running[y].isEmpty {
                    count(&out, total: total, terms: running[y])
                }
                if let cell = subtotal[y] {
                    items[y] = []
                    if isResult { running[y] = [] }
                    running[y].append(cell)
                }
            }
        }
        return out
    }

    /// One check: `total` = Σ `terms`, within the printed rounding.
    private static func count(_ tally: inout Tally, total: Cell, terms: [Cell]) {
        guard let value = total.value else { return }
        let sum = terms.compactMap(\.value).reduce(Decimal(0), +)
        let tolerance = RoundingTolerance.sum(total: total, terms: terms)
        if (sum - value).magnitude <= tolerance { tally.held += 1 } else { tally.failed += 1 }
    }
}
