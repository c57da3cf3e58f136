/// A footnote mark set as a superscript right after a figure (`18 570,5¹⁾`: XSL-FO's `fo:inline
/// baseline-shift="super"`, a word processor's superscript): smaller glyphs, raised above the
/// figure's own baseline. Apache FOP makes the line that holds such an inline taller and sets the
/// figure lower in its cell, by a third of its height, than the label and the other cells of the
/// row. Clustered like any glyph, the mark's centre fell by the label's and the figure's outside
/// it: the label, the mark and the other columns became one line and the figure a line of its own,
/// a row `Toimintatuotot | 1) | 20 419,2` over an unlabelled row `18 570,5` (hold-out set 4,
/// hold4-05: four figures under the wrong column or no label, unflagged).
///
/// So a mark is placed as signs and commas are (`LineBuilder`): after the rows are clustered
/// without it, into the row whose extent holds its centre; and it starts a word of its own, so the
/// cell reads `18 570,5 1)`, a figure and its mark (`FootnotedValue`), never `18 570,51)`.
///
/// A mark: glyphs touching a digit on their left (poppler's order is no guide: it put FOP's marks
/// before the figure they follow), in a font at most `maxSizeShare` of the digit's (by glyph
/// height), with their bottom raised above the digit's by at least `minRaiseShare` of its height;
/// each a digit, `)`, `*`, `∗` or a superscript digit, and the mark runs on rightwards over touching
/// glyphs of its own height and baseline (`1)`, `**`).
enum RaisedFootnoteMark {
    /// A superscript is set at about 60–70 % of the text size (FOP: 6 pt over 9 pt text).
    static let maxSizeShare = 0.8
    /// Raised by at least this share of the figure's height (a superscript: about a third).
    static let minRaiseShare = 0.15
    /// Points a mark may stand off the digit (or the mark's next glyph off the one before).
    static let touch = 0.5

    /// A digit, `)`, `*`, `∗` (U+2217: LaTeX's `$^{*}$` is the math asterisk of cmsy, hold5-05) or a
    /// superscript digit.
    static func isMarkScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x29, 0x2A, 0x2217, 0xB2, 0xB3, 0xB9, 0x2070...0x2079: return true
        default: return false
        }
    }

    /// Whether `mark` is raised after `base`, a digit of the figure it follows.
    static func isRaised(_ mark: Glyph, after base: Glyph) -> Bool {
        let h = base.box.height
        return h > 0 && mark.box.height <= maxSizeShare * h
            && mark.box.x0 >= base.box.x1 - touch && mark.box.x0 - base.box.x1 <= touch
            && base.box.y1 - mark.box.y1 >= minRaiseShare * h
            && mark.box.y1 > base.box.y0
    }

    /// For each of a page's visible glyphs, whether it belongs to a raised mark.
    static func flags(_ glyphs: [Glyph]) -> [Bool] {
        var raised = Array(repeating: false, count: glyphs.count)
        // Digits by the bucket of their right edge, mark glyphs by that of their left edge: a mark
        // is looked for only among glyphs that end or start where it does, never the whole page.
        var digitsByRight: [Int: [Int]] = [:], marksByLeft: [Int: [Int]] = [:]
        for (i, g) in glyphs.enumerated() where isMarkScalar(g.scalar.value) {
            if (0x30...0x39).contains(g.scalar.value) { digitsByRight[bucket(g.box.x1), default: []].append(i) }
            marksByLeft[bucket(g.box.x0), default: []].append(i)
        }
        func near(_ table: [Int: [Int]], _ x: Double, _ test: (Int) -> Bool) -> Int? {
            let b = bucket(x)
            for c in [b - 1, b, b + 1] { if let hit = table[c]?.first(where: test) { return hit } }
            return nil
        }
        // Only a glyph smaller than the page's tallest digit can be a mark: on a page of one text
        // size no glyph is looked up at all.
        let tallest = digitsByRight.values.joined().map { glyphs[$0].box.height }.max() ?? 0
        for (i, g) in glyphs.enumerated() where !raised[i] && isMarkScalar(g.scalar.value)
            && g.box.height <= maxSizeShare * tallest {
            guard near(digitsByRight, g.box.x0, { isRaised(g, after: glyphs[$0]) }) != nil else { continue }
            var k = i
            while true {
                raised[k] = true
                let last = glyphs[k].box
                guard let next = near(marksByLeft, last.x1, { j in
                    let b = glyphs[j].box
                    return !raised[j] && abs(b.x0 - last.x1) <= touch && abs(b.y1 - last.y1) < touch
                        && abs(b.height - last.height) < touch
                }) else { break }
                k = next
            }
        }
        return raised
    }

    /// A 4-point column of the page, clamped so that no coordinate a damaged file holds traps.
    private static func bucket(_ x: Double) -> Int {
        Int((min(max(x, -1e9), 1e9) / 4).rounded(.down))
    }
}
