/// The column count the rows give when the header line gives fewer. One row per line text
/// (`pdftotext -raw`, pypdf) keeps only the last line of a header wrapped over several
/// ("Alkuperäinen / talousarvio" … "jälkeen Toteutuma Poikkeama" names three of the five columns
/// of the budget outturn tables, kauhava-tilinpaatos-2024 pages 73–126), and then no row splits
/// into the header's count. When at least three rows in four (and three rows at least) split
/// into one larger count without cutting a number apart, the table has that many columns; the
/// header's names go to the last ones and the columns before them have no name.
enum RowColumnCount {
    static let maxColumns = 10

    /// The larger count, or nil when the header's count fits half the rows or no count fits enough.
    static func count(_ tails: [[String]], header n: Int) -> Int? {
        guard tails.count >= 3, n >= 1 else { return nil }
        func fits(_ tail: [String], _ m: Int) -> Bool {
            DigitRunSplitter.split(tail, columns: m).map {
                !ShortRows.cutsNumbersApart($0.numbers) && !$0.numbers.contains(where: ImplausibleNumbers.tooLong)
            } ?? false
        }
        guard tails.filter({ fits($0, n) }).count * 2 < tails.count else { return nil }
        var best: (m: Int, fits: Int)?
        for m in (n + 1)...max(n + 1, maxColumns) {
            let count = tails.filter { fits($0, m) }.count
            if count > best?.fits ?? 0 { best = (m, count) }
        }
        guard let best, best.fits * 4 >= tails.count * 3 else { return nil }
        // A row that holds more numbers still (kauhava-tilinpaatos-2024 page 126 in pypdf: most
        // rows four numbers, some five that no reading makes four) means the table has empty cells whose place the text does
        // not keep: no count is taken, and the rows stay as the header reads them (flagged).
        let more = tails.contains { tail in
            !fits(tail, best.m) && ((best.m + 1)...max(best.m + 1, maxColumns)).contains { fits(tail, $0) }
        }
        return more ? nil : best.m
    }
}
