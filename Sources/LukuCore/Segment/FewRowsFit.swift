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
}
