import Foundation

/// Removes page furniture that would otherwise break tables and paragraphs: page numbers
/// printed alone on a line at the top or bottom of a PDF page ("  5", "127/157"), a report's
/// band ending in its page of pages ("… Sivu 1 / 2", `PageOfPagesBand`), a book's running head
/// with its folio ("2 Esimerkkikunta", `FolioRunningHead`), running
/// headers and footers (the same first or last line on many pages, digits aside: "Tilinpäätös
/// 2024"), "continued" notes at a page's edge (`ContinuedTableNote`), or, in text input, lone page
/// numbers between blank lines.
enum PageDebrisFilter {
    /// A first or last line seen on at least this many pages (and this share of them) is a
    /// running header or footer.
    static let runningMinPages = 3
    static let runningMinShare = 0.3

    /// Largest number taken for a page number.
    static let maxPageNumber = 2000

    static func isPageNumber(_ line: TextLine) -> Bool {
        guard line.words.count == 1, line.tabCells == nil else { return false }
        var t = line.words[0].text
        // "127/157": page of pages.
        if let slash = t.firstIndex(of: "/"), t[t.index(after: slash)...].allSatisfy(\.isASCIIDigit),
           t.index(after: slash) < t.endIndex {
            t = String(t[..<slash])
        }
        guard (1...4).contains(t.count), t.allSatisfy(\.isASCIIDigit), let n = Int(t) else { return false }
        return n >= 1 && n <= maxPageNumber
    }

    /// PDF: page numbers as the first or last line of a page, then running headers/footers, then
    /// running heads whose right end names the page's section (`MarkerRunningHead`).
    static func filterPDF(_ lines: [TextLine]) -> [TextLine] {
        var keep = Array(repeating: true, count: lines.count)
        var edges: [Int] = []
        // The page-edge test first: the three readings (each maps and lower-cases the line's
        // words) only for a page's first and last lines, not for every line (valtion: ~15 M
        // instructions, issue 8); they are pure, so the lines dropped are the same.
        for i in lines.indices {
            let firstOnPage = i == 0 || lines[i - 1].page != lines[i].page
            let lastOnPage = i == lines.count - 1 || lines[i + 1].page != lines[i].page
            guard firstOnPage || lastOnPage else { continue }
            edges.append(i)
            if isPageNumber(lines[i]) || PageOfPagesNumber.matches(lines[i]) || PageOfPagesBand.matches(lines[i]) { keep[i] = false }
        }
        for i in FolioRunningHead.heads(lines, candidates: edges.filter { keep[$0] }) { keep[i] = false }
        let kept = ContinuedTableNote.remove(lines.indices.filter { keep[$0] }.map { lines[$0] })
        return MarkerRunningHead.remove(removeRunning(kept))
    }

    /// Drops lines that open (or close) many pages with the same words, digits aside; again on
    /// what is left, for running heads of two or three lines ("Lapuan kaupunki Pöytäkirja 11/2024
    /// 18 (29)" over "Sivistyslautakunta 21.11.2024").
    static func removeRunning(_ lines: [TextLine]) -> [TextLine] {
        var current = lines
        for _ in 0..<3 {
            let next = removeRunningOnce(current)
            if next.count == current.count { break }
            current = next
        }
        return current
    }

    private static func removeRunningOnce(_ lines: [TextLine]) -> [TextLine] {
        var firstOf: [Int: Int] = [:], lastOf: [Int: Int] = [:]
        // Blank lines (text input) are neither a page's first nor its last line.
        for (i, l) in lines.enumerated() where !l.isEmpty {
            if firstOf[l.page] == nil { firstOf[l.page] = i }
            lastOf[l.page] = i
        }
        let pages = Set(lines.map(\.page)).count
        let needed = max(runningMinPages, Int((Double(pages) * runningMinShare).rounded(.up)))
        var drop = Set<Int>()
        for ends in [firstOf, lastOf] {
            var byKey: [String: [Int]] = [:]
            // A value alone on the line is a table's last (or first) cell, never a running head:
            // PyMuPDF's text of lapua-ta2025-lautakuntien-talousarviot ends pages 1 to 4 with a
            // negative amount ("-1 836 979", "-36 700"), all of shape "-" with the digits taken.
            // A converter's table row opening every page ("||1000 €|", pymupdf4llm's state budget
            // once its pages are known) is the table's header repeated, read by
            // `PipeTableContinuation`, not a running head.
            // A table row at the page's edge is not one either (`FigureRowAtPageEdge`).
            for i in ends.values where !isValueLine(lines[i]) && lines[i].tabCells == nil && !FigureRowAtPageEdge.isRow(lines[i]) {
                byKey[shape(lines[i]), default: []].append(i)
            }
            // Rows of a table printed one group a page share a shape too; their figures differ from
            // page to page (`FiguresDifferAcrossPages`).
            for (key, indexes) in byKey where !key.isEmpty && indexes.count >= needed
                && !FiguresDifferAcrossPages.areTableRows(indexes.map { lines[$0] }) { drop.formUnion(indexes) }
        }
        return lines.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// One number alone on the line ("-36 700", "12,5").
    static func isValueLine(_ line: TextLine) -> Bool {
        line.tabCells == nil && FinnishNumber.parse(trimmedSpaces(line.text)) != nil
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, trimmed by scalar as Foundation trims,
    /// without its character-set machinery: 31 000 instructions a call there, 38 M of Kauhava's
    /// run on one thread (issue 8). Foundation's set, listed by testing every scalar: tab, the
    /// space separators (Unicode Zs) and U+200B ZERO WIDTH SPACE.
    static func trimmedSpaces(_ text: String) -> String {
        func space(_ u: Unicode.Scalar) -> Bool {
            switch u.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
            default: return false
            }
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !space($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !space($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// The line's text with digits removed: "Tilinpäätös 2024", "Sivu 5" → stable keys.
    static func shape(_ line: TextLine) -> String {
        trimmedSpaces(String(line.text.unicodeScalars.filter { !($0.value >= 48 && $0.value <= 57) }.map(Character.init)))
    }

    /// Text: a lone number with a blank line (or the start/end) on at least one side.
    /// Leading spaces that set a text line far in, as `pdftotext -layout` places a page number.
    static let farIndent = 10.0

    /// A lone number that is its own page's number, beside a blank line, between two lines that
    /// each hold a whole table row (figures in several columns): a landscape table turned onto a
    /// portrait page keeps its page number upright, and `pdftotext -layout` turns the page to
    /// the table and prints the number between two of its rows ("Poistot … -2 447,2 -2 963,7 …" /
    /// blank lines / "1" / "Tilikauden tulos 12 055,8 …", hold-out set 2), where it cut the table
    /// in two. A lone value of a one-cell-per-line text (PyMuPDF's "100" before its next label) has
    /// no row of figures on both sides, and is kept.
    static func ownPageNumber(_ lines: [TextLine], _ i: Int) -> Bool {
        let line = lines[i]
        guard line.words.count == 1, line.tabCells == nil, line.words[0].text == String(line.page) else { return false }
        let blankBefore = i == 0 || lines[i - 1].isEmpty
        let blankAfter = i == lines.count - 1 || lines[i + 1].isEmpty
        guard blankBefore || blankAfter,
              let before = lines[..<i].lastIndex(where: { !$0.isEmpty }),
              let after = lines[(i + 1)...].firstIndex(where: { !$0.isEmpty }) else { return false }
        return figureCount(lines[before]) >= minRowFigures && figureCount(lines[after]) >= minRowFigures
    }

    /// Figures a line must hold on each side of `ownPageNumber`'s number to be a table row.
    static let minRowFigures = 3

    /// Words that read as figures: a digit first, after an optional sign.
    static func figureCount(_ line: TextLine) -> Int {
        line.words.filter { w in
            let t = w.text.drop { "-−–+".contains($0) }
            return t.first?.isASCIIDigit ?? false
        }.count
    }

    static func filterText(_ lines: [TextLine]) -> [TextLine] {
        var keep = Array(repeating: true, count: lines.count)
        // "18 (" / ")" / "29": the page's own number in PyMuPDF's spans (`SplitPageOfPagesNumber`).
        var at = 0
        while at < lines.count {
            guard let end = SplitPageOfPagesNumber.end(lines, at: at) else { at += 1; continue }
            for k in at..<end { keep[k] = false }
            at = end
        }
        // A page number is its page's first or last text, or stands between blank lines. A
        // figure under a blank line with its row's next label right after it is a value: PyMuPDF
        // writes the state budget's rows as "09. Kaivosmineraalivero" / " " / "100" / "19. Muut
        // veronluonteiset tulot" (valtion p. 1).
        for i in lines.indices where isPageNumber(lines[i]) || PageOfPagesNumber.matches(lines[i]) {
            let before = lines[..<i].lastIndex { !$0.isEmpty }, after = lines[(i + 1)...].firstIndex { !$0.isEmpty }
            let firstOnPage = before.map { lines[$0].page != lines[i].page } ?? true
            let lastOnPage = after.map { lines[$0].page != lines[i].page } ?? true
            let blankBefore = i == 0 || lines[i - 1].isEmpty
            let blankAfter = i == lines.count - 1 || lines[i + 1].isEmpty
            // Set far in (`-layout`'s centred or right-aligned page number), one blank is enough.
            let setIn = lines[i].indent >= farIndent && (blankBefore || blankAfter)
            // "n (N)" at the margin between blanks is one line of a running head block (`pdftotext`
            // default of Lapua's minutes), left for `removeRunning` with the rest of its block.
            let alone = blankBefore && blankAfter && isPageNumber(lines[i])
            if firstOnPage || lastOnPage || alone || setIn || ownPageNumber(lines, i) { keep[i] = false }
        }
        // A report's footer or header band ending in "Sivu n / N", as a page's first or last text.
        for i in lines.indices where keep[i] && PageOfPagesBand.matches(lines[i]) {
            let before = lines[..<i].lastIndex { !$0.isEmpty }, after = lines[(i + 1)...].firstIndex { !$0.isEmpty }
            if before.map({ lines[$0].page != lines[i].page }) ?? true || after.map({ lines[$0].page != lines[i].page }) ?? true {
                keep[i] = false
            }
        }
        // A book's running head with its folio, as a page's first or last text (`FolioRunningHead`).
        var firstOf: [Int: Int] = [:], lastOf: [Int: Int] = [:]
        for i in lines.indices where keep[i] && !lines[i].isEmpty {
            if firstOf[lines[i].page] == nil { firstOf[lines[i].page] = i }
            lastOf[lines[i].page] = i
        }
        for i in FolioRunningHead.heads(lines, candidates: Array(Set(firstOf.values).union(lastOf.values)).sorted()) { keep[i] = false }
        let kept = ContinuedTableNote.remove(lines.indices.filter { keep[$0] }.map { lines[$0] })
        // Running heads and feet exist in text too, once its pages are marked.
        return Set(kept.map(\.page)).count >= runningMinPages ? removeRunning(kept) : kept
    }
}
