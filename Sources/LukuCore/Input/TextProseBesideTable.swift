import Foundation

/// Splits a page of `pdftotext -layout` text where a table stands beside running prose (a
/// key-figures box floated beside a review's text, a small table in one column of a two-column
/// page) into two streams of lines, left first: the text twin of `ProseBesideTableSplitter`, with
/// character columns for x. Without it the prose beside the table is read as row labels or glued
/// into the last cell (`104,9   poistot, mutta …`).
///
/// Evidence, on a run of lines that no run of words crosses: several lines start a run at one
/// column (the right region's left edge); one side holds table rows (a text run, then at least
/// two runs of numbers), the other side prose (one run of several words, no figure runs) on lines
/// of their own where the table side is blank, running on above the table's first row or below
/// its last (a table's own text column stays within its rows). Pages `TextGutterSplitter` splits
/// (two tables side by side) and pages of tabs or pipes are left alone.
enum TextProseBesideTable {
    static let minStarts = 4
    static let minTableRows = 3
    static let minProseLines = 3
    static let minLoneProseLines = 2
    static let minProseWords = 4
    /// Candidate columns tried per page, most shared first.
    static let maxCandidates = 6

    /// One line cut at the gutter (nil: that side blank).
    struct Halves {
        var left: String?
        var right: String?
        func side(_ leftSide: Bool) -> String? { leftSide ? left : right }
    }

    /// The text with every such zone of every page (form-feed separated) reordered.
    static func reorder(_ text: String) -> String {
        TextGutterSplitter.reorderPages(text, by: split)
    }

    /// One page's lines reordered, or nil when no zone shows the evidence.
    static func split(_ lines: [String]) -> [String]? {
        guard lines.count >= minTableRows + minProseLines,
              !lines.contains(where: { $0.contains("\t") || $0.contains("|") }),
              TextGutterSplitter.split(lines) == nil else { return nil }
        let chars: [[Character]] = lines.map { Array($0) }
        let runs: [[(start: Int, text: String)]] = chars.map { TextGutterSplitter.runs($0) }
        for gutter in candidates(runs) {
            if let out = split(chars, runs: runs, at: gutter) { return out }
        }
        return nil
    }

    /// Columns where several lines start a run (give or take one), most shared first; the
    /// gutter is one column left of each.
    static func candidates(_ runs: [[(start: Int, text: String)]]) -> [Int] {
        var support: [Int: Int] = [:]
        for line in runs {
            for start in Set(line.map { $0.start }) where start > 1 { support[start, default: 0] += 1 }
        }
        let scored = support.keys.map { c in (c: c, n: (support[c - 1] ?? 0) + (support[c] ?? 0) + (support[c + 1] ?? 0)) }
        return scored.filter { $0.n >= minStarts }
            .sorted { $0.n != $1.n ? $0.n > $1.n : $0.c < $1.c }
            .prefix(maxCandidates)
            .map { $0.c - 1 }
    }

    static func split(_ chars: [[Character]], runs: [[(start: Int, text: String)]], at gutter: Int) -> [String]? {
        let crosses = runs.map { line in line.contains { $0.start < gutter && $0.start + $0.text.count > gutter } }
        var out: [String] = []
        var didSplit = false
        var i = 0
        while i < chars.count {
            guard !crosses[i] else { out.append(String(chars[i])); i += 1; continue }
            var j = i
            while j < chars.count, !crosses[j] { j += 1 }
            let halves = (i..<j).map { k -> Halves in
                let line = chars[k]
                let cut = min(gutter, line.count)
                // A blank line (a paragraph's end) stays in both streams; a line blank on one
                // side only is no line of that side.
                guard line.contains(where: { $0 != " " }) else { return Halves(left: "", right: "") }
                let left = line[..<cut].allSatisfy { $0 == " " } ? nil : trimmedRight(String(line[..<cut]))
                let rest = String(line[cut...])
                // The right half keeps its columns (its indent is its own).
                let right = rest.allSatisfy { $0 == " " } ? nil : String(repeating: " ", count: cut) + rest
                return Halves(left: left, right: right)
            }
            if showsEvidence(halves) {
                out += halves.compactMap(\.left) + [""] + halves.compactMap(\.right)
                didSplit = true
            } else {
                out += (i..<j).map { String(chars[$0]) }
            }
            i = j
        }
        return didSplit ? out : nil
    }

    static func showsEvidence(_ halves: [Halves]) -> Bool {
        func holds(tableOnLeft: Bool) -> Bool {
            let rows = halves.indices.filter { halves[$0].side(tableOnLeft).map(isTableRow) ?? false }
            guard rows.count >= minTableRows, let top = rows.first, let bottom = rows.last else { return false }
            let proseLines = halves.indices.filter { halves[$0].side(!tableOnLeft).map(isProse) ?? false }
            let alone = proseLines.filter { halves[$0].side(tableOnLeft) == nil }.count
            // The prose runs on past the table: a table's own text column stays within its rows.
            let outside = proseLines.contains { $0 < top || $0 > bottom }
            return proseLines.count >= minProseLines && alone >= minLoneProseLines && outside
        }
        return holds(tableOnLeft: true) || holds(tableOnLeft: false)
    }

    /// A text run followed by at least two runs of numbers.
    static func isTableRow(_ half: String) -> Bool {
        let runs = TextGutterSplitter.runs(Array(half))
        guard let first = runs.first, !TextGutterSplitter.isNumbers(first.text) else { return false }
        return runs.dropFirst().filter { TextGutterSplitter.isNumbers($0.text) }.count >= 2
    }

    /// One run of several words, at most one of them a figure ("34 päivää").
    static func isProse(_ half: String) -> Bool {
        let runs = TextGutterSplitter.runs(Array(half))
        guard runs.count == 1, let run = runs.first else { return false }
        let words = run.text.split(separator: " ")
        return words.count >= minProseWords && words.filter { FinnishNumber.parse(String($0)) != nil }.count <= 1
    }

    private static func trimmedRight(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
