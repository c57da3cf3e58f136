/// The scan the table finders share: try a table at each line not yet taken, and on success go
/// on after its last line.
enum TableScan {
    static func drafts(lineCount: Int, excluded: Set<Int>, tableAt: (Int) -> TableDraft?) -> [TableDraft] {
        var drafts: [TableDraft] = []
        var i = 0
        while i < lineCount {
            if !excluded.contains(i), let draft = tableAt(i) {
                drafts.append(draft)
                i = draft.lastLine + 1
            } else {
                i += 1
            }
        }
        return drafts
    }
}
