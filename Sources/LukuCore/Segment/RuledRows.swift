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
    /// The pages each step asks for are drawn ahead, `rules.batch` at a time (PageRules): the
    /// answers and the pages asked for are those of asking one boundary after the other.
    static func undone(_ tables: [Table], lines: [TextLine], rules: PageRules) -> Set<Int> {
        func questioned(_ table: Table) -> [Boundary] {
            table.boundaries.filter { $0.byCapital && lines[$0.above].page == lines[$0.below].page }
        }
        rules.focus(bands(tables, lines: lines))
        let open = tables.filter { !questioned($0).isEmpty && lines[$0.lastHeader].page == lines[$0.firstBody].page }
        rules.prefetch(open.compactMap { askedPage($0.lastHeader, $0.firstBody, $0, lines: lines) })
        let ruled = open.filter { ruleBetween($0.lastHeader, $0.firstBody, $0, lines: lines, rules: rules) }
        rules.prefetch(ruled.flatMap { t in questioned(t).compactMap { askedPage($0.above, $0.below, t, lines: lines) } })
        var candidates = Set<Int>()
        for table in ruled {
            for b in questioned(table) where !ruleBetween(b.above, b.below, table, lines: lines, rules: rules) {
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
        // The pages the loop below can enter, in the order it enters them: drawn ahead in
        // batches, so a batch costs one page's time on as many threads.
        var ahead: [Int] = []
        for (_, b) in all where ahead.count < maxEvidencePages {
            let page = lines[b.above].page
            if !rules.isKnown(page), !ahead.contains(page) { ahead.append(page) }
        }
        var drawnAhead = 0
        var rendered = Set<Int>()
        for (table, b) in all where !rules.isKnown(lines[b.above].page) {
            let page = lines[b.above].page
            if !rendered.contains(page) {
                guard rendered.count < maxEvidencePages else { return false }
                rendered.insert(page)
                if let at = ahead.firstIndex(of: page), at >= drawnAhead {
                    drawnAhead = min(at + rules.batch, ahead.count)
                    rules.prefetch(Array(ahead[at..<drawnAhead]))
                }
            }
            if ruleBetween(b.above, b.below, table, lines: lines, rules: rules) { return true }
        }
        return false
    }

    /// The band of each page that `ruleBetween` can ask about here: from the highest to the
    /// lowest line middle of the line pairs it is asked about (under a table's header, and
    /// between any two rows of a table on one page); pages are drawn only there (PageRules).
    static func bands(_ tables: [Table], lines: [TextLine]) -> [Int: ClosedRange<Double>] {
        var out: [Int: ClosedRange<Double>] = [:]
        func add(_ a: Int, _ b: Int) {
            guard lines[a].page == lines[b].page, let above = lines[a].box, let below = lines[b].box else { return }
            let top = (above.y0 + above.y1) / 2, bottom = (below.y0 + below.y1) / 2
            guard top.isFinite, bottom.isFinite else { return }
            let band = min(top, bottom)...max(top, bottom)
            out[lines[a].page] = out[lines[a].page].map { min($0.lowerBound, band.lowerBound)...max($0.upperBound, band.upperBound) } ?? band
        }
        for table in tables {
            add(table.lastHeader, table.firstBody)
            for b in table.boundaries { add(b.above, b.below) }
        }
        return out
    }

    /// The page `ruleBetween(a, b, …)` asks for the rules of, or nil when it decides without
    /// (a line without a box, a table without width).
    static func askedPage(_ a: Int, _ b: Int, _ table: Table, lines: [TextLine]) -> Int? {
        guard lines[a].box != nil, lines[b].box != nil, table.x1 - table.x0 > 0 else { return nil }
        return lines[a].page
    }

    /// A rule spanning the table lies between the middles of lines `a` and `b` (same page).
    static func ruleBetween(_ a: Int, _ b: Int, _ table: Table, lines: [TextLine], rules: PageRules) -> Bool {
        guard let above = lines[a].box, let below = lines[b].box else { return false }
        let top = (above.y0 + above.y1) / 2, bottom = (below.y0 + below.y1) / 2
        let width = table.x1 - table.x0
        guard width > 0 else { return false }
        return rules.rules(onPage: lines[a].page, between: top, and: bottom).contains { r in
            let middle = (r.y0 + r.y1) / 2
            let covered = min(r.x1, table.x1) - max(r.x0, table.x0)
            return middle > top && middle < bottom && covered >= spanShare * width
        }
    }
}
