import Foundation

/// Statements printed with two value columns per year (DOMAIN.md, "The statutory statements"):
/// the item amount, and the subtotal of its group in a second column on the group's last line.
/// One-row-per-line text (`pdftotext -raw`, pypdf) keeps only the year headers, so the header
/// counts N columns while a group's last row holds 2N numbers and every other row N:
/// "VASTAAVAA 31.12.2020 31.12.2019" over "2. Muut pitkävaikutteiset menot 2.476.814,69 2.318.668,97"
/// and "3. Ennakkomaksut 582.780,28 5.137.614,73 550.271,87 4.858.714,70" (synth kuusiselka p. 3,
/// saarnijoki p. 3, kurkivirta p. 3–4 rahoituslaskelma and tase, petajalampi p. 8, vaahterajoki p. 4).
///
/// When at least two rows read only as 2N numbers and every other number row as N (or 2N), the
/// table has 2N columns, each header over its pair. A 2N row fills its pair of columns per year. An
/// N-row is an item or a subtotal-only line ("II Rahat ja pankkisaamiset", "VASTAAVAA YHTEENSÄ"),
/// which the label does not tell (roman-numbered groups print either way): it goes to the item
/// columns, flagged `ambiguous-split`, unless the group's arithmetic settles it — the subtotal
/// on a 2N row equals its own item plus the items of the N-rows since the previous 2N row, year by
/// year; then those rows (and the 2N row's reading) are items as placed and keep no flag.
enum TwoColumnsPerYear {
    /// Rows that read only as 2N numbers needed before the table is taken as two columns per year.
    static let minDoubleRows = 2

    /// Every number row's placement into 2N columns (keyed by index into `tails`), or nil when
    /// the rows do not show the layout.
    static func read(_ tails: [[String]], header n: Int) -> [Int: ArithmeticPlacedRows.Placement]? {
        guard n >= 1, 2 * n <= RowColumnCount.maxColumns, tails.count >= 3 else { return nil }
        let single = tails.map { clean(DigitRunSplitter.split($0, columns: n)) }
        let double = tails.map { clean(DigitRunSplitter.split($0, columns: 2 * n)) }
        guard zip(single, double).allSatisfy({ $0 != nil || $1 != nil }),
              zip(single, double).filter({ $0 == nil && $1 != nil }).count >= minDoubleRows else { return nil }
        var placements: [Int: ArithmeticPlacedRows.Placement] = [:]
        var isDouble: [Bool] = []
        for (k, (s, d)) in zip(single, double).enumerated() {
            // A row that reads both ways (space-grouped digits) is in doubt whichever is taken.
            let both = s != nil && d != nil
            if let s, d == nil || spread(s.numbers) <= spread(d!.numbers) {
                var texts = [String?](repeating: nil, count: 2 * n)
                for (y, text) in s.numbers.enumerated() { texts[2 * y] = text }
                placements[k] = .init(texts: texts, flagged: true)
                isDouble.append(false)
            } else if let d {
                placements[k] = .init(texts: d.numbers, flagged: d.ambiguous || both)
                isDouble.append(true)
            }
        }
        settleGroups(&placements, isDouble: isDouble, years: n)
        return placements
    }

    /// The header's columns, each twice: the item column and the subtotal column of its year.
    static func columns(_ header: [Column]) -> [Column] {
        header.flatMap { [$0, $0] }
    }

    /// Clears the flags of the rows of every group whose subtotal the arithmetic confirms.
    private static func settleGroups(_ placements: inout [Int: ArithmeticPlacedRows.Placement], isDouble: [Bool], years n: Int) {
        var run: [Int] = []
        for k in isDouble.indices {
            guard let p = placements[k] else { continue }
            if !isDouble[k] { run.append(k); continue }
            defer { run = [] }
            guard p.texts.allSatisfy({ $0 != nil }) else { continue }
            let holds = (0..<n).allSatisfy { y in
                guard let subtotal = value(p.texts[2 * y + 1]), let own = value(p.texts[2 * y]) else { return false }
                var sum = own
                for r in run {
                    guard let item = value(placements[r]?.texts[2 * y]) else { return false }
                    sum += item
                }
                return sum == subtotal
            }
            guard holds else { continue }
            for r in run + [k] { placements[r]?.flagged = false }
        }
    }

    private static func value(_ text: String??) -> Decimal? {
        guard let text = text ?? nil, let parsed = FinnishNumber.parse(text), parsed.unit == nil else { return nil }
        return parsed.value
    }

    private static func clean(_ split: DigitSplit?) -> DigitSplit? {
        guard let split, !ShortRows.cutsNumbersApart(split.numbers),
              !split.numbers.contains(where: ImplausibleNumbers.tooLong),
              split.numbers.allSatisfy({ FinnishNumber.parse($0) != nil }) else { return nil }
        return split
    }

    /// The most integer digits less the fewest among a reading's numbers.
    private static func spread(_ numbers: [String]) -> Int {
        let digits = numbers.map { DigitRunSplitter.digitCount($0) }
        return (digits.max() ?? 0) - (digits.min() ?? 0)
    }
}
