/// Pages whose text runs down, up or right-to-left on the displayed page (a page rotated with
/// /Rotate, or scanned sideways and OCRed): poppler gives glyph boxes in the displayed frame, so
/// every later stage would cut each word into one-letter lines (issue 8: 2 527 one-digit cells
/// from one rotated PDF). The reading direction is measured from the glyphs themselves (the
/// step from each glyph to the next one of the same word) and the page is turned back so the
/// text runs left to right; a page whose directions are mixed cannot be read that way and is
/// dropped with a warning rather than read wrong.
public enum PageRotation {
    /// Clockwise turn of the text relative to normal reading.
    public enum Turn: Int, Sendable { case none = 0, quarter = 90, half = 180, threeQuarters = 270 }

    /// The share of glyph steps that must agree on one direction.
    static let majority = 0.6
    /// Fewer steps than this: too little text to judge, read as is.
    static let minSteps = 20

    /// The page's dominant reading direction, or nil when no direction has a clear majority.
    public static func turn(of page: PageGlyphs) -> Turn? {
        var votes = [0, 0, 0, 0]  // right, down, left, up
        var steps = 0
        let glyphs = page.glyphs
        for i in glyphs.indices.dropFirst() {
            let a = glyphs[i - 1], b = glyphs[i]
            guard !a.isWhitespace, !b.isWhitespace else { continue }
            let dx = b.box.midX - a.box.midX, dy = b.box.midY - a.box.midY
            guard dx != 0 || dy != 0 else { continue }
            steps += 1
            if abs(dx) >= abs(dy) { votes[dx > 0 ? 0 : 2] += 1 } else { votes[dy > 0 ? 1 : 3] += 1 }
        }
        // Mostly left to right is normal, whatever else the page holds (a vertical axis label).
        guard steps >= minSteps, Double(votes[0]) < 0.5 * Double(steps) else { return Turn.none }
        guard let best = votes.indices.max(by: { votes[$0] < votes[$1] }),
              Double(votes[best]) >= majority * Double(steps) else { return nil }
        return [Turn.none, .quarter, .half, .threeQuarters][best]
    }

    /// The page turned so its text runs left to right (width and height swap for a quarter turn).
    public static func upright(_ page: PageGlyphs, from turn: Turn) -> PageGlyphs {
        let (w, h) = (page.width, page.height)
        var out = page
        switch turn {
        case .none: return page
        case .quarter:  // text runs down: displayed y is reading x; displayed right is the top
            out.width = h; out.height = w
            out.glyphs = page.glyphs.map { g in moved(g, x0: g.box.y0, y0: w - g.box.x1, x1: g.box.y1, y1: w - g.box.x0) }
        case .threeQuarters:  // text runs up
            out.width = h; out.height = w
            out.glyphs = page.glyphs.map { g in moved(g, x0: h - g.box.y1, y0: g.box.x0, x1: h - g.box.y0, y1: g.box.x1) }
        case .half:
            out.glyphs = page.glyphs.map { g in moved(g, x0: w - g.box.x1, y0: h - g.box.y1, x1: w - g.box.x0, y1: h - g.box.y0) }
        }
        return out
    }

    private static func moved(_ g: Glyph, x0: Double, y0: Double, x1: Double, y1: Double) -> Glyph {
        Glyph(scalar: g.scalar, box: BoundingBox(x0: x0, y0: y0, x1: x1, y1: y1), font: g.font)
    }
}
