/// Measuring, padding, truncating and wrapping text in terminal cells.
///
/// A terminal cell is what one printed `Character` occupies: `ä`, `ö`, `€` and `−` are one cell
/// wide whether precomposed or decomposed. Characters made only of combining marks, format
/// characters (soft hyphen, zero-width joiner) or control characters take no cell. East Asian
/// wide characters are not special-cased: Finnish budget documents do not print them.
enum TerminalText {
    /// The number of terminal cells `c` occupies: 0 or 1.
    static func width(_ c: Character) -> Int {
        for scalar in c.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control:
                continue
            default:
                return 1
            }
        }
        return 0
    }

    /// The number of terminal cells `s` occupies.
    static func width(_ s: String) -> Int {
        s.reduce(0) { $0 + width($1) }
    }

    /// `s` followed by spaces up to `width` cells; unchanged when already at least that wide.
    static func padRight(_ s: String, to width: Int) -> String {
        let w = self.width(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }

    /// Spaces followed by `s` up to `width` cells; unchanged when already at least that wide.
    static func padLeft(_ s: String, to width: Int) -> String {
        let w = self.width(s)
        return w >= width ? s : String(repeating: " ", count: width - w) + s
    }

    /// `s` when it fits in `width` cells, else its longest prefix that fits with `…` appended.
    static func truncate(_ s: String, to width: Int) -> String {
        if self.width(s) <= width { return s }
        return withEllipsis(s, width: width)
    }

    /// The longest prefix of `s` that leaves room for a final `…` within `width` cells, with `…`
    /// appended (trailing spaces of the prefix dropped). Always ends in `…` when `width >= 1`.
    static func withEllipsis(_ s: String, width: Int) -> String {
        guard width >= 1 else { return "" }
        var out = ""
        var used = 0
        for c in s {
            let w = self.width(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// Greedy word wrap of `s` into lines of at most `width` cells. Words longer than a line are
    /// broken hard. Runs of whitespace count as one space. An empty or blank `s` gives `[""]`.
    static func wrap(_ s: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var word = String(word)
            var wordWidth = self.width(word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while wordWidth > width {
                let (head, tail) = split(word, at: width)
                lines.append(head)
                word = tail
                wordWidth = self.width(word)
            }
            current = word
            currentWidth = wordWidth
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `wrap(s, width:)` cut to at most `maxLines` lines; when text was dropped the last kept
    /// line ends in `…`.
    static func wrap(_ s: String, width: Int, maxLines: Int) -> [String] {
        var lines = wrap(s, width: width)
        guard lines.count > maxLines, maxLines >= 1 else { return lines }
        lines.removeLast(lines.count - maxLines)
        let last = lines[maxLines - 1]
        lines[maxLines - 1] = self.width(last) + 1 <= width ? last + "…" : withEllipsis(last, width: width)
        return lines
    }

    /// The smallest line width at or above the longest word at which `s` wraps into at most
    /// `maxLines` lines (the full width of `s` at most).
    static func narrowestWrapWidth(_ s: String, maxLines: Int) -> Int {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .map { width(String($0)) }
        guard let longest = words.max() else { return 0 }
        let full = words.reduce(0, +) + words.count - 1
        var w = longest
        while w < full && wrap(s, width: w).count > maxLines { w += 1 }
        return w
    }

    /// `parts` joined by `separator`, starting a new line (beginning with `continuation`) before a
    /// part that would overflow `width`; a part wider than a line on its own is word-wrapped.
    static func join(_ parts: [String], separator: String, width: Int, continuation: String) -> [String] {
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, self.width(last + separator + part) <= width {
                lines[lines.count - 1] = last + separator + part
                continue
            }
            let lead = lines.isEmpty ? "" : continuation
            if self.width(lead + part) <= width {
                lines.append(lead + part)
            } else {
                let pad = String(repeating: " ", count: self.width(lead))
                let wrapped = wrap(part, width: max(width - self.width(lead), 1))
                lines.append(lead + wrapped[0])
                lines += wrapped.dropFirst().map { pad + $0 }
            }
        }
        return lines
    }

    /// `s` split so that the first part is at most `width` cells (and at least one character).
    private static func split(_ s: String, at width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = s.startIndex
        while index < s.endIndex {
            let w = self.width(s[index])
            if used + w > width && !head.isEmpty { break }
            head.append(s[index])
            used += w
            index = s.index(after: index)
        }
        return (head, String(s[index...]))
    }
}
