import Foundation

/// Splits a page of `pdftotext -layout` text printed as two tables side by side (a balance sheet:
/// VASTAAVAA | VASTATTAVAA, Kauhava's tilinpäätös p. 35) into two streams of lines, left first, so
/// each table is read on its own: the text twin of `GutterSplitter`, with character columns for
/// x. Without it every right-hand row's label and figures run on after the left row's figures.
///
/// Evidence for a gutter: on several lines a run of words (the right table's label) starts, after
/// a gap of two or more spaces, right after a run of numbers (the left table's last column), and
/// is followed by numbers of its own, at one character column (give or take the right table's
/// indents). The two-column zone is the stretch of lines around them that no word crosses the
/// gutter; lines above and below it (running heads, titles, notes) stay whole.
enum TextGutterSplitter {
    /// Lines that must show the numbers-then-label pattern.
    static let minEvidence = 4
    /// Label starts within this many characters of the leftmost one are indents of one column.
    static let indentChars = 8

    /// The text with every side-by-side zone of every page (form-feed separated) reordered.
    static func reorder(_ text: String) -> String {
        reorderPages(text, by: split)
    }

    /// `text` with each page (form-feed separated) that `split` reorders replaced by its lines;
    /// the same string when no page changes. Text without a run of two spaces has no columns.
    static func reorderPages(_ text: String, by split: ([String]) -> [String]?) -> String {
        guard text.contains("  ") else { return text }
        var changed = false
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page -> String in
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let reordered = split(lines) else { return String(page) }
            changed = true
            return reordered.joined(separator: "\n")
        }
        return changed ? pages.joined(separator: "\u{0C}") : text
    }

    /// One page's lines reordered, or nil when the page holds no side-by-side zone.
    static func split(_ lines: [String]) -> [String]? {
        // Tables of tabs or pipes are read by their own readers.
        let chars = lines.map { $0.contains("\t") || $0.contains("|") ? [] : Array($0) }
        let starts = chars.map(labelStarts)
        guard let gutter = findGutter(starts.flatMap { $0 }) else { return nil }
        let evidence = starts.indices.filter { starts[$0].contains { $0 >= gutter && $0 - gutter <= indentChars } }
        guard let first = evidence.first, let last = evidence.last else { return nil }
        // A tab or pipe line (its `chars` left empty) ends the zone like a word across the gutter.
        let crosses = chars.indices.map { k in
            let line = chars[k]
            return line.isEmpty && !lines[k].trimmingCharacters(in: .whitespaces).isEmpty
                || gutter > 0 && gutter < line.count && line[gutter - 1] != " " && line[gutter] != " "
        }
        guard !crosses[first...last].contains(true) else { return nil }
        var lo = first, hi = last
        while lo > 0, !crosses[lo - 1] { lo -= 1 }
        while hi < lines.count - 1, !crosses[hi + 1] { hi += 1 }
        var left: [String] = [], right: [String] = []
        for k in lo...hi {
            let line = chars[k]
            let cut = min(gutter, line.count)
            left.append(String(line[..<cut]).trimmingTrailingSpaces())
            // The right half keeps its columns (its indent is the label's level).
            let rest = String(line[cut...])
            right.append(rest.allSatisfy { $0 == " " } ? "" : String(repeating: " ", count: cut) + rest)
        }
        return Array(lines[..<lo]) + left + right + Array(lines[(hi + 1)...])
    }

    /// The leftmost label start that `minEvidence` starts share, counting starts up to
    /// `indentChars` right of it (indented labels of the same column).
    static func findGutter(_ starts: [Int]) -> Int? {
        let xs = starts.sorted()
        for (i, x) in xs.enumerated() where xs[i...].prefix(while: { $0 - x <= indentChars }).count >= minEvidence {
            return x
        }
        return nil
    }

    /// Columns where a run of words starts after a run of numbers, two or more spaces apart,
    /// and numbers follow it later on the line.
    static func labelStarts(_ line: [Character]) -> [Int] {
        let runs = self.runs(line)
        guard runs.count >= 3 else { return [] }
        var out: [Int] = []
        for k in 1..<(runs.count - 1) where isNumbers(runs[k - 1].text) && !isNumbers(runs[k].text)
            && runs[(k + 1)...].contains(where: { isNumbers($0.text) }) {
            out.append(runs[k].start)
        }
        return out
    }

    /// The line cut at gaps of two or more spaces: (start column, text).
    static func runs(_ line: [Character]) -> [(start: Int, text: String)] {
        var out: [(start: Int, text: String)] = []
        var i = 0
        while i < line.count {
            while i < line.count, line[i] == " " { i += 1 }
            guard i < line.count else { break }
            let start = i
            var end = i
            while end < line.count, !(line[end] == " " && (end + 1 >= line.count || line[end + 1] == " ")) { end += 1 }
            out.append((start, String(line[start..<end])))
            i = end
        }
        return out
    }

    /// Every word of the run is a number ("114 995", "40,3 %").
    static func isNumbers(_ run: String) -> Bool {
        let words = run.split(separator: " ")
        // Word by word as tail tokens: a group ("000") is no number alone.
        return !words.isEmpty && words.allSatisfy { TextTableBuilder.isTailToken(String($0)) || $0 == "€" }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
