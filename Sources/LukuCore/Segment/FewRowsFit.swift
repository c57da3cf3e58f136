/// A plain-text table most of whose rows fit no reading into its columns: the header's column
/// count is in doubt, and so are the few rows that happen to fit it. pypdf wraps the investment
/// table of kauhava-tilinpaatos-2024 page 120 so that a label line keeps the first groups of its
/// number ("Rakennukset yhteensä 11 635" / "000 11 635 000 …") and reads as two values under a
/// two-column header, while every other row fails. Those fitting rows are flagged
/// `ambiguous-split` rather than given as read.
enum FewRowsFit {
    /// More rows left unread than read.
    static func inDoubt(fitting: Int, unread: Int) -> Bool {
        unread > fitting
    }

    /// A row that fits the columns only by reading one number as several, in a table whose short
    /// rows hold one number each: its digits read as one number too, no longer than the short
    /// rows' own ("551 862,26" as "551 | 862,26" under two period columns,
    /// koha-suomi-oy-tilinpaatos-2024 page 3 in `pdftotext` default order, where every other row
    /// holds one value of up to six digits), so the split is in doubt. A row of five numbers in
    /// a budget table (kemijarvi pypdf text, its thirty digits also "one number") is no such row.
    static func oneNumberRow(_ tail: [String], shortWidth: Int?, shortTails: [[String]]) -> Bool {
        guard shortWidth == 1, tail.count > 1, FinnishNumber.parse(tail.joined(separator: " ")) != nil else { return false }
        let longest = shortTails.map { DigitRunSplitter.digitCount($0.joined(separator: " ")) }.max() ?? 0
        return DigitRunSplitter.digitCount(tail.joined(separator: " ")) <= longest
    }
}
