/// The runs of consecutive pipe-table lines in a Markdown text, each handed to a rewrite that may
/// replace it (the converter-repair readers `FigureInLabelCell` and `TwoFigureCells` look at one
/// whole pipe table at a time: a missing cell bound shows only across its rows).
enum PipeTableBlocks {
    /// `text` with every block of pipe lines that `rewrite` returns new lines for replaced by them;
    /// the same string when no block changes or the text holds none of `markers` (`<br>` for the
    /// repairs that read cells broken over `<br>` lines, ".." for `LeaderFusedLabelColumn`).
    /// `markers`: the text is looked at only when it holds one of them (a cheap pre-check).
    static func rewriteEach(_ text: String, containing markers: [String] = ["<br", "<BR"], _ rewrite: ([String]) -> [String]?) -> String {
        guard markers.contains(where: { text.contains($0) }) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        var i = 0
        while i < lines.count {
            guard SideBySidePipeTables.rawCells(lines[i]) != nil else { i += 1; continue }
            var j = i
            while j < lines.count, SideBySidePipeTables.rawCells(lines[j]) != nil { j += 1 }
            if let rewritten = rewrite(Array(lines[i..<j])) {
                lines.replaceSubrange(i..<j, with: rewritten)
                changed = true
            }
            i = j
        }
        return changed ? lines.joined(separator: "\n") : text
    }
}
