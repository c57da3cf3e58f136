/// Headings printed over more than one line ("2. Kaupunkistrategian … johdetut" / "toiminnalliset
/// tavoitteet (…)" / "… ja mittarit)"): finds the lines that continue a heading so the heading gets
/// its whole title and the pieces do not turn into a paragraph. It also tells a numbered heading
/// from a wrapped numbered paragraph, which looks the same on its first line.
struct HeadingWrap {
    /// At most this many lines continue one heading.
    var maxContinuationLines = 3
    /// A continuation line starts at most this far (in ems) below the line above it.
    var maxLeadingEm = 0.8

    struct Result {
        /// The detector's kinds with wrapped titles completed, and wrapped paragraphs removed.
        var kinds: [HeadingDetector.Kind?]
        /// Lines that continue a heading above them; they belong to no other block.
        var continuations: Set<Int>
    }

    /// `bodySize` is the document's body font size (PDF) or 0 (text input).
    func resolve(_ lines: [TextLine], kinds: [HeadingDetector.Kind?], bodySize: Double,
                 detector: HeadingDetector) -> Result {
        var kinds = kinds
        var continuations = Set<Int>()
        for i in lines.indices {
            if kinds[i] == nil, i + 1 < lines.count, lines[i].words.last.map({ ["–", "-", "—"].contains($0.text) }) == true,
               WordTraits.startsLowercase(lines[i + 1].words.first?.text ?? "") {
                kinds[i] = detector.detectBrokenOff(lines[i], bodySize: bodySize)
            }
            guard let kind = kinds[i], !continuations.contains(i) else { continue }
            if i + 1 < lines.count, lines[i + 1].page == lines[i].page, WordTraits.startsLowercase(lines[i + 1].words.first?.text ?? ""),
               HeadingDetector.contentsEntry.firstMatch(in: lines[i + 1].text) != nil {
                kinds[i] = nil  // a table-of-contents entry wrapped before its dot leader and page
                continue
            }
            if bodySize == 0, !continuations.contains(i - 1), continuesSentence(lines, at: i, kinds: kinds) {
                kinds[i] = nil
                continue
            }
            let more = bodySize > 0 ? pdfContinuation(lines, of: i, kinds: kinds)
                                    : textContinuation(lines, of: i, kinds: kinds)
            guard !more.isEmpty else { continue }
            if more.contains(where: { HeadingDetector.contentsEntry.firstMatch(in: lines[$0].text) != nil }) {
                kinds[i] = nil  // a wrapped table-of-contents entry
                continue
            }
            let line = lines[i]
            let emphasised = line.markdownLevel != nil || line.isBold || (bodySize > 0 && line.fontSize > bodySize + 0.5)
            let whole = TextJoiner.join([title(of: kind)] + more.map { lines[$0].text })
            // Unemphasised, the first line of a wrapped numbered sentence or list item reads like a
            // heading; a heading is short and does not end a sentence.
            if line.markdownLevel == nil, whole.hasSuffix(".") { kinds[i] = nil; continue }
            if !emphasised, whole.count > detector.maxHeadingCharacters || bodySize > 0 {
                kinds[i] = nil
                continue
            }
            switch kind {
            case .numbered(let number, _): kinds[i] = .numbered(number: number, title: whole)
            case .unnumbered: kinds[i] = .unnumbered(title: whole)
            }
            continuations.formUnion(more)
        }
        dropNumberingRestarts(&kinds, lines: lines)
        return Result(kinds: kinds, continuations: continuations)
    }

    /// Section numbers only go forward. A numbered line whose first number falls back ("1. Palveleva
    /// liikenneverkko" inside "2 Talousarvion toteutuminen") is a numbered goal or list item, not a
    /// section, and so are the items that go on counting after it ("2.", "3.") — in a PDF unless
    /// one is set like the document's real top-level headings; in a PDF a single number set smaller
    /// than the top-level headings before it is never a top-level heading. A part title (an unnumbered heading)
    /// just before a number resets the count: a document made of parts restarts its numbering
    /// under each ("HALLINTOPALVELUT VASTUUALUE", "1. Toiminta-ajatus …").
    private func dropNumberingRestarts(_ kinds: inout [HeadingDetector.Kind?], lines: [TextLine]) {
        var lastTop: Int?
        var topStyle: (size: Double, bold: Bool)?
        var listRun: Int?
        var partTitleJustBefore = false
        for i in kinds.indices {
            switch kinds[i] {
            case .unnumbered?:
                partTitleJustBefore = true
            case .numbered(let number, _)?:
                let parts = number.split(separator: ".").compactMap { Int($0) }
                guard let top = parts.first else { continue }
                let line = lines[i]
                let likeTop = topStyle.map { line.fontSize > 0 && abs($0.size - line.fontSize) < 0.6 && $0.bold == line.isBold } ?? false
                if let last = lastTop, !partTitleJustBefore {
                    let fallsBack = top < last || (top == last && parts.count == 1)
                    let countsOnList = parts.count == 1 && listRun.map { top == $0 + 1 } == true && !likeTop
                    // Set smaller than the top-level headings so far: a numbered goal ("3. Kaavoitus").
                    let smallerThanTop = parts.count == 1 && topStyle.map { line.fontSize > 0 && line.fontSize < $0.size - 0.5 } == true
                    if fallsBack || countsOnList || smallerThanTop {
                        kinds[i] = nil
                        if parts.count == 1 { listRun = top }
                        continue
                    }
                }
                lastTop = top
                listRun = nil
                partTitleJustBefore = false
                if parts.count == 1 { topStyle = (line.fontSize, line.isBold) }
            case nil:
                continue
            }
        }
    }

    private func title(of kind: HeadingDetector.Kind) -> String {
        switch kind {
        case .numbered(_, let title), .unnumbered(let title): return title
        }
    }

    /// PDF: the next lines in the same font, size and weight, set tight under the heading (a
    /// paragraph or the next heading starts after a wider gap), starting no further left.
    private func pdfContinuation(_ lines: [TextLine], of i: Int, kinds: [HeadingDetector.Kind?]) -> [Int] {
        let head = lines[i]
        guard let headBox = head.box, head.fontSize > 0 else { return [] }
        var result: [Int] = []
        var above = headBox
        var j = i + 1
        while j < lines.count, result.count < maxContinuationLines {
            let next = lines[j]
            guard kinds[j] == nil, next.page == head.page, let box = next.box, !next.isEmpty,
                  abs(next.fontSize - head.fontSize) < 0.6, next.isBold == head.isBold,
                  box.y0 - above.y1 < maxLeadingEm * head.fontSize, box.y0 > above.y0,
                  box.x0 > headBox.x0 - head.fontSize, box.x0 < headBox.x1,
                  !WordTraits.endsInValueColumn(next), goesOn(from: result.last.map { lines[$0] } ?? head, to: next, kind: kinds[i])
            else { break }
            result.append(j)
            above = box
            j += 1
        }
        return result
    }

    /// Text: the following lines up to a blank one, when each goes on from the one above it
    /// (lowercase, an opening parenthesis) or the one above breaks off ("…tavoite –", "talou-").
    /// Plain-text extracts sometimes put a blank line inside the wrap ("… ja konkreettiset" / "" /
    /// "toimenpiteet …"): one blank line is crossed when lowercase text follows it.
    private static let cells = CellPerLineTable()

    private func textContinuation(_ lines: [TextLine], of i: Int, kinds: [HeadingDetector.Kind?]) -> [Int] {
        var result: [Int] = []
        var above = lines[i].text
        var j = i + 1
        while j < lines.count, result.count < maxContinuationLines {
            if lines[j].isEmpty, result.isEmpty, j + 1 < lines.count, kinds[j + 1] == nil,
               WordTraits.startsLowercase(lines[j + 1].text), !".:!?".contains(above.last ?? ".") {
                result.append(j)
                j += 1
                continue
            }
            let next = lines[j]
            // Copies of one note next to a figure are a row's cells, not a title's words
            // ("MENOT" / "hallinto-" / "palveluissa" ×3 / "−334 000", PyMuPDF, konserni p. 26).
            if result.isEmpty, RepeatedTextCells.run(lines, at: j, isValue: Self.cells.isValue, isLabel: Self.cells.isLabel) != nil { break }
            guard kinds[j] == nil, next.page == lines[i].page, !next.isEmpty, next.tabCells == nil,
                  next.markdownLevel == nil, !WordTraits.endsInValueColumn(next),
                  !FinnishNumber.isPlaceholder(next.text),  // "x" under "MENOT" is a cell (PyMuPDF, konserni pp. 16, 25)
                  WordTraits.startsLowercase(next.text) || next.text.hasPrefix("(")
                    || WordTraits.endsUnfinished(above) || above.hasSuffix("–") else { break }
            result.append(j)
            above = next.text
            j += 1
        }
        return result
    }

    /// A wrapped title goes on in lowercase or with "(" after its first line, or its first line
    /// breaks off ("talou-", "… ja"). An unnumbered (caps) title only continues when broken off:
    /// the line under a caps title is usually a table's first row or header ("2024 2023").
    private func goesOn(from above: TextLine, to next: TextLine, kind: HeadingDetector.Kind?) -> Bool {
        let brokenOff = WordTraits.endsUnfinished(above.text) || above.text.hasSuffix("–")
        if case .unnumbered? = kind { return brokenOff }
        return brokenOff || WordTraits.startsLowercase(next.text) || next.text.hasPrefix("(")
    }

    /// Text input: a bare number ("4 Asteikolla…", no dot after it) under unfinished prose ("antama
    /// palaute (tavoitetaso") goes on with that sentence and cannot open a section. Caps titles and
    /// "2."-style numbers stand on their own even there (a URL line above has no full stop either).
    private func continuesSentence(_ lines: [TextLine], at i: Int, kinds: [HeadingDetector.Kind?]) -> Bool {
        guard i > 0, lines[i].markdownLevel == nil, case .numbered? = kinds[i],
              let number = lines[i].words.first?.text, !number.hasSuffix(".") else { return false }
        let above = lines[i - 1]
        guard !above.isEmpty, above.page == lines[i].page, kinds[i - 1] == nil, above.tabCells == nil,
              !WordTraits.endsInValueColumn(above), let last = above.text.last else { return false }
        return !".:!?;".contains(last)
    }

}
