import Foundation

/// One-row-per-line text (`pdftotext -raw`, pypdf) of a spreadsheet-made income or cash-flow
/// statement whose label column was a text box of its own: the statement's labels under its
/// column heading ("2019 2018", "1.1.-31.12.2024 1.1.-31.12.2023"), then the statement's comment,
/// then one line of figures per row with no label ("20 364 415,83 78 297 379,96 19 740 573,21
/// 75 323 266,03"). Synth louhivirta p. 1 (33 labels over 26 figure lines, two columns per year,
/// decimals) and p. 4 (the cash flow: 21 labels over 17 lines, one column per year), katajalampi
/// p. 1 (28 labels over 22 lines of whole numbers, the minus set apart), in -raw and pypdf.
/// Without this the statement had no row a reader could find by its label, and
/// `LabelBlockPairing` gives up: order alone leaves thousands of pairings.
///
/// The statement prints its statutory outline (`StatementOutline`), and a group heading with its
/// items under it ("Toimintatuotot" over "Myyntituotot", "Investointien rahavirta" over
/// "Investointimenot") has no line of its own: its total stands in the subtotal column of its last
/// item, or on a total line of its own further down. A group name with no item of its own under
/// it ("Henkilöstökulut" over "Palvelujen ostot") is an item, and every item and result line has
/// one line. The block is paired by order only when it opens with the outline's first label,
/// holds its key line, no heading has cells of its own and the labels with a line are exactly as
/// many as the figure lines. Key figures after a heading in capitals ("TULOSLASKELMAN
/// TUNNUSLUVUT" / "Toimintatuotot/Toimintakulut, % 28,2 % 28,2 %") keep the cells printed beside
/// them and take no figure line. A cell printed in the label box beside a label with a figure
/// line ("Valmistus omaan käyttöön 0,00" over "2 774 544,96") may stand before or after its
/// figures (louhivirta p. 4 has both), so both are read.
///
/// The joined rows are read by the plain-table reader under the column heading
/// (`TwoColumnsPerYear`, `SubtotalOnlyRows`), and a reading is kept only when the arithmetic
/// agrees: none of the checker's identities fails (`LabelBlockPairing.tally`), and with two columns
/// per year every group and result line foots (`PairedColumnFooting`, at least `minFooting`
/// checks), with one at least `LabelBlockPairing.minHeld` identities hold; of the readings of the
/// label-box cells that pass, the single best is kept; readings as good as it that differ only in
/// such a row leave that row's figures out (no identity runs through louhivirta p. 4's "0,00"
/// rows), any other tie leaves the page as before. Every
/// cell is flagged `ambiguous-split`: the outline, not the text, put each figure line in its row.
enum StatementLabelBlock {
    /// Figure lines a block has at least.
    static let minRows = 6
    /// Footing checks (`PairedColumnFooting`) that must hold: two per period of two years.
    static let minFooting = 4
    /// Rows with label-box cells beside figures whose two orders are all tried (2^n readings).
    static let maxOrdered = 4

    typealias Found = (draft: TableDraft, first: Int, body: Int, last: Int, issue: Issue)

    /// The tables read from each such block on the pages `pages` (in column blocks): the table,
    /// its first line (the column heading), the line of its first label, its last line and its
    /// issue. `read` reads joined lines (a header line, then the rows) as the plain-table reader does.
    static func tables(_ lines: [TextLine], pages: Set<Int>, excluded: Set<Int>,
                       read: ([TextLine]) -> [TableDraft]?) -> [Found] {
        var out: [Found] = []
        // A lone figure line (the column heading's years "2019 2018") is no run and keeps the floor.
        LabelBlockPairing.figureRuns(lines, pages: pages, excluded: excluded, minRows: minRows, floorAfterRuns: true) { run, floor in
            if let found = block(lines, figures: run, floor: floor, excluded: excluded, read: read) { out.append(found) }
        }
        return out
    }

    /// The table of one block, or nil when its outline, its counts or its arithmetic disagree.
    static func block(_ lines: [TextLine], figures: [Int], floor: Int, excluded: Set<Int>,
                      read: ([TextLine]) -> [TableDraft]?) -> Found? {
        if let labels = LabelBlockPairing.labels(lines, above: figures[0], floor: floor, excluded: excluded),
           let header = headerLine(lines, above: labels[0].line, floor: floor),
           let found = block(lines, labels: labels, header: (header, lines[header].text.trimmingCharacters(in: .whitespaces)),
                             figures: figures, floor: floor, read: read, rows: { statement, carrying, periods in
                                 let words = figures.map { lines[$0].words.map(\.text) }
                                 if carrying.count == figures.count { return ([words], false) }
                                 // Empty items that print no figure line (ItemsWithoutFigureLine).
                                 return (ItemsWithoutFigureLine.readings(statement, figures: words, periods: periods) ?? [], true)
                             }) {
            return found
        }
        // PyMuPDF: the same statement one cell a line, its rows' figures grouped by the footings.
        guard let cells = StatementCellLines.cells(lines, figures),
              let labels = GroupedFiguresAfterLabels.cellLineLabels(lines, above: figures[0], floor: floor, excluded: excluded,
                                                                    cells: LabelBlockPairing.loneCellLine, ownOnLabelLine: true),
              let header = StatementCellLines.header(lines, above: labels[0].line, floor: floor) else { return nil }
        return block(lines, labels: labels, header: header, figures: figures, floor: floor, read: read, rows: { _, carrying, periods in
            (StatementCellLines.groupings(cells, own: carrying.map(\.own.count), periods: periods).map { $0.map { [$0.joined(separator: " ")] } }, false)
        }, grouped: " (one figure a line, grouped into rows where the group subtotals foot)")
    }

    /// The table of a block of `labels` under the column heading `header` (its first line and
    /// text) over the figure lines `figures`: `rows` gives, for the labels that take figures and
    /// the periods, each way to read their figures (one list of cell texts per such label), and
    /// whether those lists already hold the label-box cells in place (`ItemsWithoutFigureLine`).
    static func block(_ lines: [TextLine], labels: [LabelBlockPairing.Label], header: (line: Int, text: String),
                      figures: [Int], floor: Int, read: ([TextLine]) -> [TableDraft]?,
                      rows: (ItemsWithoutFigureLine.Statement, [LabelBlockPairing.Label], Int) -> (readings: [[[String]]], placed: Bool),
                      grouped: String = "") -> Found? {
        guard let headerRead = TextFileReader.parse(header.text).lines.first,
              let periods = PlainHeader(headerRead)?.columns.count else { return nil }
        // Key figures after a heading in capitals print their own cells and take no figure line.
        let capitals = labels.indices.dropFirst().first { isCapitalsHeading(labels[$0]) }
        let statement = Array(labels[..<(capitals ?? labels.count)])
        let keyFigures = capitals.map { Array(labels[($0 + 1)...]) } ?? []
        let keys = statement.map { StatementVocabulary.key($0.text) }
        guard let outline = StatementOutline.all.first(where: { keys.first == $0.opens && keys.contains($0.holds) }),
              keyFigures.allSatisfy({ !$0.own.isEmpty }) else { return nil }
        let carries = keys.indices.map { k in !outline.isGroupHeading(keys, at: k) }
        guard !statement.indices.contains(where: { !carries[$0] && !statement[$0].own.isEmpty }) else { return nil }
        let outlined = ItemsWithoutFigureLine.Statement(labels: statement, keys: keys, carries: carries, outline: outline)
        let (readings, placed) = rows(outlined, statement.indices.filter { carries[$0] }.map { statement[$0] }, periods)
        // The rows whose label-box cells may stand on either side of their figures.
        let ordered = placed ? [] : statement.indices.filter { carries[$0] && !statement[$0].own.isEmpty }
        guard !readings.isEmpty, ordered.count <= maxOrdered else { return nil }
        // Rows a tie may leave without figures: those whose label-box cells were read on either
        // side of their figures, or, with empty items, every item that may print no line.
        let loose = placed ? statement.indices.filter { ItemsWithoutFigureLine.mayBeEmpty(outlined, $0, periods: periods) || carries[$0] && !statement[$0].own.isEmpty }
                           : ordered
        let page = lines[figures[0]].page
        var best: (draft: TableDraft, cells: [[String?]], score: Int, footing: PairedColumnFooting.Tally, tally: ReadingByIdentities.Tally)?
        // The cells of readings as good as the best that read other cells.
        var tied: [[[String?]]] = []
        // Each reading of the figures (one, or the groupings of one cell a line), each order of the label-box cells.
        let choices = readings.flatMap { figureRows in (0..<(1 << ordered.count)).map { (figureRows, $0) } }
        for (figureRows, choice) in choices {
            let ownFirst = Set(ordered.enumerated().filter { choice & (1 << $0.offset) == 0 }.map(\.element))
            var text = [header.text]
            var next = 0
            for (k, label) in statement.enumerated() {
                guard carries[k] else {
                    text.append(label.text)
                    continue
                }
                let figureWords = figureRows[next]
                next += 1
                let cells = placed ? figureWords
                    : ownFirst.contains(k) || label.own.isEmpty ? label.own + figureWords : figureWords + label.own
                text.append(([label.text] + cells).joined(separator: " "))
            }
            for label in keyFigures { text.append(([label.text] + label.own).joined(separator: " ")) }
            var joined = TextFileReader.parse(text.joined(separator: "\n")).lines
            for k in joined.indices { joined[k].page = page }
            guard let found = read(joined), found.count == 1, let draft = found.first,
                  draft.rows.count >= figureRows.filter({ !$0.isEmpty }).count else { continue }
            // The arithmetic must agree: no identity fails and enough hold.
            let table = draft.finished(id: "outline")
            let tally = LabelBlockPairing.tally(table, loose: [:])
            let paired = table.columns.count == 2 * periods
            let footing = paired ? PairedColumnFooting.tally(table) : PairedColumnFooting.Tally()
            guard tally.failed == 0, footing.failed == 0,
                  paired ? footing.held >= minFooting : tally.held >= LabelBlockPairing.minHeld else { continue }
            let score = footing.held + tally.held
            // Two orders that read the same cells (a "0,00" beside a "0,00") are one reading; the
            // same cells under another label (an empty item's) are not.
            let cells = draft.rows.map { [$0.label] + $0.cells.map { $0?.text } }
            if let b = best, b.score >= score {
                if b.score == score, b.cells != cells { tied.append(cells) }
                continue
            }
            best = (draft, cells, score, footing, tally)
            tied = []
        }
        guard let chosen = best, let open = openRows(chosen.cells, tied: tied, labels: loose.map { statement[$0].text },
                                                     rows: chosen.draft.rows.map(\.label)) else { return nil }
        var draft = chosen.draft
        // A row whose label-box cell the arithmetic does not place keeps its label, not its cells.
        for r in open { draft.rows[r].cells = Array(repeating: nil, count: draft.rows[r].cells.count) }
        draft.page = page
        draft.pages = [page]
        draft.caption = caption(lines, above: header.line, floor: floor, name: outline.name)
        draft.firstLine = header.line
        draft.lastLine = figures[figures.count - 1]
        draft = ColumnBlockPages.flagEveryCell(draft)
        let names = chosen.tally.rules.isEmpty ? "" : " (" + Array(Set(chosen.tally.rules)).sorted().joined(separator: "; ") + ")"
        let footed = chosen.footing.held > 0 ? "\(chosen.footing.held) group subtotals and result lines foot and " : ""
        let left = open.isEmpty ? "" : "; the figures of \(open.map { draft.rows[$0].label }.joined(separator: ", ")) are left out: "
            + (placed ? "readings that give other empty items no figure line foot as well"
                      : "a cell printed beside the label may stand before or after them and no identity tells which")
        let empty = placed ? "; \(carries.filter { $0 }.count - figures.count) items print no figure line, chosen where the footings agree (ItemsWithoutFigureLine)" : ""
        let issue = Issue(severity: .warning, code: "ambiguous-split", page: page,
                          message: "a statement's \(labels.count) labels under its outline, then its \(figures.count) figure lines with no label\(grouped) (the page in column blocks): "
                              + "the \(carries.filter { $0 }.count) labels that are no group heading with items under it paired by order; under that pairing "
                              + footed + "\(chosen.tally.held) identities hold\(names), none fails; every cell flagged ambiguous-split" + empty + left)
        return (draft, header.line, labels[0].line, figures[figures.count - 1], issue)
    }

    /// The rows (indexes into the best reading's rows) whose cells readings as good as the best
    /// read otherwise, when each is a row whose label-box cells were read on either side of its
    /// figures (`labels`); nil when another row differs, or the readings do not line up.
    static func openRows(_ best: [[String?]], tied: [[[String?]]], labels: [String], rows: [String]) -> [Int]? {
        var open = Set<Int>()
        for other in tied {
            guard other.count == best.count else { return nil }
            for r in best.indices where other[r] != best[r] {
                guard labels.contains(rows[r]) else { return nil }
                open.insert(r)
            }
        }
        return open.sorted()
    }

    /// A heading in capitals with no cells ("TULOSLASKELMAN TUNNUSLUVUT").
    static func isCapitalsHeading(_ label: LabelBlockPairing.Label) -> Bool {
        label.own.isEmpty && label.text.filter(\.isLetter).count >= 4 && !label.text.contains(where: \.isLowercase)
    }

    /// The column heading above the first label: the nearest line a plain header reads, over
    /// heading lines only ("2020 2019" over "€ €").
    static func headerLine(_ lines: [TextLine], above start: Int, floor: Int) -> Int? {
        var k = start - 1
        while k >= floor, k >= start - 4 {
            defer { k -= 1 }
            if lines[k].isEmpty { continue }
            if PlainHeader(lines[k]) != nil { return k }
            guard LabelBlockPairing.isHeading(lines[k].words.map(\.text)) else { return nil }
        }
        return nil
    }

    /// The statement's name right above its column heading ("TULOSLASKELMA (ULKOINEN)"), as the caption.
    static func caption(_ lines: [TextLine], above header: Int, floor: Int, name: String) -> String? {
        var k = header - 1
        while k >= floor, lines[k].isEmpty { k -= 1 }
        guard k >= floor else { return nil }
        let text = lines[k].text.trimmingCharacters(in: .whitespaces)
        return StatementVocabulary.key(text).hasPrefix(name) ? text : nil
    }
}
