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
/// kurkivirta p. 4) is the group's 2N row when that identity holds for it, else an N-row (flagged);
/// so is a row that reads as 2N only by cutting a short negative item from a three-digit subtotal
/// ("Tulorahoituksen korjauserät –105 577 –98 273", synth katajaselka p. 2: 682 − 105 = 577,
/// 371 − 98 = 273). When the identity holds only within the rounding of whole thousands
/// (RoundedGroupSubtotal), the row is read as 2N and stays flagged.
enum TwoColumnsPerYear {
    /// Rows that read only as 2N numbers needed before the table is taken as two columns per year.
    static let minDoubleRows = 2

    typealias Placement = ArithmeticPlacedRows.Placement

    /// Every number row's placement into 2N columns (keyed by index into `tails`), or nil when
    /// the rows do not show the layout.
    ///
    /// `opens[k]` says a group headline (a label line without figures, not the top of a wrapped
    /// label) stands between row k and the number row before it (SubtotalOnlyRows); `results[k]`
    /// says row k is a result line (`PairedColumnFooting.results`).
    static func read(_ tails: [[String]], header n: Int, opens: [Bool]? = nil, results: [Bool]? = nil) -> [Int: Placement]? {
        guard n >= 1, 2 * n <= RowColumnCount.maxColumns, tails.count >= 3 else { return nil }
        let single = tails.map { clean(DigitRunSplitter.split($0, columns: n)) }
        // A closing row whose reading leaves a short negative item before a three-digit subtotal
        // ("Muut rahoituskulut -334 -782 -166 462", synth tammiselka p. 1) reads only by cutting
        // "-166 462" apart: it is taken when nothing else reads and stays flagged unless it closes.
        let double = tails.map { tail in
            clean(DigitRunSplitter.split(tail, columns: 2 * n)) ?? clean(DigitRunSplitter.split(tail, columns: 2 * n), cutting: true)
        }
        let cut = tails.map { clean(DigitRunSplitter.split($0, columns: 2 * n)) == nil }
        guard zip(single, double).allSatisfy({ $0 != nil || $1 != nil }),
              zip(single, double).filter({ $0 == nil && $1 != nil }).count >= minDoubleRows else { return nil }
        var placements: [Int: Placement] = [:]
        var run: [Int] = []
        // A group is open from its headline to its 2N row; the table's first rows count as open.
        var open = true
        for k in tails.indices {
            if opens?[k] == true { open = true }
            let asItems = single[k].map { s in
                Placement(texts: (0..<(2 * n)).map { SubtotalOnlyRows.column($0, open: open) ? s.numbers[$0 / 2] : nil },
                          flagged: true)
            }
            if let d = double[k] {
                let closing = Placement(texts: d.numbers, flagged: d.ambiguous || asItems != nil || cut[k])
                // Also a reading that cuts a signed item from its three-digit subtotal ("–105 577
                // –98 273", synth katajaselka p. 2; "-16 248 -15 236", pihlajaniemi p. 1): the
                // group's sum closing on it every year is what a cut number does not do.
                if closes(closing, run: run, placements: placements, years: n) {
                    for r in run { placements[r]?.flagged = false }
                    placements[k] = Placement(texts: d.numbers, flagged: false)
                    run = []
                    open = false
                    continue
                }
                // Closing only within the rounding of figures printed in thousands (RoundedGroupSubtotal):
                // the 2N reading, still flagged.
                if asItems != nil, closes(closing, run: run, placements: placements, years: n, rounded: true) {
                    placements[k] = Placement(texts: d.numbers, flagged: true)
                    run = []
                    open = false
                    continue
                }
                if asItems == nil {
                    placements[k] = closing
                    run = []
                    open = false
                    continue
                }
            }
            // The group's subtotal printed alone on its empty last item, right before a result line
            // (SubtotalOnlyItemRows): subtotal columns, still flagged.
            if open, let s = single[k], SubtotalOnlyRows.closesBeforeResult(s.numbers, at: k, run: run, placements: placements,
                                                                             opens: opens, results: results) {
                placements[k] = Placement(texts: (0..<(2 * n)).map { $0 % 2 == 1 ? s.numbers[$0 / 2] : nil }, flagged: true)
                run = []
                open = false
                continue
            }
            placements[k] = asItems
            // A subtotal-only row is no item of the next group's sum.
            if open { run.append(k) }
        }
        return placements
    }

    /// The number of years a header names when it already prints each year twice, over the item
    /// and the subtotal column ("31.12.2025 31.12.2025 31.12.2024 31.12.2024", hold-out 09 in
    /// `pdftotext -raw`), else nil: pairs of equal headers holding a digit, neighbouring pairs different.
    static func pairedYears(_ header: [Column]) -> Int? {
        let names = header.map(\.header)
        guard names.count >= 2, names.count % 2 == 0 else { return nil }
        let pairs = stride(from: 0, to: names.count, by: 2).map { names[$0] }
        guard stride(from: 0, to: names.count, by: 2).allSatisfy({ names[$0] == names[$0 + 1] }),
              pairs.allSatisfy({ $0.contains(where: \.isNumber) }),
              zip(pairs, pairs.dropFirst()).allSatisfy({ $0 != $1 }) else { return nil }
        return pairs.count
    }

    /// The header's columns, each twice: the item column and the subtotal column of its year.
    static func columns(_ header: [Column]) -> [Column] {
        header.flatMap { [$0, $0] }
    }

    /// The 2N row's subtotal is its own item plus the items of the rows in `run`, every year
    /// (within the rounding of whole figures when `rounded`: RoundedGroupSubtotal).
    private static func closes(_ p: Placement, run: [Int], placements: [Int: Placement], years n: Int,
                               rounded: Bool = false) -> Bool {
        (0..<n).allSatisfy { y in
            guard let subtotal = value(p.texts[2 * y + 1]), let own = value(p.texts[2 * y]) else { return false }
            var sum = own
            var texts = [p.texts[2 * y + 1], p.texts[2 * y]]
            for r in run {
                guard let item = value(placements[r]?.texts[2 * y]) else { return false }
                sum += item
                texts.append(placements[r]?.texts[2 * y])
            }
            guard rounded else { return sum == subtotal }
            return RoundedGroupSubtotal.agrees(sum: sum, subtotal: subtotal, texts: texts.map { $0 ?? nil })
        }
    }

    static func value(_ text: String??) -> Decimal? {
        guard let text = text ?? nil, let parsed = FinnishNumber.parse(text), parsed.unit == nil else { return nil }
        return parsed.value
    }

    /// A reading that cuts no number apart (unless `cutting`) and holds only numbers and placeholders ("-").
    private static func clean(_ split: DigitSplit?, cutting: Bool = false) -> DigitSplit? {
        guard let split, cutting || !ShortRows.cutsNumbersApart(split.numbers),
              !split.numbers.contains(where: ImplausibleNumbers.tooLong),
              split.numbers.allSatisfy({ FinnishNumber.parse($0) != nil || FinnishNumber.isPlaceholder($0) }) else { return nil }
        return split
    }
}
