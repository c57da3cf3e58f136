import Foundation

/// Statements printed with two value columns per year (DOMAIN.md, "The statutory statements"):
/// the item amount, and the subtotal of its group in a second column on the group's last line.
/// One-row-per-line text (`pdftotext -raw`, pypdf) keeps only the year headers, so the header
/// counts N columns while a group's last row holds 2N numbers and every other row N:
/// "VASTAAVAA 31.12.2020 31.12.2019" over "2. Muut pitkävaikutteiset menot 2.476.814,69 2.318.668,97"
/// and "3. Ennakkomaksut 582.780,28 5.137.614,73 550.271,87 4.858.714,70" (synth kuusiselka p. 3,
/// saarnijoki p. 3, pauhaniemi p. 4, kurkivirta p. 4, vaahterajoki p. 4, petajalampi p. 8).
///
/// When at least two rows read only as 2N numbers and every other number row as N or 2N, the
/// table has 2N columns, each header over its pair. An N-row is an item or a subtotal-only line
/// ("II Rahat ja pankkisaamiset", "VASTAAVAA YHTEENSÄ"), which the label does not tell (roman-
/// numbered groups print either way): it goes to the item columns, flagged `ambiguous-split`,
/// unless the group's arithmetic settles it — the subtotal on a 2N row equals its own item plus
/// the items of the N-rows since the previous 2N row, year by year; then those rows and the 2N
/// row keep no flag. A row of space-grouped digits that reads both ways ("383 415 355 386", synth
/// kurkivirta p. 4) is the group's 2N row when that identity holds for it, else an N-row (flagged).
enum TwoColumnsPerYear {
    /// Rows that read only as 2N numbers needed before the table is taken as two columns per year.
    static let minDoubleRows = 2

    typealias Placement = ArithmeticPlacedRows.Placement

    /// Every number row's placement into 2N columns (keyed by index into `tails`), or nil when
    /// the rows do not show the layout.
    static func read(_ tails: [[String]], header n: Int) -> [Int: Placement]? {
        guard n >= 1, 2 * n <= RowColumnCount.maxColumns, tails.count >= 3 else { return nil }
        let single = tails.map { clean(DigitRunSplitter.split($0, columns: n)) }
        let double = tails.map { clean(DigitRunSplitter.split($0, columns: 2 * n)) }
        guard zip(single, double).allSatisfy({ $0 != nil || $1 != nil }),
              zip(single, double).filter({ $0 == nil && $1 != nil }).count >= minDoubleRows else { return nil }
        var placements: [Int: Placement] = [:]
        var run: [Int] = []
        for k in tails.indices {
            let asItems = single[k].map { s in
                Placement(texts: (0..<(2 * n)).map { $0 % 2 == 0 ? s.numbers[$0 / 2] : nil }, flagged: true)
            }
            if let d = double[k] {
                let closing = Placement(texts: d.numbers, flagged: d.ambiguous || asItems != nil)
                if closes(closing, run: run, placements: placements, years: n) {
                    for r in run { placements[r]?.flagged = false }
                    placements[k] = Placement(texts: d.numbers, flagged: false)
                    run = []
                    continue
                }
                if asItems == nil {
                    placements[k] = closing
                    run = []
                    continue
                }
            }
            placements[k] = asItems
            run.append(k)
        }
        return placements
    }

    /// The header's columns, each twice: the item column and the subtotal column of its year.
    static func columns(_ header: [Column]) -> [Column] {
        header.flatMap { [$0, $0] }
    }

    /// The 2N row's subtotal is its own item plus the items of the rows in `run`, every year.
    private static func closes(_ p: Placement, run: [Int], placements: [Int: Placement], years n: Int) -> Bool {
        (0..<n).allSatisfy { y in
            guard let subtotal = value(p.texts[2 * y + 1]), let own = value(p.texts[2 * y]) else { return false }
            var sum = own
            for r in run {
                guard let item = value(placements[r]?.texts[2 * y]) else { return false }
                sum += item
            }
            return sum == subtotal
        }
    }

    private static func value(_ text: String??) -> Decimal? {
        guard let text = text ?? nil, let parsed = FinnishNumber.parse(text), parsed.unit == nil else { return nil }
        return parsed.value
    }

    /// A reading that cuts no number apart and holds only numbers and placeholders ("-").
    private static func clean(_ split: DigitSplit?) -> DigitSplit? {
        guard let split, !ShortRows.cutsNumbersApart(split.numbers),
              !split.numbers.contains(where: ImplausibleNumbers.tooLong),
              split.numbers.allSatisfy({ FinnishNumber.parse($0) != nil || FinnishNumber.isPlaceholder($0) }) else { return nil }
        return split
    }
}
