/// Runs of text printed turned a quarter on an otherwise upright page: column headers rotated 90°
/// in spreadsheet exports ("TP 2024" written up a tall header cell), chart axis titles, side
/// captions. The page as a whole reads left to right, so `PageRotation` keeps it as it is, and the
/// line builder then cuts each turned word into one-glyph lines: "TP 2024" became four rows of
/// single digits (4 | 2 | 0 | 2 P T) with values 4, 2, 0 in the table's first rows, and the extra
/// columns pushed the real figures out of place (hold-out set 2, Excel export). Such glyphs are
/// taken off the page before lines are built, and the page gets an `info` issue saying how many
/// were left out: turned text is never read as numbers.
///
/// A turned glyph is recognised by two things an upright one never shows together: its box is
/// wider than tall (poppler measures a turned glyph's advance along y and the font's height along
/// x; an upright glyph's box is as high as the font, higher than any letter is wide), and the next
/// glyph in the content stream sits straight above or below it, touching (an advance away).
/// Stacked upright rows of single digits step by a line pitch with tall boxes, so they stay.
///
/// On a page that `PageRotation` turned back (a landscape table put sideways into a portrait
/// report), the page's own furniture stayed upright and is now the turned text: the page number,
/// the heading. A lone page number `1` there sat beside a table row once the page was turned and
/// was read into its label (`1 Tilikauden tulos`, hold-out set 2). On such a page a turned letter
/// or digit is taken off even alone, since the page's text is known to run two ways.
enum VerticalTextRuns {
    /// Fewest visible glyphs that make a run (a two-letter turned word is too little to tell).
    static let minRun = 3
    /// A turned glyph's box is at least this much wider than tall.
    static let minAspect = 1.05
    /// Horizontal drift allowed between two glyphs of one run, as a share of the glyph's width.
    static let maxDrift = 0.2
    /// The vertical step may exceed the two half-advances by this share of the width (a space).
    static let maxSpace = 0.6

    /// The page without its turned runs, and how many glyphs were taken off. `turnedPage`: the
    /// page was turned back, so a single turned letter or digit is a run too.
    static func removed(from page: PageGlyphs, turnedPage: Bool = false) -> (page: PageGlyphs, count: Int) {
        let glyphs = page.glyphs
        let visible = glyphs.indices.filter { !glyphs[$0].isWhitespace && !glyphs[$0].isDefaultIgnorable }
        var drop = Set<Int>()
        var run: [Int] = []
        var direction = 0.0
        func close() {
            if run.count >= minRun || turnedPage && run.count == 1 && isLetterOrDigit(glyphs[run[0]].scalar) {
                drop.formUnion(run)
            }
            run = []
            direction = 0
        }
        for k in visible.indices {
            let g = glyphs[visible[k]]
            guard isTurned(g.box) else { close(); continue }
            if let last = run.last {
                let step = glyphs[last].box.midY < g.box.midY ? 1.0 : -1.0
                if follows(glyphs[last].box, g.box), direction == 0 || direction == step {
                    run.append(visible[k])
                    direction = step
                    continue
                }
                close()
            }
            run = [visible[k]]
        }
        close()
        guard !drop.isEmpty else { return (page, 0) }
        var out = page
        out.glyphs = glyphs.indices.filter { !drop.contains($0) }.map { glyphs[$0] }
        return (out, drop.count)
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    /// Wider than tall: a glyph turned a quarter (or a rule-like dash, which `follows` rules out).
    static func isTurned(_ b: BoundingBox) -> Bool {
        b.height > 0 && b.width >= minAspect * b.height
    }

    /// b sits straight above or below a, touching it (one advance away, a space at most).
    static func follows(_ a: BoundingBox, _ b: BoundingBox) -> Bool {
        let w = max(a.width, b.width)
        guard abs(a.midX - b.midX) <= maxDrift * w else { return false }
        let dy = abs(b.midY - a.midY)
        let touching = (a.height + b.height) / 2
        return dy >= 0.5 * touching && dy <= touching + maxSpace * w
    }

    /// The issue for a page that lost turned glyphs.
    static func issue(page: Int, count: Int) -> Issue {
        Issue(severity: .info, code: "rotated-text", page: page,
              message: "page \(page): \(count) characters printed turned 90° against the rest of the page (rotated column headers, side captions, or the upright page number and heading of a turned page) were left out, not read as text or numbers")
    }
}
