/// Page breaks recovered from the printed page numbers of a text that has none of its own.
///
/// pymupdf4llm's Markdown joins every page into one text without a break, but keeps each page's
/// footer number as a paragraph of its own ("25", or "2/157" where the footer prints the page
/// count). Tables are keyed by page, so a reader that puts all of them on page 1 cannot tell the
/// p. 8 cost centres from the p. 26 ones of the same labels. A line is a page number when it holds
/// only "N" or "N/M" (one M throughout), stands between blank lines, and its number continues a
/// run of such lines rising in reading order (a page may go unnumbered: a step of at most three);
/// the longest run, three lines or more, ends the pages. The page of a line is the printed number
/// of the page it is on: lines up to the footer "N" are on page N, the lines after it on page N+1.
/// The printed number is the PDF page's index unless an unnumbered cover comes first (Kauhava's
/// signing sheet: one less).
///
/// Proved on the pymupdf4llm Markdown of Kemijärvi konserni ("1" … "27"), tp2024 ("1" … "8"),
/// tukipalvelut ("1" … "6"), Koha-Suomi ("1" … "6"), the state budget ("1" … "19") and Kauhava
/// ("1/157" … "157/157"); synth vaahterajoki skips "6". Texts with form feeds or page markers, the
/// seed texts (lone "2", "10", "16" in a konserni table) and the state budget's published text
/// (lone values "0", "700", "10" of wrapped rows) have no such run and keep their pages.
enum PageNumberLines {
    /// The longest run of a number more than the last, at most this many more.
    static let maxStep = 3
    /// Fewer page numbers than this in a run could be values of wrapped rows.
    static let minRun = 3

    /// The page breaks the printed page numbers mark: the page of the first line, and for each
    /// line that closes a page (its index), the page the next line is on. Nil when no run is found.
    static func breaks(_ lines: [Substring]) -> (first: Int, after: [Int: Int])? {
        struct Candidate { let line: Int; let number: Int; let total: Int? }
        var candidates: [Candidate] = []
        for (i, raw) in lines.enumerated() {
            guard let (number, total) = pageNumber(raw) else { continue }
            let blankBefore = i == 0 || isBlank(lines[i - 1])
            let blankAfter = i + 1 == lines.count || isBlank(lines[i + 1])
            if blankBefore, blankAfter { candidates.append(Candidate(line: i, number: number, total: total)) }
        }
        guard candidates.count >= minRun else { return nil }
        // Longest rising run ending at each candidate; `latest[(number, total)]` is the last
        // candidate seen with that number, so a run always continues from the nearest one.
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
        guard let best = length.indices.max(by: { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) }),
              length[best] >= minRun else { return nil }
        var run: [Candidate] = []
        var k: Int? = best
        while let i = k { run.append(candidates[i]); k = previous[i] }
        run.reverse()
        var after: [Int: Int] = [:]
        for c in run { after[c.line] = c.number + 1 }
        return (run[0].number, after)
    }

    /// "25" → (25, nil); "2/157" → (2, 157); anything else nil. Page numbers start at 1.
    static func pageNumber(_ raw: Substring) -> (Int, Int?)? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let number = Int(parts[0]), number >= 1 else { return nil }
        if parts.count == 2 {
            guard let total = Int(parts[1]), number <= total else { return nil }
            return (number, total)
        }
        return (number, nil)
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
