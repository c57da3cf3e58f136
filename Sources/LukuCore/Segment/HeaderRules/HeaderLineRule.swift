/// Decision 3 of the table stage (design/TABLES.md): which lines above a table's first row are its
/// header. The stage walks up from the rows (past their group headings) one line at a time; each
/// layout of header lines is one `HeaderLineRule` in a file of its own, naming the page that
/// proves it, and `HeaderLineRules.all` lists them in order. The first rule with a verdict decides
/// the line; a line no rule takes ends the walk.
protocol HeaderLineRule: Sendable {
    /// What line `line` is, given the lines already taken below it (`zone`, top first), or nil.
    func verdict(_ line: Int, zone: [Int], in header: HeaderLines) -> HeaderVerdict?
}

enum HeaderVerdict {
    /// A header line: the header reaches up to here.
    case heads
    /// Belongs to the zone, but heads no column unless a header line stands above it (a caption
    /// line wrapped between header lines).
    case joins
}

enum HeaderLineRules {
    /// In order: a rule before another sees the line first.
    static let all: [any HeaderLineRule] = [
        HeaderWordsLineRule(),
        AlignedTitlesRule(),
        GroupTitleRule(),
        StackedTitleRule(),
        HeaderUnderHeaderRule(),
        WrappedCaptionLineRule(),
    ]
}

/// The page's lines as the header rules see them: their roles and the table's first row.
struct HeaderLines {
    var lines: [TextLine]
    var roles: [TableLineRole]
    /// The first data line of the table.
    var firstRow: Int
    var settings: TableSettings
    /// Where the first row prints its values.
    var firstRowValues: FirstRowValues
}
