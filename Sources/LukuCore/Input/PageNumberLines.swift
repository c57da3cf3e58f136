/// Page breaks recovered from the printed page numbers of a text that has none of its own.
///
/// pymupdf4llm's Markdown joins every page into one text without a break, but keeps each page's
/// footer number as a paragraph of its own ("25", or "2/157" where the footer prints the page
/// count). Tables are keyed by page, so a reader that puts all of them on page 1 cannot tell the
/// p. 8 cost centres from the p. 26 ones of the same labels. A line is a page number when it holds
/// only "N" or "N/M" (one M throughout), stands between blank lines, and its number continues a
/// run of such lines rising in reading order (a page may go unnumbered: a step of at most three);
/// the longest run, three lines or more, ends the pages. Where no such run is found, footers with a
/// blank line after them only (markitdown's, `PageEndFooter`) are taken the same way. The page of a line is the printed number
/// of the page it is on: lines up to the footer "N" are on page N, the lines after it on page N+1
/// (after a skipped number, the unnumbered page takes the lines up to the next footer).
/// The printed number is the PDF page's index unless an unnumbered cover comes first (Kauhava's
/// signing sheet: one less).
///
/// A page of pages in a running head ("**Pöytäkirja** 11/2024 18 (29) 21.11.2024": page 18 of 29, on
/// a short line, one total throughout) opens its page instead: that line and the lines after it are
/// on page 18. The longer run of the two kinds is taken (footers on a tie).
///
/// Proved on the pymupdf4llm Markdown of Kemijärvi konserni ("1" … "27"), tp2024 ("1" … "8"),
/// tukipalvelut ("1" … "6"), Koha-Suomi ("1" … "6"), the state budget ("1" … "19") and Kauhava
/// ("1/157" … "157/157"), and by heads on Lapua's minutes ("1 (29)" … "29 (29)"); synth
/// vaahterajoki skips "6". Texts with form feeds or page markers, the seed texts (lone "2", "10", "16" in a konserni table) and the state budget's published text
/// (lone values "0", "700", "10" of wrapped rows) have no such run and keep their pages; a text too
/// short for a run still breaks its pages at footers between two parts of a pipe table
/// (`PageFooterBetweenPipeParts`).
enum PageNumberLines {
    /// The longest run of a number more than the last, at most this many more.
    static let maxStep = 3
    /// Fewer page numbers than this in a run could be values of wrapped rows.
    static let minRun = 3
    /// Words at most on a running head's line.
    static let maxHeadWords = 10

    struct Candidate { let line: Int; let number: Int; let total: Int? }

    /// The pages the printed page numbers mark: the page of the first line, and for each line that
    /// opens a page (its index), that page. Nil when no run is found.
    static func breaks(_ lines: [Substring]) -> (first: Int, starts: [Int: Int])? {
        var feet: [Candidate] = [], pageEnds: [Candidate] = [], heads: [Candidate] = []
        for (i, raw) in lines.enumerated() {
            if let (number, total) = footNumber(raw) {
                let blankBefore = i == 0 || isBlank(lines[i - 1])
                guard PageEndFooter.endsPage(lines, at: i) else { continue }
                let candidate = Candidate(line: i, number: number, total: total)
                if blankBefore { feet.append(candidate) }
                pageEnds.append(candidate)
            } else if let (number, total) = headNumber(raw) {
                heads.append(Candidate(line: i, number: number, total: total))
            }
        }
        // Footers between blank lines first; markitdown's footers end their page's text (`PageEndFooter`).
        var footRun = longestRun(feet)
        if footRun.count < minRun { footRun = longestRun(pageEnds) }
        let headRun = longestRun(heads)
        if footRun.count >= minRun, footRun.count >= headRun.count {
            var starts: [Int: Int] = [:]
            for c in footRun { starts[c.line + 1] = c.number + 1 }
            return (footRun[0].number, starts)
        }
        if headRun.count >= minRun {
            var starts: [Int: Int] = [:]
            for c in headRun { starts[c.line] = c.number }
            return (max(1, headRun[0].number - 1), starts)
        }
        // A short text's footers where they split a pipe table (`PageFooterBetweenPipeParts`).
        return PageFooterBetweenPipeParts.breaks(lines, feet: feet)
    }

    /// The longest run of candidates, in reading order, each numbered at most `maxStep` more than
    /// the one before with the same total. `latest[key]` is the last candidate seen with that
    /// number, so a run always continues from the nearest one.
    static func longestRun(_ candidates: [Candidate]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        struct Key: Hashable { let number: Int; let total: Int? }
        var length = [Int](repeating: 1, count: candidates.count)
        var previous = [Int?](repeating: nil, count: candidates.count)
        var latest: [Key: Int] = [:]
        for (k, c) in candidates.enumerated() {
            for step in 1...maxStep {
                if let j = latest[Key(number: c.number - step, total: c.total)], length[j] + 1 > length[k] {
                    length[k] = length[j] + 1
                    previous[k] = j
                }
            }
            latest[Key(number: c.number, total: c.total)] = k
        }
        guard let best = length.indices.max(by: { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) })
        else { return [] }
        var run: [Candidate] = []
        var k: Int? = best
        while let i = k { run.append(candidates[i]); k = previous[i] }
        return run.reversed()
    }

    /// "25" → (25, nil); "2/157" → (2, 157); "Sivu 5" → (5, nil) (`WordedPageFooter`); anything
    /// else nil. Page numbers start at 1.
    static func footNumber(_ raw: Substring) -> (Int, Int?)? {
        let trimmed = Substring(raw.trimmingCharacters(in: .whitespaces))
        let text = WordedPageFooter.number(trimmed) ?? trimmed
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy(isPageDigits),
              let number = Int(parts[0]), number >= 1 else { return nil }
        if parts.count == 2 {
            guard let total = Int(parts[1]), number <= total else { return nil }
            return (number, total)
        }
        return (number, nil)
    }

    /// A short line holding "N (M)", N ≤ M: "**Pöytäkirja** 11/2024 18 (29) 21.11.2024" → (18, 29).
    static func headNumber(_ raw: Substring) -> (Int, Int?)? {
        let words = raw.replacingOccurrences(of: "*", with: "").split(separator: " ")
        guard words.count >= 2, words.count <= maxHeadWords else { return nil }
        for k in 1..<words.count {
            let total = words[k]
            guard total.count >= 3, total.first == "(", total.last == ")" else { continue }
            let digits = total.dropFirst().dropLast()
            guard isPageDigits(words[k - 1]), isPageDigits(digits),
                  let n = Int(words[k - 1]), let m = Int(digits), n >= 1, n <= m else { continue }
            return (n, m)
        }
        return nil
    }

    static func isPageDigits(_ s: Substring) -> Bool {
        (1...4).contains(s.count) && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
