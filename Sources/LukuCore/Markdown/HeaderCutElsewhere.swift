/// A header printed over a page break again, cut into pipe cells at other places: pymupdf4llm
/// cuts a title spanning several columns where its grid's column edges fall on that page, so
/// hold-out set 4's hold4-03 (Apache FOP, a three-page investment table whose header repeats on
/// each page) heads p. 1 and p. 3 with "||||**Tal**|**oussuunnitelma**||" and p. 2 with
/// "||||**Talo**|**ussuunnitelma**||"; the Word-made synth varpuvirta's income statement the same
/// ("||**Ulkoi**<br>|**nen**<br>|" over its first page, "||**Ulko**|**inen**|" over the next).
/// Compared cell by cell the repeated header differs, so each page was read as a table of its own. Two headers are the same header cut elsewhere when they
/// have as many cells, the same cells empty, and the same text once the cuts are closed up
/// (spaces aside). The continuation is still only read when `PipeTableContinuation` finds
/// everything else of a repeated header (same unit, no caption, a few lines apart, no heading).
enum HeaderCutElsewhere {
    static func same(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count, a != b, a.contains(where: { !$0.isEmpty }) else { return false }
        guard zip(a, b).allSatisfy({ $0.isEmpty == $1.isEmpty }) else { return false }
        let closed = { (headers: [String]) in headers.joined().filter { !$0.isWhitespace } }
        return closed(a) == closed(b)
    }
}
