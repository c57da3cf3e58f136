/// Splits the text of a chart printed beside a table off the table's lines: the table is read
/// first, then the chart's labels and caption after its last row.
///
/// Annual reports and budget books set a small chart beside the statement it illustrates
/// ("Kuvio 1. Taseen loppusumma, milj. €" beside the tase, a lainakanta chart beside
/// VASTATTAVAA): a flex row or a float in HTML/CSS producers (WeasyPrint, Chromium), a placed
/// frame in DTP, a chart object beside a table in Word. A chart's text is text in the PDF: the
/// figure above each bar (`15,7`), the axis years (`2021 2022 … 2025`) and the caption. A line of
/// the PDF is every word on one baseline, so a bar's figure level with a table row was read as
/// one more cell of that row (`167 647,01 15,7`, hold11-05), and the axis years between two rows
/// as a new period header, which cut the table before its total row (`VASTAAVAA YHTEENSÄ`
/// lost). Unlike prose (`ProseBesideTableSplitter`) a chart's labels share no left edge, so the
/// caption gives the chart's edge: its first word `Kuvio`/`Kuva`/`Kaavio`/`Kuvaaja`/`Figur`
/// and a number (`1.`, `2.3`).
///
/// Evidence, on the run of lines around the caption that no word crosses at the caption's left
/// edge (less half an em): the lines from the first chart line to the caption (a caption under
/// the chart) or from the caption to the last chart line (a caption over it) hold on the right
/// only short labels (cells of at most three words, no table row, no prose), and on the left at
/// least three table rows. Those lines are split: the left halves stay in place, the caption
/// follows the table's rows that stand level with the chart and right under it (when it stands
/// below the last of them; level with it, it would be read into that row), and the chart's
/// labels are left out and counted (the page gets an `info` issue, `figure-labels`, as turned
/// text does in `VerticalTextRuns`): kept as lines, a chart's bar figures were read as a table
/// of their own and its axis years as period columns of the next table (hold11-05).
public struct FigureBesideTableSplitter: Sendable {
    /// Runs of words further apart than this (em) are separate cells.
    public var cellGapEm = 1.0
    /// Table rows needed on the left of the chart.
    public var minTableRows = 3
    /// Words a chart label (one cell) may hold.
    public var maxLabelWords = 3
    /// The gutter stands this many em left of the caption's first word.
    public var gutterSlackEm = 0.5

    /// The first word of a figure caption (Finnish, and Swedish for bilingual municipalities).
    static let captionWords: Set<String> = ["Kuvio", "Kuva", "Kaavio", "Kuvaaja", "Figur"]

    public init() {}

    /// `lines` are one page's lines, top to bottom; the page without its charts' labels and how
    /// many words were left out. Pages without a figure caption come back as they are.
    public func split(_ lines: [TextLine]) -> (lines: [TextLine], leftOut: Int) {
        var out: [TextLine] = []
        var leftOut = 0
        var done = 0
        var c = 0
        while c < lines.count {
            guard let gutter = captionGutter(lines[c]),
                  let zone = zone(lines, caption: c, gutter: gutter, from: done) else { c += 1; continue }
            out += lines[done..<zone.lowerBound]
            let halves = lines[zone].map { $0.halves(at: gutter) }
            let left = halves.compactMap(\.left)
            out += left
            // The caption follows the table when it stands below its rows; level with the last
            // row it would be read into that row's band, so it is left out with the labels.
            let caption = halves[c - zone.lowerBound].right
            let below = caption.map { cap in left.last?.box.map { last in (cap.box?.y0 ?? 0) >= last.y1 - 0.5 } ?? true } ?? false
            if below, let caption { out.append(caption) }
            leftOut += zone.filter { $0 != c || !below }.reduce(0) { $0 + (halves[$1 - zone.lowerBound].right?.words.count ?? 0) }
            done = zone.upperBound
            c = max(c + 1, done)
        }
        return done == 0 ? (lines, 0) : (out + lines[done...], leftOut)
    }

    /// The `info` issue for a page whose chart labels were left out.
    static func issue(page: Int, count: Int) -> Issue {
        Issue(severity: .info, code: "figure-labels", page: page,
              message: "page \(page): \(count) words of a chart beside a table (bar figures, axis labels) were left out, not read as text or numbers (its caption too where it stood level with a table row)")
    }

    /// Just left of a caption that opens the line's right part: `Kuvio 1.` after a wide gap (or
    /// at the line's start, when the table side of that line is empty).
    func captionGutter(_ line: TextLine) -> Double? {
        // Most lines hold no caption word: they are not cut into cells (and a word is hashed only
        // when it opens with a caption word's letter: this runs on every word of most pages).
        guard line.words.contains(where: { ($0.text.first == "K" || $0.text.first == "F") && Self.captionWords.contains($0.text) })
        else { return nil }
        let cells = line.chunks(gapEm: cellGapEm)
        guard let k = cells.firstIndex(where: Self.isCaption), let box = cells[k].first?.box else { return nil }
        let em = max(cells[k].first?.fontSize ?? 0, 1)
        return box.x0 - gutterSlackEm * em
    }

    static func isCaption(_ cell: [Word]) -> Bool {
        guard cell.count >= 2, captionWords.contains(cell[0].text) else { return false }
        // "1.", "2", "3.2.", "4:"
        var number = Substring(cell[1].text)
        while let last = number.last, last == "." || last == ":" { number = number.dropLast() }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.count <= 3
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// The lines to split for the caption on line `caption`, within the uncrossed run around it
    /// (not above `from`); nil when the evidence is missing.
    func zone(_ lines: [TextLine], caption: Int, gutter: Double, from: Int) -> Range<Int>? {
        func crosses(_ i: Int) -> Bool {
            lines[i].words.contains { w in w.box.map { $0.x0 < gutter && $0.x1 > gutter } ?? false }
        }
        guard !crosses(caption) else { return nil }
        var lo = caption, hi = caption
        while lo > from, !crosses(lo - 1) { lo -= 1 }
        while hi < lines.count - 1, !crosses(hi + 1) { hi += 1 }
        let halves = lines[lo...hi].map { $0.halves(at: gutter) }
        func right(_ i: Int) -> TextLine? { halves[i - lo].right }
        func left(_ i: Int) -> TextLine? { halves[i - lo].left }
        func isLabelLine(_ i: Int) -> Bool {
            guard let r = right(i) else { return true }
            return i == caption || (!isTableRow(r) && r.chunks(gapEm: cellGapEm).allSatisfy { $0.count <= maxLabelWords })
        }
        // The chart's lines: above a caption under the chart, else below a caption over it,
        // each a run of lines whose right side is labels or empty, up to another caption.
        var start = caption, end = caption
        var i = caption - 1
        while i >= lo, isLabelLine(i), !(right(i).map { captionGutter($0) != nil } ?? false) {
            if right(i) != nil { start = i }
            i -= 1
        }
        if start == caption {
            i = caption + 1
            while i <= hi, isLabelLine(i), !(right(i).map { captionGutter($0) != nil } ?? false) {
                if right(i) != nil { end = i }
                i += 1
            }
        }
        guard start < end else { return nil }
        // The table's rows level with the chart and right under it stay before the chart's text.
        // (A row whose two figures stand a bare em apart reads as one cell here: one will do.)
        while end < hi, right(end + 1) == nil, left(end + 1).map({ figureCells($0) >= 1 }) ?? false { end += 1 }
        let rows = (start...end).filter { left($0).map(isTableRow) ?? false }.count
        return rows >= minTableRows ? start..<(end + 1) : nil
    }

    /// A first cell with a word that is no number, then at least two cells of numbers.
    func isTableRow(_ line: TextLine) -> Bool { figureCells(line) >= 2 }

    /// The cells of numbers (or placeholders) after a first cell with a word that is no number.
    func figureCells(_ line: TextLine) -> Int {
        let cells = line.chunks(gapEm: cellGapEm)
        guard cells.count >= 2, cells[0].contains(where: { FinnishNumber.parse($0.text) == nil }) else { return 0 }
        return cells.dropFirst().filter { $0.allSatisfy { FinnishNumber.parse($0.text) != nil || FinnishNumber.isPlaceholder($0.text) } }.count
    }
}
