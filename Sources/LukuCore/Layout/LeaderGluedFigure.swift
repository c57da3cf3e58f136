/// A dot leader glued to the figure it leads to. A DTP program's tab leader (Scribus, InDesign: a
/// right or decimal tab with the fill character ".") fills the tab's whole space with dots, so the
/// last dot touches the figure's first glyph and the label's last letter touches the first dot:
/// `TOIMINTATUOTOT..........10 315 945`, one run of glyphs with no gap anywhere. Cut at whitespace
/// and gaps only, label, leader and the figure's first digit group were one word, and the table
/// lost its first column into its labels (hold-out set 10: hold10-01, -03, -06, -08, every tabbed
/// table with a leader; 4 of 10 documents, no table found).
///
/// Where the label nearly fills the space up to the tab, the leader is a few dots
/// (`yhteensä...2 674 524`: hold10-06).
///
/// The word is cut before the run of dots and after it, and the run dropped, as `LeaderRun` blanks
/// a text line's leader (the label ends where its letters end, the figure keeps its place, the
/// gap between them is the cell boundary), when the glyph after the run opens a number (a digit,
/// or a sign before a digit) and the run is at least `minDots` dots long (an ellipsis counts
/// three), or two or three dots right after a letter (one is an abbreviation's: `v.2021`). A figure
/// never holds two dots in a row, so no figure is cut; what is cut is the leader.
enum LeaderGluedFigure {
    /// Fewer dots than this are punctuation ("1.2.", "...") unless a letter stands before them.
    static let minDots = LeaderRun.minDots

    /// A run of `dots` dots glued to a figure is a leader: `minDots` or more, or two or three after a
    /// letter. One dot is an abbreviation's: `työllisyyskokeilun v.2021– 2023` (kemijarvi-hallinto-
    /// tukipalvelut p. 3, prose) keeps it.
    static func isLeader(dots: Int, afterLetter: Bool) -> Bool {
        dots >= minDots || dots >= 2 && afterLetter
    }

    /// How many dots a glyph is: 1 for ".", 3 for "…", 0 otherwise.
    static func dots(_ s: Unicode.Scalar) -> Int {
        s == "." ? 1 : s == "…" ? 3 : 0
    }

    /// The glyph `s` (followed by `next`) opens a number: a digit, or a minus, dash, plus or an
    /// opening parenthesis before a digit.
    static func opensFigure(_ s: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        if NumberJoiner.isASCIIDigit(s) { return true }
        guard "-−–+(".unicodeScalars.contains(s), let n = next else { return false }
        return NumberJoiner.isASCIIDigit(n)
    }
}
