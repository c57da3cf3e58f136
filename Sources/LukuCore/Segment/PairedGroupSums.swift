import Foundation

/// In a statement with two value columns per period written one cell per line (the item amount,
/// and the group's subtotal beside the item on the group's last line: DOMAIN.md, "two per
/// year"), a row of p figures is an item or a subtotal-only line and the text does not say
/// which (`PairedValueColumns` places it in the item columns, flagged). The group's arithmetic
/// does: the subtotal on the row of 2p figures equals its own item plus the items of the rows
/// of p figures right above it, period by period. Those rows are then items for certain and keep
/// no flag, as `TwoColumnsPerYear` proves them in one-row-per-line text. Exact sums only (a
/// table in rounded thousands whose group does not foot exactly stays flagged).
/// Proven on the hold-out balance sheet with the subtotal column (hold-09, "Aineettomat
/// oikeudet" / "561 875,96" / "18 692,04" over "Muut pitkävaikutteiset menot" / "1 791 357,89" /
/// "2 353 233,85" / …) and on the synthetic statements' balance sheets in PyMuPDF's text (synth
/// kuusiselka p. 3, tamminiemi p. 3, kurkivirta p. 4: "1. Myyntisaamiset" …).
enum PairedGroupSums {
    /// The indices of `rows` (each row's figures, in order) of p = columns / 2 figures that a
    /// later row of 2p figures proves to be items: the longest run of such rows right above it
    /// whose items, with its own, make its subtotal in every period.
    static func items(_ rows: [[String]], columns k: Int) -> Set<Int> {
        guard k >= 2, k % 2 == 0 else { return [] }
        let p = k / 2
        var proven = Set<Int>()
        var run: [Int] = []
        for (r, values) in rows.enumerated() {
            if values.count == p {
                run.append(r)
                continue
            }
            if values.count == k {
                let figures = values.map(value)
                for length in stride(from: run.count, through: 1, by: -1) {
                    let part = run.suffix(length)
                    let foots = (0..<p).allSatisfy { y in
                        guard let own = figures[2 * y], let subtotal = figures[2 * y + 1] else { return false }
                        var sum = own
                        for i in part {
                            guard let item = value(rows[i][y]) else { return false }
                            sum += item
                        }
                        return sum == subtotal
                    }
                    if foots {
                        proven.formUnion(part)
                        break
                    }
                }
            }
            run = []
        }
        return proven
    }

    private static func value(_ text: String) -> Decimal? {
        guard let parsed = FinnishNumber.parse(text), parsed.unit == nil else { return nil }
        return parsed.value
    }
}
