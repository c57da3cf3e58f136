/// A goal table that goes on after a number table the extract printed inside it: in the seed
/// text of kemijarvi-konserni-elinvoima-ta2026 (page 7, hallinto, sisäinen valvonta) the first row
/// of "Sisäinen valvonta ja riskienhallinta | Toimenpiteet | Toteutuma" is followed by the
/// Tunnusluvut table of the page before, and the second row starts right under its last line, on
/// a new page (" Sopimushallinnan kehittäminen …", indented by one space as every page top of
/// the extract). The goal table's lines skip the number table there; anywhere else (a heading,
/// a number table that is not followed by a page top) the goal table ends.
enum InterleavedNumberTable {
    /// The line after the number table holding line `j` when a page top follows right under it.
    static func resume(_ lines: [TextLine], at j: Int, numberTables: [ClosedRange<Int>], excluded: Set<Int>) -> Int? {
        guard let table = numberTables.first(where: { $0.contains(j) }) else { return nil }
        let next = table.upperBound + 1
        guard next < lines.count, !excluded.contains(next), !lines[next].isEmpty, lines[next].indent == 1 else { return nil }
        return next
    }
}
