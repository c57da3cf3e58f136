import Foundation

/// In a statement with two value columns per period (the item amount, and the group's subtotal
/// beside the group's last item: DOMAIN.md, "two per year") written one cell per line (PyMuPDF's
/// `get_text()`), a row of p figures is an item or a line standing in the subtotal column alone,
/// and the text does not say which (`PairedValueColumns` puts it in the item columns, flagged).
/// The statement's running totals do: a main line of the income statement (Toimintakate,
/// Vuosikate, Tilikauden tulos) is the sum of the subtotal column since the previous such line,
/// that line included; a balance sheet's total ("VASTAAVAA YHTEENSÄ") is the sum of the whole
/// subtotal column. The subtotal column is every row of 2p figures' second figure of each pair,
/// plus some rows of p figures standing there alone (Valmistus omaan käyttöön, Verotulot,
/// Valtionosuudet; IV Rahat ja pankkisaamiset): every choice of those among the unproven short
/// rows since the last total is tried, period by period.
///
/// A row that closes such a sum for some choice is a total, in the second column of each pair;
/// a short row in every choice that fits stands there too; a row in some choices only, or in
/// none, keeps its place. A sum of short rows alone (no subtotal-column entry in it) is a group's
/// subtotal over its items: the row closing it stands in the subtotal column, its items stay. Figures printed whole (rounded thousands) may miss the sum by their
/// rounding, half a unit per figure; figures with decimals must foot to the last digit. A total
/// sums at least two entries, and rows the group's arithmetic proved items (`PairedGroupSums`)
/// or holding a percent are never members. Placing proves where a figure stands, never what it
/// is: every cell moved keeps `ambiguous-split` and gains `identity-chosen`.
/// Proven on synth tammiselka, kivimaki and pihlajaniemi pp. 1 (income statement: Toimintakate,
/// Verotulot, Valtionosuudet, Vuosikate …), honkakoski and saarnijoki p. 3 (VASTAAVAA YHTEENSÄ,
/// IV Rahat ja pankkisaamiset), in PyMuPDF's text.
enum PairedRunningTotals {
    /// Unproven short rows tried as members of one sum (2^n choices).
    static let maxMembers = 12

    /// The indices of `rows` (each row's figures, in order) of p = columns / 2 figures that stand
    /// in the second column of each pair; `items` are rows proven items.
    static func subtotalRows(_ rows: [[String]], columns k: Int, items: Set<Int>) -> Set<Int> {
        guard k >= 2, k % 2 == 0 else { return [] }
        let p = k / 2
        var placed = Set<Int>()
        // The subtotal column's sum since the last total (that total included), its entries,
        // the decimals printed, and the short rows that may stand in it.
        var base = [Decimal](repeating: 0, count: p)
        var entries = 0, decimals = 0
        var pending: [(row: Int, figures: [Decimal], decimals: Int)] = []
        for (r, values) in rows.enumerated() {
            if values.count == k {
                guard let subtotals = amounts((0..<p).map { values[2 * $0 + 1] }) else { return placed }
                for y in 0..<p { base[y] += subtotals[y] }
                entries += 1
                decimals = max(decimals, (0..<p).map { places(values[2 * $0 + 1]) }.max() ?? 0)
                continue
            }
            guard values.count == p, !items.contains(r), let figures = amounts(values) else { continue }
            let own = values.map(places).max() ?? 0
            let shown = max(decimals, own, pending.map(\.decimals).max() ?? 0)
            let members = closes(figures, base: base, entries: entries, pending: pending.map { ($0.row, $0.figures) },
                                 decimals: shown)
            if let members, entries == 0 {
                // Only short rows summed: a group's subtotal over its items ("3. Ennakkomaksut"
                // = "1. Aineettomat oikeudet" + "2. Muut pitkävaikutteiset menot", synth
                // tamminiemi p. 3). It stands in the subtotal column; its items stay.
                placed.insert(r)
                for y in 0..<p { base[y] += figures[y] }
                entries = 1
                decimals = max(decimals, own)
                pending.removeAll { members.contains($0.row) }
            } else if let members {
                placed.insert(r)
                placed.formUnion(members)
                base = figures
                entries = 1
                decimals = own
                pending = []
            } else if pending.count < maxMembers {
                pending.append((r, figures, own))
            }
        }
        return placed
    }

    /// The rows of `pending` in every choice that, with `base`, sums to `total` in each period,
    /// or nil when no choice does.
    private static func closes(_ total: [Decimal], base: [Decimal], entries: Int,
                               pending: [(row: Int, figures: [Decimal])], decimals: Int) -> Set<Int>? {
        guard total.contains(where: { $0 != 0 }) else { return nil }
        var unit: Decimal = 1
        for _ in 0..<decimals { unit /= 10 }
        var common: Set<Int>?
        for mask in 0..<(1 << pending.count) {
            let chosen = pending.indices.filter { mask & (1 << $0) != 0 }
            let terms = entries + chosen.count
            guard terms >= 2 else { continue }
            // Each printed figure, the total's own included, may be off by half a unit.
            let slack = decimals == 0 ? unit * Decimal(terms + 1) / 2 : 0
            let fits = total.indices.allSatisfy { y in
                var sum = base[y]
                for i in chosen { sum += pending[i].figures[y] }
                let gap = sum - total[y]
                return (gap < 0 ? -gap : gap) <= slack
            }
            guard fits else { continue }
            let rows = Set(chosen.map { pending[$0].row })
            common = common.map { $0.intersection(rows) } ?? rows
        }
        return common
    }

    /// Plain amounts (no unit, no percent), or nil.
    private static func amounts(_ texts: [String]) -> [Decimal]? {
        var out: [Decimal] = []
        for text in texts {
            guard !PairedValueColumns.isPercent(text), let parsed = FinnishNumber.parse(text), parsed.unit == nil else { return nil }
            out.append(parsed.value)
        }
        return out
    }

    /// Digits printed after the decimal comma.
    private static func places(_ text: String) -> Int {
        guard let comma = text.lastIndex(of: ",") else { return 0 }
        return text[text.index(after: comma)...].filter(\.isASCIIDigit).count
    }
}
