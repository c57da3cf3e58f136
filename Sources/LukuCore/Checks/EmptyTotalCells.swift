import Foundation

/// A total row that leaves a cell empty although its terms have values there.
///
/// Kauhava TP 2024 p120 (investointien toteutuminen): "Rakennukset yhteensä" prints nothing
/// under Tarkistettu tuloarvio although "Muut rakennukset" above it has 299 000, and "Tekninen
/// lautakunta yhteensä" 559 100 counts those 299 000 in (truth notes (8)). `RunningTotalRule`
/// finds a total by its sum holding in every column, so the empty cell hid both totals and, with
/// them, "YHTEENSÄ" below.
///
/// Read as the page means it: a total whose sum holds in every column where it prints a number
/// is a total; where it prints nothing its terms' sum gets no check (nothing printed, nothing to
/// verify) and stands for the cell when a later total adds this one in. That later total's check
/// then names the rows the empty cell stands for (Tekninen lautakunta yhteensä, Tarkistettu
/// tuloarvio = Muut rakennukset + Kiinteät rakenteet ja laitteet), so every operand is a printed
/// number. A zero sum is not a blank: an empty cell over terms that add to 0 is the usual 0.
struct EmptyTotalCells {
    /// row → column position → the value the empty cell stands for, and the printed rows it sums.
    private var implied: [Int: [Int: (value: Decimal, rows: [Int])]] = [:]

    /// The row's numbers in `columns` (RunningTotalRule.vector) with implied values in its blanks.
    func vector(_ table: Table, _ row: Int, _ columns: [Int]) -> [Decimal]? {
        guard var v = RunningTotalRule.vector(table, row, columns) else { return nil }
        for (i, cell) in implied[row] ?? [:] { v[i] = cell.value }
        return v
    }

    /// Column positions where the total `row` prints nothing although its terms sum to a value.
    static func blank(_ table: Table, row: Int, columns: [Int], sum: [Decimal]) -> Set<Int> {
        Set(columns.indices.filter { IdentitySupport.cell(table, row, columns[$0]) == nil && sum[$0] != 0 })
    }

    /// Remembers what the total's blank cells stand for.
    mutating func record(row: Int, positions: Set<Int>, sum: [Decimal], terms: [Int]) {
        for i in positions.sorted() {
            implied[row, default: [:]][i] = (sum[i], expand(terms, position: i))
        }
    }

    /// `terms` with every blank total replaced by the printed rows it stands for.
    func expand(_ terms: [Int], position: Int) -> [Int] {
        terms.flatMap { implied[$0]?[position]?.rows ?? [$0] }.sorted()
    }
}
