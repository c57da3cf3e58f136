/// A converter's pipe table continued on the next page with no header at all: pymupdf4llm makes
/// the first row after the page break the new table's header row, so the part reads as a table
/// whose column headers are empty. Synth honkaniemi (Word-made) p. 3 → 4: the unit table's
/// "|**Ehkäisevä päihdetyö**|||||" ends the page and after the running footer "Tilinpäätös 2024"
/// the rows go on with "|MENOT|-5346743,02|-5635600,00|-5110602,89|-4,4 %|" over the alignment
/// row; p. 4 → 5 its tuloslaskelmaosa goes on the same way with "|Aineet, tarvikkeet ja tavarat|…|".
/// The HTML-made pihlajaniemi (p. 1 → 2, income statement: "|Arvonalentumiset|…|"), tammiselka and
/// pauhaniemi (income statement), the sheet-made pauhaselka (tase, "|1. Poistoero|…|") and the
/// Word-made varpuvirta (unit table, "|Menot|…|") break the same way. A pipe table whose column
/// headers are all empty, with no caption and no unit, as many columns as the pipe table right
/// before it, and at most a few lines of page debris between them (no heading, no other table:
/// `PipeTableContinuation.near`), continues that table. Its cells keep the columns the converter
/// drew (the same count), so no cell is moved; rows before the continuation's own first group
/// keep the group the table ended in (or the sub-heading left pending at the page's end).
enum HeaderlessPipeContinuation {
    /// `b`'s rows as rows of `a`, or nil when `b` is no such continuation of `a`.
    static func rows(_ b: TableDraft, continuing a: TableDraft, lines: [TextLine]) -> [Row]? {
        guard b.columns.count == a.columns.count, !a.columns.isEmpty, b.caption == nil, b.unit == nil, !b.rows.isEmpty,
              b.columns.allSatisfy({ $0.header.isEmpty }), a.columns.contains(where: { !$0.header.isEmpty }),
              PipeTableContinuation.near(a, b, lines: lines) else { return nil }
        return PipeTableContinuation.carryingGroup(b.rows, of: a)
    }
}
