/// A converter's table continued over a page break is written as a new pipe table that repeats
/// the first one's header row: pymupdf4llm's Markdown of valtion-talousarvio-2024-asiakirjayhdistelma
/// starts its revenue table with "|**Valtion talousarvio vuodelle 2024**||" and its unit row
/// "||1000 €|", and every later page's part with the unit row again, the page's footer and
/// running head as a few lines of text between. A table with no caption whose unit row and
/// column headers repeat the table just before it, with at most a few lines between them and no
/// heading, continues that table (as `TableMerger` joins PDF pages).
enum PipeTableContinuation {
    /// Non-empty lines between the two tables at most (footer, page number, running head).
    static let maxLinesBetween = 6

    /// The drafts (in line order, each from a pipe or tab table when `isPipe` says so) with
    /// continuations appended to the table they continue.
    static func merge(_ drafts: [TableDraft], isPipe: [Bool], lines: [TextLine]) -> [TableDraft] {
        var out: [TableDraft] = []
        var outIsPipe: [Bool] = []
        for (d, pipe) in zip(drafts, isPipe) {
            if pipe, outIsPipe.last == true, let previous = out.last, near(previous, d, lines: lines),
               let rows = NarrowerPipeContinuation.rows(d, continuing: previous) {
                var merged = previous
                merged.rows += rows
                merged.lastLine = d.lastLine
                merged.pages = Array(Set(previous.pages + d.pages)).sorted()
                out[out.count - 1] = merged
                continue
            }
            // A part with no header at all, or a page of totals under the repeated caption and
            // headers whose sums tie it to the table (`GroupTotalContinuation`).
            if pipe, outIsPipe.last == true, let previous = out.last,
               let rows = HeaderlessPipeContinuation.rows(d, continuing: previous, lines: lines)
                   ?? GroupTotalContinuation.rows(d, continuing: previous, lines: lines) {
                var merged = previous
                merged.rows += rows
                merged.lastLine = d.lastLine
                merged.pages = Array(Set(previous.pages + d.pages)).sorted()
                merged.pendingGroup = d.pendingGroup
                out[out.count - 1] = merged
                continue
            }
            if pipe, outIsPipe.last == true, let previous = out.last, continues(previous, with: d, lines: lines) {
                var merged = previous
                merged.rows += carryingGroup(d.rows, of: previous)
                merged.lastLine = d.lastLine
                merged.pages = Array(Set(previous.pages + d.pages)).sorted()
                merged.unit = previous.unit ?? d.unit
                merged.pendingGroup = d.pendingGroup
                out[out.count - 1] = merged
                continue
            }
            out.append(d)
            outIsPipe.append(pipe)
        }
        return out
    }

    private static func continues(_ a: TableDraft, with b: TableDraft, lines: [TextLine]) -> Bool {
        // The repeated header is the unit row alone. A repeated caption row is no continuation:
        // pymupdf4llm's konserni page 25-26 prints the käyttötalous table and the unit table under
        // the same caption and columns, two tables (`TabHeaderCaption`).
        // Without a unit row, the column headers repeated in full after the table ended are the
        // header over its next page (the Word-made synth kivimaki's income statement in
        // pymupdf4llm, p. 1 → 2: "||**Tilinp**|**äätös**|…" over "|**1 000 euroa**|**20**|…" again
        // after the footer "Sivu 1" and running head; HTML-made katajaselka's p. 3 → 4 after blank
        // lines only). Repeated inside the same run of pipe rows they head the next table:
        // pymupdf4llm's tp2024 p. 5 goes from the käyttötalous straight on to the unit table
        // under the same header, two tables.
        let apart = b.page > (a.pages.max() ?? a.page) || b.firstLine > a.lastLine + 1
        // A header with empty cells under spanning words repeats the same way: the Word-made synth
        // saarnisaari's income statement "||**TP**<br>**2020**||**TP**<br>**2019**||" (item and
        // subtotal columns) is printed again over p. 2's rows after the footer "1" and running head.
        let headed = a.unit != nil || apart && !a.columns.isEmpty && a.columns.contains { !$0.header.isEmpty }
        // The label column's head printed again with the rest reads as the same caption
        // (`LabelHeaderRepeatedOverPage`).
        let sameHead = b.caption == nil && headed && a.unit == b.unit || LabelHeaderRepeatedOverPage.repeats(a, b, apart: apart, lines: lines)
        // (Or the same header cut into cells at other places: `HeaderCutElsewhere`.)
        let aHeaders = a.columns.map(\.header), bHeaders = b.columns.map(\.header)
        guard sameHead, aHeaders == bHeaders || HeaderCutElsewhere.same(aHeaders, bHeaders) else { return false }
        return near(a, b, lines: lines)
    }

    /// A continuation's rows with those before its own first group under the group `a` ended in
    /// (or the sub-heading left pending at the page's end), as `TableMerger` joins PDF pages: the
    /// rows at the top of the next page are still the open group's.
    static func carryingGroup(_ rows: [Row], of a: TableDraft) -> [Row] {
        let carried = a.pendingGroup ?? a.rows.last?.group
        var rows = rows
        for i in rows.indices {
            guard rows[i].group == nil else { break }
            rows[i].group = carried
        }
        return rows
    }

    /// `b` starts after `a` with at most a few lines between them, none a heading or a table row,
    /// and the last not a caption naming `b` (`ColonCaptionLine`).
    static func near(_ a: TableDraft, _ b: TableDraft, lines: [TextLine]) -> Bool {
        guard b.firstLine > a.lastLine, b.firstLine <= lines.count else { return false }
        let between = lines[(a.lastLine + 1)..<b.firstLine].filter { !$0.isEmpty }
        return between.count <= maxLinesBetween && !between.contains { $0.markdownLevel != nil || $0.tabCells != nil }
            && !ColonCaptionLine.namesTable(at: b.firstLine, after: a.lastLine, lines: lines)
    }
}
