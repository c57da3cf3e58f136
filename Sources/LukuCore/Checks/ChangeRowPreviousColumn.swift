import Foundation

/// A Muutos % column whose rows do not all follow from one printed base: the rows that follow from
/// the column before it are checked, the others not (their base may not be printed), when the
/// table's other Muutos % columns are all computed from the column before them.
///
/// Kemijärvi hallinto- ja tukipalvelut 2022-06 p2 (Tunnusluvut, TP 2020 | TP 2021 | TA 2022 | TOT.
/// 30.6.2022 | TS 2023 | TS 2024): TP 2021 against TP 2020 and TS 2024 against TS 2023 hold for
/// both Muutos % rows; under TA 2022, Palvelujen ostot 2,2 = (−3 359 080 − −3 287 792) / −3 287 792
/// holds against TP 2021 while Henkilöstömenot's 9,0 follows from no printed column (truth note:
/// "their bases are not printed"). ChangeRowRule asks one base to hold for every row, so the
/// column was not checked; here the Palvelujen ostot cell is, and Henkilöstömenot gets no check
/// (never a mismatch: an unprinted base is no error). Kemijärvi hallintopalvelut TP 2024 p4 (MTA
/// 2024*, neither row follows from TP 2023 before it) and konserni- ja elinvoimapalvelut TA 2026
/// p3 (TA 2025* and TPE 2025* both against TP 2024: ChangeRowRule finds a base for every row)
/// gain nothing. A row that matches by chance is the risk ChangeRowRule avoids by asking two
/// rows; here the table's own convention (every other checked column against its neighbour,
/// at least two such columns) stands in for the second row, and the check only verifies.
enum ChangeRowPreviousColumn {
    /// The checks that hold in column `c` against column `c − 1`, given the bases (column → base)
    /// ChangeRowRule found for the other columns; empty unless at least two columns were found,
    /// all against their neighbour.
    static func checks(_ table: Table, pairs: [(change: Int, amount: Int)], column c: Int,
                       bases: [Int: Int], headers h: [String]) -> [Check] {
        guard c >= 1, bases.count >= 2, bases.allSatisfy({ $0.value == $0.key - 1 }) else { return [] }
        return pairs.compactMap { ChangeRowRule.check(table, change: $0.change, amount: $0.amount, column: c, base: c - 1, headers: h) }
            .filter { $0.outcome != .mismatch && $0.actual != 0 }
    }
}
