/// The segmenting stage: lines → title, blocks, section tree and tables. The order of the
/// steps is the pipeline's order: drop page debris, find tables (geometric for PDF, token
/// based for text), join continued tables, then headings, paragraphs and lists from what is left,
/// and nest it all into sections.
public struct Segmenter: Sendable {
    var headings = HeadingDetector()
    var geometricTables = GeometricTableBuilder()
    var textTables = TextTableBuilder()
    var gridTables = GridTableBuilder()
    var textGrids = TextGridBuilder()
    var headingWrap = HeadingWrap()
    var headingInTable = HeadingInTable()

    public var settings: TableSettings
    /// Threads for the per-line steps (heading and table-role reading of each line, which
    /// depend on that line alone): the output is the same for any count.
    public var threads = 1

    public init(settings: TableSettings = .default) {
        self.settings = settings
        geometricTables.settings = settings
        headingInTable.settings = settings
    }

    public struct Output: Sendable {
        public var title: String?
        public var blocks: [Block]
        public var sections: [Section]
        public var issues: [Issue]
    }

    /// `rules`: the PDF's drawn rules, rendered only for the pages a grid table row needs.
    /// `pageLines` is consumed: the unfiltered lines are released once the filtered ones exist,
    /// not held beside them through segmenting (issue 8: one copy of a long PDF's lines fewer).
    public func segmentPDF(_ pageLines: consuming [TextLine], rules: PageRules? = nil) -> Output {
        var lines = OffsetLabelRow.join(TypedRuleLine.removed(PageDebrisFilter.filterPDF(pageLines)))
        _ = consume pageLines
        let bodySize = Segmenter.bodyFontSize(lines)
        return segmentGeometric(&lines, bodySize: bodySize, rules: rules, pagesShareColumns: true)
    }

    /// Text that keeps print columns (`LaidOutText`): the PDF's table stage on character
    /// geometry; headings as in text (no font sizes or bold to go by).
    public func segmentLaidOutText(_ pageLines: [TextLine]) -> Output {
        var laidOut = self
        laidOut.geometricTables.settings = LaidOutText.tableSettings(settings)
        var lines = PageDebrisFilter.filterPDF(pageLines)
        return laidOut.segmentGeometric(&lines, bodySize: 0, rules: nil, pagesShareColumns: false)
    }

    /// `lines` is emptied by `assemble` (see there).
    private func segmentGeometric(_ lines: inout [TextLine], bodySize: Double, rules: PageRules?, pagesShareColumns: Bool) -> Output {
        let headings = self.headings, settings = self.settings
        var detected = ParallelMap.map(lines, threads: threads) { headings.detect($0, bodySize: bodySize) }
        let roles = ParallelMap.map(lines, threads: threads) { TableLineRole.classify($0, settings: settings) }
        headingInTable.demote(&detected, lines: lines, roles: roles)
        let wrap = headingWrap.resolve(lines, kinds: detected, bodySize: bodySize, detector: headings)
        detected = []  // `wrap.kinds` is its resolved copy: one per line is enough to hold
        let kinds = wrap.kinds
        let numbered = wrap.continuations.union(lines.indices.filter {
            if case .numbered = kinds[$0] { return true }
            return false
        })
        var drafts = geometricTables.tables(in: lines, roles: roles, excluded: numbered, threads: threads)
        var first: [Int: Int] = [:], last: [Int: Int] = [:]
        for (i, l) in lines.enumerated() {
            if first[l.page] == nil { first[l.page] = i }
            last[l.page] = i
        }
        // Continuation titles on page tops are read again as no table line (not the continuation's header or caption).
        let titles = ContinuationTitle.lines(lines, roles: roles, drafts: drafts, first: first)
        if !titles.isEmpty {
            drafts = geometricTables.tables(in: lines, roles: roles, excluded: numbered.union(titles), threads: threads)
        }
        // A group printed once in a column left of its rows (an ERP account report) names the rows
        // under it; PDF only (`GroupColumnPrintedOnce`: laid-out text splits the report otherwise).
        if pagesShareColumns { drafts = drafts.map(GroupColumnPrintedOnce.apply) }
        drafts = TableMerger.merge(drafts, firstContentLine: first, lastContentLine: last, pagesShareColumns: pagesShareColumns,
                                   titles: titles)
        // A wide table printed in two parts by columns, the second under a "(jatkuu)" title, is one table.
        drafts = ColumnSplitContinuation.merge(drafts, lines: lines)
        // Text grids stop at any heading, caps titles included ("VASTUULLINEN JOHTAMINEN").
        var taken = wrap.continuations.union(lines.indices.filter { kinds[$0] != nil })
        for d in drafts { taken.formUnion(d.firstLine...d.lastLine) }
        drafts = (drafts + gridTables.tables(in: lines, excluded: taken, rules: rules)).sorted { $0.firstLine < $1.firstLine }
        return assemble(&lines, drafts: &drafts, headingKinds: kinds, continuations: wrap.continuations, issues: [])
    }

    public func segmentText(_ rawLines: [TextLine]) -> Output {
        var lines = PageDebrisFilter.filterText(rawLines)
        let wrap = headingWrap.resolve(lines, kinds: lines.map { headings.detect($0, bodySize: 0) }, bodySize: 0,
                                       detector: headings)
        // A numbered line over two figures alone on their lines is a row label (`NumberedRowLabel`).
        let (rowLabels, continuations) = NumberedRowLabel.demote(wrap.kinds, continuations: wrap.continuations, lines: lines,
                                                                 cells: textTables.cellPerLine)
        // A numbered item whose label wraps onto its figure line is a row (`NumberedItemWrappedOntoRow`).
        let (itemLabels, itemContinuations) = NumberedItemWrappedOntoRow.demote(rowLabels, continuations: continuations, lines: lines)
        // A numbered line with no figures inside a run of numbered items is an empty item (`NumberedEmptyItem`).
        let kinds = NumberedEmptyItem.demote(itemLabels, continuations: itemContinuations, lines: lines)
        let numbered = itemContinuations.union(lines.indices.filter {
            if case .numbered = kinds[$0] { return true }
            return lines[$0].markdownLevel != nil
        })
        var (drafts, issues) = textTables.tables(in: lines, excluded: numbered)
        drafts = ColumnSplitContinuation.merge(drafts, lines: lines)
        // Text grids stop at any heading, caps titles included, and never overlap a number table.
        var taken = itemContinuations.union(lines.indices.filter { kinds[$0] != nil })
        for d in drafts { taken.formUnion(d.firstLine...d.lastLine) }
        var grids = textGrids.tables(in: lines, excluded: taken, numberTables: drafts.map { $0.firstLine...$0.lastLine })
        UnspacedTextRows.flag(&grids, except: [], lines: lines)
        issues += grids.flatMap(\.notes)
        drafts = (drafts + grids).sorted { $0.firstLine < $1.firstLine }
        return assemble(&lines, drafts: &drafts, headingKinds: kinds, continuations: itemContinuations, issues: issues)
    }

    /// The most common font size, weighted by characters: the size of body text.
    static func bodyFontSize(_ lines: [TextLine]) -> Double {
        var votes: [Double: Int] = [:]
        for l in lines { votes[l.fontSize, default: 0] += l.characterCount }
        return votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
    }

    /// `lines` and `drafts` are emptied once every table and paragraph is made, before the
    /// section tree is built beside the flat list (issue 8: the heap peak of a long PDF was the
    /// tree built while every line's words were still held).
    private func assemble(_ lines: inout [TextLine], drafts: inout [TableDraft], headingKinds: [HeadingDetector.Kind?],
                          continuations: Set<Int>, issues: [Issue]) -> Output {
        // Two tables printed side by side start on the same line.
        var tableAt: [Int: [TableDraft]] = [:]
        for d in drafts { tableAt[d.firstLine, default: []].append(d) }
        var elements: [SectionTreeBuilder.Element] = []
        var prose = ProseBuilder()
        var tablesOnPage: [Int: Int] = [:]

        func flushProse() {
            for block in prose.flush() {
                if case .list(let more) = block, case .block(.list(var list))? = elements.last {
                    list.items += more.items
                    elements[elements.count - 1] = .block(.list(list))
                } else {
                    elements.append(.block(block))
                }
            }
        }
        var pendingHeadings: [(Int, HeadingDetector.Kind)] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if let starting = tableAt[i] {
                flushProse()
                let end = starting.map(\.lastLine).max() ?? i
                // A table the text printed inside another (`InterruptedTable`) comes after it.
                let nested = drafts.filter { $0.firstLine > i && $0.firstLine <= end }
                for draft in starting + nested {
                    tablesOnPage[draft.page, default: 0] += 1
                    elements.append(.block(.table(draft.finished(id: "p\(draft.page)-t\(tablesOnPage[draft.page]!)"))))
                }
                i = end + 1
                continue
            }
            if continuations.contains(i) {
                i += 1  // already part of the heading above
                continue
            }
            if line.isEmpty {
                flushProse()
                i += 1
                continue
            }
            if let kind = headingKinds[i] {
                flushProse()
                pendingHeadings.append((elements.count, kind))
                elements.append(.heading(Heading(number: nil, text: "", level: 0, page: line.page)))
                i += 1
                continue
            }
            let bulletStartsItem = WordTraits.bulletPrefix(line) && !prose.isEmpty
            if prose.breaks(before: line) || (bulletStartsItem && line.box != nil) { flushProse() }
            prose.add(line)
            i += 1
        }
        flushProse()
        lines = []
        drafts = []
        tableAt = [:]
        let title = resolveHeadings(&elements, pending: pendingHeadings)
        let tree = SectionTreeBuilder.build(elements)
        return Output(title: title, blocks: tree.blocks, sections: tree.sections, issues: issues)
    }

    /// Gives every heading its level and picks the document title: numbered headings take the
    /// depth of their number; an unnumbered one opens a new top-level part when numbering
    /// restarts at 1 right after it, else it sits one level below the last numbered heading. The
    /// first heading, when unnumbered and before any table, is the title.
    private func resolveHeadings(_ elements: inout [SectionTreeBuilder.Element],
                                 pending: [(Int, HeadingDetector.Kind)]) -> String? {
        var title: String?
        var lastDepth = 0
        var removed = Set<Int>()
        for (n, (index, kind)) in pending.enumerated() {
            guard case .heading(var h) = elements[index] else { continue }
            switch kind {
            case .numbered(let number, let text):
                h.number = number
                h.text = text
                h.level = number.split(separator: ".").count
                lastDepth = h.level
            case .unnumbered(let text):
                h.text = text
                let tableBefore = elements[..<index].contains { if case .block(.table) = $0 { return true } else { return false } }
                if n == 0, !tableBefore {
                    title = text
                    removed.insert(index)
                    continue
                }
                var restarts = false
                if n + 1 < pending.count, case .numbered(let next, _) = pending[n + 1].1 { restarts = next == "1" }
                h.level = restarts || lastDepth == 0 ? 1 : lastDepth + 1
            }
            elements[index] = .heading(h)
        }
        // Removed in place (only the title goes): a filtered copy of every element, offsets and
        // all, was the heap peak of a long PDF (massif, Kauhava: issue 8).
        for index in removed.sorted(by: >) { elements.remove(at: index) }
        return title
    }
}
