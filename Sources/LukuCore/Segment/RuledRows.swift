/// Rows a goal table draws. The grid table builder starts a row where every cell of a line
/// opens with a capital; text alone cannot tell that from three sentences that happen to start
/// together (kemijarvi-konserni-elinvoima p. 12: "Tavoitteena on… | Viestitään… |
/// Osallistujamäärät" inside one row). When the document draws its rows, the drawing decides:
/// such a line is no new row when
/// - the table is ruled: a rule spanning `spanShare` of its width lies under its header, and
/// - the document rules body rows: some grid table has such a rule between two of its rows, and
/// - no such rule lies between the line and the one above it.
/// A table ruled only under its header and at its foot (booktabs style) in a document whose
/// tables never rule their rows keeps the capital rule: there a rule is no row separator.
enum RuledRows {
    /// A place where the builder started a row: `below` opens it, `above` ends the row before.
    struct Boundary: Hashable, Sendable {
        var above: Int
        var below: Int
        /// Started by the capital rule alone (no vertical gap, same page).
        var byCapital: Bool
    }

    /// One grid table as the row decision sees it.
    struct Table: Sendable {
        var lastHeader: Int
        var firstBody: Int
        var boundaries: [Boundary]
        var x0: Double
        var x1: Double
    }

    /// Share of the table's width a rule must cover to separate its rows.
    static let spanShare = 0.8
    /// Most pages rendered in search of ruled body rows (the search stops at the first found).
    static let maxEvidencePages = 12

    /// The lines (`below` of capital boundaries) that do not start a row after all.
    static func undone(_ tables: [Table], lines: [TextLine], rules: PageRules) -> Set<Int> {
        var candidates = Set<Int>()
        for table in tables {
            let questioned = table.boundaries.filter { $0.byCapital && lines[$0.above].page == lines[$0.below].page }
            guard !questioned.isEmpty, lines[table.lastHeader].page == lines[table.firstBody].page,
                  ruleBetween(table.lastHeader, table.firstBody, table, lines: lines, rules: rules) else { continue }
            for b in questioned where !ruleBetween(b.above, b.below, table, lines: lines, rules: rules) {
                candidates.insert(b.below)
            }
        }
        guard !candidates.isEmpty else { return [] }
        return documentRulesRows(tables, lines: lines, rules: rules) ? candidates : []
    }

    /// Some row boundary of some table has a rule between its lines. Pages already rendered
    /// are looked at first; at most `maxEvidencePages` more are rendered.
    private static func documentRulesRows(_ tables: [Table], lines: [TextLine], rules: PageRules) -> Bool {
        let all = tables.flatMap { t in
            t.boundaries.filter { lines[$0.above].page == lines[$0.below].page }.map { (t, $0) }
        }
        let known = all.filter { rules.isKnown(lines[$0.1.above].page) }
        if known.contains(where: { ruleBetween($0.1.above, $0.1.below, $0.0, lines: lines, rules: rules) }) { return true }
        var rendered = Set<Int>()
        for (table, b) in all where !rules.isKnown(lines[b.above].page) {
            let page = lines[b.above].page
            if !rendered.contains(page) {
                guard rendered.count < maxEvidencePages else { return false }
                rendered.insert(page)
            }
            if ruleBetween(b.above, b.below, table, lines: lines, rules: rules) { return true }
        }
        return false
    }

    /// A rule spanning the table lies between the middles of lines `a` and `b` (same page).
    static func ruleBetween(_ a: Int, _ b: Int, _ table: Table, lines: [TextLine], rules: PageRules) -> Bool {
        guard let above = lines[a].box, let below = lines[b].box else { return false }
        let top = (above.y0 + above.y1) / 2, bottom = (below.y0 + below.y1) / 2
        let width = table.x1 - table.x0
        guard width > 0 else { return false }
        return rules.rules(onPage: lines[a].page).contains { r in
            let middle = (r.y0 + r.y1) / 2
            let covered = min(r.x1, table.x1) - max(r.x0, table.x0)
            return middle > top && middle < bottom && covered >= spanShare * width
        }
    }
}
