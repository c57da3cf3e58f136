/// One-row-per-line text (`pdftotext -raw`, pypdf) of a spreadsheet-made balance sheet printed
/// with two columns per year (item and group subtotal) whose label column was a text box of its
/// own: first VASTAAVAA's labels under their column heading, then VASTATTAVAA's under theirs,
/// then one line of figures per row with no label ("97 465,87 2 055 532,59 94 472,48 2 011 713,48").
/// Synth louhivirta p. 6 (53 labels over 35 figure lines) and kalliosalo p. 4 (57 labels over 38
/// lines, every figure ending in "€"), in -raw and pypdf. Without this neither side had a row a
/// reader could find by its label.
///
/// The labels and the lines do not pair one to one, and order alone leaves thousands of pairings
/// (`LabelBlockPairing` gives up). But the statutory balance sheet (DOMAIN.md, "The statutory
/// statements") prints its outline, and in this layout a group's total stands in the subtotal
/// column of its last item, so a group heading has no line of its own: a letter group in capitals
/// ("A PYSYVÄT VASTAAVAT"), a Roman-numeral group with items under it ("I Aineettomat hyödykkeet"
/// over "Aineettomat oikeudet" or "1. Aineettomat oikeudet") and the receivables' and debts' term
/// groups ("Pitkäaikaiset saamiset" over its items). Every other label (an item, numbered or not;
/// a Roman group with no items, "IV Rahat ja pankkisaamiset", "I Peruspääoma"; the side's total)
/// has exactly one line. The block is paired by order only when each side opens with a letter
/// group, no heading has cells of its own and the labels with a line are exactly as many as the
/// figure lines; each side's rows (label and figures joined) are read under the side's column
/// heading by the plain-table reader (two columns per year, `TwoColumnsPerYear` and
/// `SubtotalOnlyRows` place a row of two figures), and every cell is flagged `ambiguous-split`:
/// the outline, not the text, put each figure line in its row.
enum OutlineLabelBlock {
    /// Figure lines a block has at least.
    static let minRows = 6

    /// A label of the block: its line, its text (outline marker kept), its own cells, its outline role.
    struct Entry {
        var label: LabelBlockPairing.Label
        var role: Role
    }

    /// A group heading (a letter group, or a Roman-numeral or term group with items under it) has no
    /// figure line; an item or a total has one.
    enum Role: Equatable { case letterGroup, group, item, total }

    /// The tables read from each such block on the pages `pages` (in column blocks): each side's
    /// table with its first line (the side's heading), the line of its first label, its last line
    /// and its issue. `read` reads joined lines (a header line, then the rows) as the plain-table
    /// reader does.
    static func tables(_ lines: [TextLine], pages: Set<Int>, excluded: Set<Int>,
                       read: ([TextLine]) -> [TableDraft]?)
        -> [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] {
        var out: [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] = []
        LabelBlockPairing.figureRuns(lines, pages: pages, excluded: excluded, minRows: minRows, floorAfterRuns: false) { run, floor in
            out += block(lines, figures: run, floor: floor, excluded: excluded, read: read)
        }
        return out
    }

    /// The sides of one block: the labels above the figure lines, cut at each side's heading.
    /// PyMuPDF's text of the same page (one cell a line, the dates one a line, a label-box cell
    /// under its label) is read through `StatementCellLines`: each row takes one or two cells per
    /// year, two only where the group's subtotal foots, and a grouping is kept only when it is the
    /// one whose sides foot (`PairedColumnFooting`: no check fails, at least `minFooting` hold)
    /// and no checker identity fails.
    static func block(_ lines: [TextLine], figures: [Int], floor: Int, excluded: Set<Int>,
                      read: ([TextLine]) -> [TableDraft]?) -> [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] {
        if let sides = sides(lines, above: figures[0], floor: floor, excluded: excluded),
           case let all = sides.map({ roles($0.labels) }), all.joined().filter({ carries($0.role) }).count == figures.count {
            return pair(lines, sides: sides, entries: all, figures: figures, rows: figures.map { lines[$0].words.map(\.text) }, read: read)
        }
        guard let cells = StatementCellLines.cells(lines, figures),
              let sides = sides(lines, above: figures[0], floor: floor, excluded: excluded, cellLines: true),
              let periods = sides.first?.dates.count, sides.allSatisfy({ $0.dates.count == periods }) else { return [] }
        let all = sides.map { roles($0.labels) }
        let carried = all.joined().filter { carries($0.role) }
        var kept: [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] = []
        for grouping in StatementCellLines.groupings(cells, own: carried.map(\.label.own.count), periods: periods) {
            let found = pair(lines, sides: sides, entries: all, figures: figures, rows: grouping.map { [$0.joined(separator: " ")] },
                             read: read, grouped: " (one figure a line, grouped into rows where the group subtotals foot)")
            guard found.count == sides.count else { continue }
            let tables = found.map { $0.draft.finished(id: "outline") }
            let footing = tables.map(PairedColumnFooting.tally)
            guard footing.allSatisfy({ $0.failed == 0 }), footing.map(\.held).reduce(0, +) >= StatementLabelBlock.minFooting,
                  tables.allSatisfy({ LabelBlockPairing.tally($0, loose: [:]).failed == 0 }) else { continue }
            // A second grouping that foots as well: the figures do not single one out.
            guard kept.isEmpty else { return [] }
            kept = found
        }
        return kept
    }

    /// Each side's table from its entries and the figures of the rows that carry some (`rows`, in
    /// order over both sides): label, figures and the label's own cells joined, read under the
    /// side's dates.
    static func pair(_ lines: [TextLine], sides: [Side], entries all: [[Entry]], figures: [Int], rows: [[String]],
                     read: ([TextLine]) -> [TableDraft]?, grouped: String = "") -> [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] {
        // Every side opens with a letter group (the outline's "A"), and no heading has cells of its own.
        guard all.allSatisfy({ $0.first?.role == .letterGroup }),
              !all.joined().contains(where: { !carries($0.role) && !$0.label.own.isEmpty }),
              all.joined().filter({ carries($0.role) }).count == rows.count else { return [] }
        var out: [(draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)] = []
        var next = 0
        let page = lines[figures[0]].page
        for (s, side) in sides.enumerated() {
            var text = [side.dates.joined(separator: " ")]
            for entry in all[s] {
                guard carries(entry.role) else {
                    text.append(entry.label.text)
                    continue
                }
                let figureWords = rows[next]
                next += 1
                text.append(([entry.label.text] + figureWords + entry.label.own).joined(separator: " "))
            }
            var joined = TextFileReader.parse(text.joined(separator: "\n")).lines
            for k in joined.indices { joined[k].page = page }
            guard let found = read(joined), found.count == 1, var draft = found.first,
                  let firstLabel = side.labels.first?.line, let lastLabel = side.labels.last?.line else { return [] }
            draft.page = page
            draft.pages = [page]
            draft.firstLine = side.first
            draft.lastLine = s == sides.count - 1 ? figures[figures.count - 1] : lastLabel
            draft = ColumnBlockPages.flagEveryCell(draft)
            let carried = all[s].filter { carries($0.role) }.count
            let issue = Issue(severity: .warning, code: "ambiguous-split", page: page,
                              message: "a balance sheet's \(side.labels.count) labels under its outline, then its figure lines with no label\(grouped) (the page in column blocks): "
                                  + "the \(carried) labels that are no group heading (letter groups, Roman-numeral groups with items, term groups) paired by order "
                                  + "with \(carried) of the \(figures.count) figure lines, every cell flagged ambiguous-split")
            let last = s == sides.count - 1 ? figures[figures.count - 1] : sides[s + 1].first - 1
            out.append((draft, side.first, firstLabel, last, issue))
        }
        return out
    }

    /// Whether a label of this role has a figure line.
    static func carries(_ role: Role) -> Bool { role == .item || role == .total }

    // MARK: the sides

    /// One side: its first heading line, its column heading line (its dates read as the table's header), its labels.
    struct Side {
        var first: Int
        var dates: [String]
        var labels: [LabelBlockPairing.Label]
    }

    /// The sides above line `start`: walking up over the labels (an outline marker "1." kept) and
    /// the sides' heading lines ("VASTATTAVAA", "VASTATTAVAA 31.12.2019 31.12.2018", "€ €") to
    /// the first line that is neither; one or two sides, each with a column heading of dates or years.
    /// With `cellLines` (PyMuPDF), a line of cells alone ("0,00" / "0,00") is the label's above
    /// it, and dates printed one a line ("31.12.2019" / "31.12.2018") are the side's heading together.
    static func sides(_ lines: [TextLine], above start: Int, floor: Int, excluded: Set<Int>, cellLines: Bool = false) -> [Side]? {
        // Top-down: nil for a heading line, else the label.
        var items: [(line: Int, label: LabelBlockPairing.Label?)] = []
        var pending: [String] = []
        var k = start - 1
        while k >= floor {
            let line = lines[k]
            defer { k -= 1 }
            if line.isEmpty { continue }
            // A numbered item the heading reader took for a section ("4. Muut velat") is a label here.
            guard !excluded.contains(k) || isNumbered(line.words.first?.text ?? ""),
                  line.tabCells == nil, line.markdownLevel == nil else { break }
            let words = line.words.map(\.text)
            if cellLines, !isSideHeading(line), let own = LabelBlockPairing.loneCellLine(words) {
                pending = own + pending
                continue
            }
            if isSideHeading(line) || cellLines && words.count == 1 && isDate(words[0]) {
                guard pending.isEmpty else { return nil }
                items.append((k, nil))
                continue
            }
            guard !LabelBlockPairing.isProse(words), var label = label(words, line: k) else { break }
            label.own += pending
            pending = []
            items.append((k, label))
        }
        guard pending.isEmpty else { return nil }
        items.reverse()
        // Labels above the first heading belong to something else.
        guard let top = items.firstIndex(where: { $0.label == nil }) else { return nil }
        var sides: [Side] = []
        var headings: [Int] = []
        for item in items[top...] {
            if let label = item.label {
                if !headings.isEmpty {
                    let stacked = headings.flatMap { dates(lines[$0]) }
                    if let header = headings.last(where: { dates(lines[$0]).count >= 2 }) {
                        sides.append(Side(first: headings[0], dates: dates(lines[header]), labels: []))
                    } else if cellLines, stacked.count >= 2, headings.allSatisfy({ dates(lines[$0]).count <= 1 }) {
                        sides.append(Side(first: headings[0], dates: stacked, labels: []))
                    } else {
                        return nil
                    }
                    headings = []
                }
                sides[sides.count - 1].labels.append(label)
            } else {
                headings.append(item.line)
            }
        }
        guard headings.isEmpty, (1...2).contains(sides.count) else { return nil }
        return sides
    }

    /// A side's heading line: its column heading ("31.12.2024 31.12.2023", "€ €"), or the side's
    /// name alone or over its dates and units ("Vastattavaa", "VASTATTAVAA (€)").
    static func isSideHeading(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        guard let first = words.first else { return false }
        if LabelBlockPairing.isHeading(words) { return true }
        if sideNames.contains(first.uppercased()) {
            return words.dropFirst().allSatisfy { w in
                !w.contains(where: \.isLetter) || LabelBlockPairing.unitWords.contains(w) || w == "(€)"
            }
        }
        // Dates or years alone ("31.12.2024 31.12.2023").
        return words.count >= 2 && words.allSatisfy(isDate)
    }

    /// A year or a day's date ("2024", "31.12.2024").
    static func isDate(_ w: String) -> Bool {
        if WordTraits.isYear(w) { return true }
        let parts = w.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) } && parts[2].count == 4
    }

    static let sideNames: Set<String> = ["VASTAAVAA", "VASTATTAVAA"]

    /// The dates or years of a heading line, its side's name left out ("31.12.2019", "31.12.2018").
    static func dates(_ line: TextLine) -> [String] {
        line.words.map(\.text).filter(isDate)
    }

    /// An outline number ("1.", "12.").
    static func isNumbered(_ w: String) -> Bool {
        w.count >= 2 && w.hasSuffix(".") && w.dropLast().allSatisfy(\.isASCIIDigit)
    }

    /// A label line, its outline number kept ("1. Aineettomat oikeudet"); see `LabelBlockPairing.label`.
    static func label(_ words: [String], line: Int) -> LabelBlockPairing.Label? {
        if let first = words.first, isNumbered(first), words.count > 1 {
            guard var rest = LabelBlockPairing.label(Array(words.dropFirst()), line: line) else { return nil }
            rest.text = first + " " + rest.text
            return rest
        }
        return LabelBlockPairing.label(words, line: line)
    }

    // MARK: the outline

    /// Each label's role in the outline.
    static func roles(_ labels: [LabelBlockPairing.Label]) -> [Entry] {
        let kinds = labels.map { kind($0.text) }
        var out: [Entry] = []
        for (k, label) in labels.enumerated() {
            // The label below: an item (or, under a Roman numeral, a term group) under this group, or none.
            let below = k + 1 < labels.count ? kinds[k + 1] : nil
            let itemBelow = below == .item || below == .numbered
            let role: Role
            switch kinds[k] {
            case .letter: role = .letterGroup
            case .roman: role = itemBelow || below == .term ? .group : .item
            case .term: role = itemBelow ? .group : .item
            case .total: role = .total
            case .item, .numbered: role = .item
            }
            out.append(Entry(label: label, role: role))
        }
        return out
    }

    enum Kind: Equatable { case letter, roman, term, total, numbered, item }

    static let romans: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// The outline kind of a label: "A PYSYVÄT VASTAAVAT" (a letter and capitals), "II Saamiset"
    /// (a Roman numeral), "Pitkäaikaiset saamiset" / "Lyhytaikainen vieras pääoma" (a term
    /// group), "Vastaavaa yhteensä" (a total), "1. Myyntisaamiset" (numbered), else an item.
    static func kind(_ text: String) -> Kind {
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first else { return .item }
        let upper = text.uppercased()
        if upper.contains("YHTEENSÄ") || sideNames.contains(upper) { return .total }
        if words.count > 1, first.count == 1, let c = first.first, ("A"..."H").contains(c),
           !words.dropFirst().joined().contains(where: \.isLowercase) { return .letter }
        if words.count > 1, romans.contains(first) { return .roman }
        if isNumbered(first) { return .numbered }
        if upper.hasPrefix("PITKÄAIKAI") || upper.hasPrefix("LYHYTAIKAI") { return .term }
        return .item
    }
}
