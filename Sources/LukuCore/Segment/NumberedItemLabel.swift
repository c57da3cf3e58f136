/// An item number that ends a row's label right before its figures, in text without positions
/// (`pdftotext -raw`): "Vesijohtoverkoston saneeraus, alue 12 2 540 517 -1 154 677 -583 665
/// -36 510 -216 673" (the investment table of hold-out sets 3, 4, 6 and 7: Chromium, Apache FOP,
/// iText and wkhtmltopdf print the same "…, alue 1" … "…, alue 26" series). DOMAIN.md: an
/// investment programme names its projects by place and part ("alue 3", "vaihe 2"); such a number
/// is part of the name, never a figure. In the text it stands where the figures begin, so the row
/// held one number more than the table's columns: it fitted no reading (kept whole, flagged
/// merged), or it made the rows' count look wider than the table (`RowColumnCount` then took no
/// count, and the table was read as two columns per year).
///
/// The number goes to the label only inside a series: two rows at least of the same label whose
/// figures fit no reading into the table's width with the number and fit it without ("alue 1
/// 2 750 753 …"); then a row of that label that reads both ways ("alue 2 702 286 …") takes its
/// number too, flagged. A number before the figures of a label of its own (a Liite column's note
/// number, "I Peruspääoma 7 27 225 321,38 …", hold3-07) is left where it was: no series says it
/// is no figure. The width is the count most rows read into, each row with or without its
/// leading number.
enum NumberedItemLabel {
    /// Rows of the same label whose figures need their number moved, at least, for a series.
    static let minSeries = 2
    /// Widths looked at past the header's count.
    static let maxExtraColumns = 3

    /// One or two ASCII digits, no sign or grouping: an item number ("1" … "99").
    static func isItemNumber(_ token: String) -> Bool {
        (1...2).contains(token.count) && token.allSatisfy(\.isASCIIDigit)
    }

    /// The rows (indices into `labels`/`tails`) whose first token moves to their label, and those
    /// of them whose cells are flagged. `tails` empty for rows that take no part (text cells).
    static func rows(labels: [String], tails: [[String]], header n: Int) -> (moved: [Int], flagged: Set<Int>) {
        let candidates = labels.indices.filter { k in
            tails[k].count > 1 && isItemNumber(tails[k][0]) && labels[k].last?.isLetter == true
        }
        // Only labels that recur can make a series.
        let recurring = Dictionary(grouping: candidates, by: { labels[$0] }).filter { $0.value.count >= minSeries }
        guard !recurring.isEmpty, let width = width(tails, candidates: Set(candidates), header: n) else { return ([], []) }
        var moved: [Int] = [], flagged = Set<Int>()
        for group in recurring.values {
            let movable = group.filter { fits(Array(tails[$0].dropFirst()), width) }
            let clean = movable.filter { !fits(tails[$0], width) }
            guard clean.count >= minSeries else { continue }
            moved += movable
            flagged.formUnion(movable.filter { !clean.contains($0) })
        }
        return (moved.sorted(), flagged)
    }

    private static func fits(_ tail: [String], _ columns: Int) -> Bool {
        DigitRunSplitter.split(tail, columns: columns).map {
            !ShortRows.cutsNumbersApart($0.numbers) && !$0.numbers.contains(where: ImplausibleNumbers.tooLong)
        } ?? false
    }

    /// The count, from the header's up, that most rows read into, a candidate row with its
    /// leading number or without it (the smaller count on a tie); at least three rows in four.
    private static func width(_ tails: [[String]], candidates: Set<Int>, header n: Int) -> Int? {
        let rows = tails.indices.filter { !tails[$0].isEmpty }
        guard rows.count >= 3, n >= 1 else { return nil }
        var best: (m: Int, count: Int)?
        for m in n...(n + maxExtraColumns) {
            let count = rows.filter { k in
                fits(tails[k], m) || candidates.contains(k) && fits(Array(tails[k].dropFirst()), m)
            }.count
            if count > best?.count ?? 0 { best = (m, count) }
        }
        guard let best, best.count * 4 >= rows.count * 3 else { return nil }
        return best.m
    }
}
