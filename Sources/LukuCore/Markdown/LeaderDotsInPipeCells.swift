/// Dot leaders (the dots a report prints from a label to its first number) that a Markdown
/// converter wrote into pipe-table cells. pymupdf4llm cuts the printed leader at its own column
/// edge, so part of it ends the label cell and the rest opens the first value cell:
/// `|Myyntituotot .. .. ....... ..... .....|. ..... ..... . 798 009,18|`, or stands as a line of
/// its own before the figure: `|.. ..... .....<br>499 405,07|` (hold-out 01, spaced leaders, both
/// tables, every row). Where the converter found no column edge between label and first value the
/// leader joins them inside one cell: `|Vuosikate ........ 1 023 602,41|5 360 268,52|` (hold-out
/// 12, one solid run of dots, rahoituslaskelma, every row). Leaders are never part of a label or a
/// number: a run of tokens made only of dots (three dots or more in all) is taken off the end of a
/// label and the start of a figure; a line of nothing but leader dots goes (a cell of a label, a
/// leader and one figure is split by the table, `LeaderFusedLabelColumn`). The figure itself is
/// never changed; a cell the number reader still cannot read stays flagged. A table of contents
/// (kauhava-tilinpaatos-2024 pp. 2–3 in pymupdf4llm: `|Kaupunginhallitus ........ 77|`, one cell a
/// row) is left as it is: only a row with more than one cell is read so.
enum LeaderDotsInPipeCells {
    /// Fewest dots (over all tokens of a run) that make a leader, not an abbreviation's full stop.
    static let minimumDots = 3

    /// The row's cells with leaders taken off; each cell given as its `<br>` lines.
    static func cleaned(_ cells: [[String]]) -> [[String]] {
        guard cells.count > 1, cells.contains(where: { $0.contains(where: hasLeader) }) else { return cells }
        var out: [[String]] = []
        for lines in cells {
            out.append(lines.compactMap(strippedLine).filter { !$0.isEmpty })
        }
        return out
    }

    /// True when some token run of the line is a leader.
    static func hasLeader(_ line: String) -> Bool {
        runs(tokens(line)).contains { $0.dots >= minimumDots }
    }

    /// The line without a leading or trailing leader; "" when it is all leader. The rest of the
    /// line is kept character for character.
    static func strippedLine(_ line: String) -> String? {
        var body = Substring(line)
        let lead = leaderPrefix(body)
        if lead.dots >= minimumDots { body = body[lead.end...] }
        let trail = leaderPrefix(Substring(body.reversed()))
        if trail.dots >= minimumDots { body = body.dropLast(trail.length) }
        return String(body).trimmingCharacters(in: .whitespaces)
    }

    /// "Vuosikate ........ 1 023 602,41" → ("Vuosikate", "1 023 602,41"): letters before the
    /// leader, and after it only digits, spaces, signs, a decimal comma and a trailing minus.
    static func fused(_ line: String) -> (String, String)? {
        let chars = Array(line)
        // The first whole-token run of dots.
        var i = 0
        while i < chars.count {
            let atTokenStart = i == 0 || isSpace(chars[i - 1])
            if atTokenStart, isDot(chars[i]) {
                let lead = leaderPrefix(Substring(String(chars[i...])))
                guard lead.dots >= minimumDots else { return nil }
                let label = String(chars[..<i]).trimmingCharacters(in: .whitespaces)
                let figure = String(chars[(i + lead.length)...]).trimmingCharacters(in: .whitespaces)
                guard label.contains(where: \.isLetter), let first = figure.first,
                      first.isNumber || first == "-" || first == "\u{2212}" || first == "(",
                      figure.contains(where: \.isNumber),
                      figure.allSatisfy({ $0.isNumber || isSpace($0) || ",.-\u{2212}()%€".contains($0) }) else { return nil }
                return (label, figure)
            }
            i += 1
        }
        return nil
    }

    /// The dots of the whole dot-only tokens opening `text` (spaces between them), and how many
    /// characters they take with the spaces after them.
    private static func leaderPrefix(_ text: Substring) -> (dots: Int, length: Int, end: Substring.Index) {
        var dots = 0, length = 0, end = text.startIndex
        var i = text.startIndex
        var tokenDots = 0
        while i < text.endIndex {
            let c = text[i]
            if isDot(c) {
                tokenDots += 1
            } else if isSpace(c) {
                if tokenDots > 0 { dots += tokenDots; tokenDots = 0 }
                length = text.distance(from: text.startIndex, to: i) + 1
                end = text.index(after: i)
            } else {
                break
            }
            i = text.index(after: i)
        }
        if i == text.endIndex, tokenDots > 0 {
            dots += tokenDots
            length = text.count
            end = text.endIndex
        }
        return (dots, length, end)
    }

    private static func isDot(_ c: Character) -> Bool { c == "." || c == "\u{2026}" }
    private static func isSpace(_ c: Character) -> Bool { c == " " || c == "\u{00A0}" }

    private static func tokens(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
    }

    private static func isDots(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { $0 == "." || $0 == "\u{2026}" }
    }

    private static func runs(_ words: [String]) -> [(start: Int, dots: Int)] {
        var out: [(Int, Int)] = []
        var i = 0
        while i < words.count {
            guard isDots(words[i]) else { i += 1; continue }
            let s = i
            var n = 0
            while i < words.count, isDots(words[i]) { n += words[i].count; i += 1 }
            out.append((s, n))
        }
        return out
    }
}
