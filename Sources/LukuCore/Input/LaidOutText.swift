/// Text that keeps the page's print columns (`pdftotext -layout`, a spreadsheet or a Word table
/// saved as text with spaces): the columns a person sees are character positions, so the text
/// is read with the PDF's geometric table stage instead of the token rules of one-row-per-line
/// text. Each character is one cell of a monospace grid: x = column × `charWidthEm` em, y = the
/// line's index on its page × the line pitch (a blank line is a vertical gap, as on paper).
///
/// Why this and not more token rules: on the 24 synthetic statements (three producer families)
/// the token rules read 47 % of -layout numbers with 438 wrong unflagged, mostly statements with
/// two value columns per year (Kuusiselkä p. 3 tase: the group total beside the item) and
/// headers over several lines, which the geometric stage reads at 99 % from the PDF.
public enum LaidOutText {
    /// Font size given to every line, in points.
    static let fontSize = 10.0
    /// One character's width in em: a single space (0.33 em) stays under the thousands gap of
    /// `LayoutSettings` (0.34 em), so "156 848 197" joins as in a PDF, and two spaces (0.67 em)
    /// part chunks as a column gap does.
    static let charWidthEm = 1.0 / 3.0
    /// Line pitch in em: body text leading.
    static let linePitchEm = 1.2
    /// The fewest lines with a value standing after a wide gap for the text to count as laid out.
    static let minAlignedLines = 6
    /// Spaces that make a gap a column gap.
    static let minColumnGap = 3

    /// Right edges of one column this close (in em: 6 characters) are one column: the extractor
    /// rounds each line's positions to whole characters on its own, so a column's edges wander
    /// by up to four characters (synth word family: "Alkuperäinen TA" values at 147 and 143).
    static let columnToleranceEm = 2.0
    /// A header may end this far (4 characters) right of its column's values, for the same
    /// reason (konserni p. 16 määrärahat: "TA" over "2026" ends three characters past −288 270).
    static let headerPaddingEm = 1.4

    /// The table stage's settings for character geometry.
    static func tableSettings(_ settings: TableSettings) -> TableSettings {
        var s = settings
        s.columnToleranceEm = max(s.columnToleranceEm, columnToleranceEm)
        s.headerPaddingEm = max(s.headerPaddingEm, headerPaddingEm)
        s.charactersAreCells = true
        return s
    }

    /// Whether `text` keeps print columns: enough lines have values set apart by runs of
    /// spaces, and no tabs or pipe tables (those have their own readers).
    public static func isLaidOut(_ text: String) -> Bool {
        var aligned = 0, single = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(20_000) {
            if raw.contains("\t") { return false }
            let trimmed = raw.drop { $0 == " " }
            if trimmed.hasPrefix("|") { return false }
            switch gaps(in: Substring(LeaderRun.blank(String(trimmed)))) {
            case .valueAfterWideGap: aligned += 1
            case .valuesSingleSpaced: single += 1
            case .other: break
            }
        }
        // Prose that names a year or an amount counts as single-spaced too (Kauhava: 1 054 set-apart
        // rows beside 1 102 such lines), so set-apart rows need only be a fair share of them; text
        // from one-row-per-line extractors has none (every -raw and pypdf text, the seed texts).
        return aligned >= minAlignedLines && aligned * 4 >= single
    }

    enum LineGaps { case valueAfterWideGap, valuesSingleSpaced, other }

    /// Two or more values (a digit, or a sign and a digit, starting a word) each right after a
    /// run of `minColumnGap` spaces: columns set apart by spacing. Values after one wide gap
    /// only are a label and a run of numbers (the seed texts: "Myyntituotot   213 930 260 000
    /// 374 119"), which the token rules read.
    static func gaps(in line: Substring) -> LineGaps {
        var spaces = 0, widest = 0, hasValue = false, setApart = 0
        var previous: Character = " "
        for ch in line {
            if ch == " " {
                spaces += 1
                previous = ch
                continue
            }
            if previous == " ", ch.isNumber || ch == "-" || ch == "\u{2212}" {
                if spaces >= minColumnGap { setApart += 1 }
                hasValue = hasValue || ch.isNumber
            }
            widest = max(widest, spaces)
            spaces = 0
            previous = ch
        }
        if setApart >= 2 { return .valueAfterWideGap }
        return hasValue && widest <= 1 ? .valuesSingleSpaced : .other
    }

    /// The lines of `text` with a box for every word and none for blank lines; pages as
    /// `TextFileReader.parse` counts them.
    public static func lines(_ parsed: TextFileReader.Result, text: String) -> [TextLine] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out: [TextLine] = []
        var page = 1
        var row = 0
        let em = fontSize, cw = fontSize * charWidthEm, pitch = fontSize * linePitchEm
        func add(_ printed: Substring) {
            defer { row += 1 }
            // A dot leader is neither label nor value (`LeaderRun`); blanking keeps every column.
            let raw = LeaderRun.blank(String(printed))
            var words: [Word] = []
            var column = 0
            var start: Int?
            var current = ""
            func finish() {
                guard let s = start else { return }
                let visible = TextFileReader.visible(current)
                if !visible.isEmpty {
                    let y0 = Double(row) * pitch
                    words.append(Word(text: visible, box: BoundingBox(x0: Double(s) * cw, y0: y0,
                                                                        x1: Double(s + current.count) * cw, y1: y0 + em),
                                      fontSize: em))
                }
                start = nil
                current = ""
            }
            for ch in raw {
                if ch == " " || ch == "\u{00A0}" || ch == "\u{202F}" || ch == "\u{2009}" {
                    finish()
                } else {
                    if start == nil { start = column }
                    current.append(ch)
                }
                column += 1
            }
            finish()
            guard let first = words.first, let last = words.last, let a = first.box, let b = last.box else { return }
            out.append(TextLine(page: page, words: words, box: BoundingBox(x0: a.x0, y0: a.y0, x1: b.x1, y1: a.y1),
                                fontSize: em, indent: a.x0))
        }
        for raw in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            if TextFileReader.pageMarkers.contains(raw.trimmingCharacters(in: .whitespaces)) {
                page += 1
                row = 0
                continue
            }
            var rest = Substring(raw)
            while let ff = rest.firstIndex(of: "\u{0C}") {
                add(rest[..<ff])
                page += 1
                row = 0
                rest = rest[rest.index(after: ff)...]
            }
            add(rest)
        }
        return out.map { var l = $0; l.page = min(l.page, parsed.pages); return l }
    }

    /// How cleanly a reading read its numbers: cells with a value and no flag, less two for
    /// every cell flagged as misread (two numbers in one cell, unreadable digits, a doubtful split).
    static func cleanCells(_ tables: [Table]) -> Int {
        var score = 0
        for table in tables {
            for row in table.rows {
                for case let cell? in row.cells {
                    let misread = cell.flags.contains { $0 == .unreadable || $0 == .ambiguousSplit }
                        // Two numbers in one cell; a number beside words ("1 sähköinen", Koha p. 8) is text.
                        || cell.flags.contains(.merged) && cell.text.split(separator: " ").allSatisfy { CellReader.looksNumeric(String($0)) || NumberJoiner.isSign(String($0)) }
                    if misread {
                        score -= 2
                    } else if cell.value != nil {
                        score += 1
                    }
                }
            }
        }
        return score
    }
}
