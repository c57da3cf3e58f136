/// Glyphs → lines → words. Lines are rebuilt from geometry rather than poppler's text order,
/// because poppler emits table columns as separate blocks: one printed row must become one
/// line spanning every column. Words are cut at whitespace and at horizontal gaps.
public struct LineBuilder: Sendable {
    public var settings: LayoutSettings

    public init(settings: LayoutSettings = .default) {
        self.settings = settings
    }

    public func lines(of page: PageGlyphs) -> [TextLine] {
        let placed = placedGlyphs(page)
        return clusterIntoRows(placed).map { makeLine($0, page: page) }
    }

    /// A visible glyph, remembering whether poppler put whitespace right before it.
    struct Placed {
        var glyph: Glyph
        var afterSpace: Bool
        var streamIndex: Int
    }

    private func placedGlyphs(_ page: PageGlyphs) -> [Placed] {
        var result: [Placed] = []
        result.reserveCapacity(page.glyphs.count)
        var previousWasSpace = true
        for (i, g) in page.glyphs.enumerated() {
            if g.isWhitespace || g.box.width <= 0 && g.box.height <= 0 {
                previousWasSpace = true
                continue
            }
            // Soft hyphens and other default-ignorables print nothing.
            if g.isDefaultIgnorable { continue }
            result.append(Placed(glyph: g, afterSpace: previousWasSpace, streamIndex: i))
            previousWasSpace = false
        }
        return result
    }

    /// Signs and punctuation whose boxes may sit off the line's centre.
    static let thinScalars: Set<UInt32> = Set("-−–+.,:;'’\u{00B7}".unicodeScalars.map(\.value))

    /// `thinScalars.contains(v)` as a switch: asked twice for every glyph, and hashing cost
    /// more than the rest of the row clustering (LineBuilderTests checks the two agree).
    static func isThin(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x2212, 0x2013, 0x2B, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x2019, 0xB7: return true
        default: return false
        }
    }

    /// Groups glyphs whose vertical centres agree, top to bottom. Signs and punctuation are
    /// placed afterwards into the line whose vertical extent holds their centre: their boxes
    /// can be tight (a minus sits at x-height), and clustered on their own they would jump to
    /// the line above and take a number's sign with them.
    private func clusterIntoRows(_ glyphs: [Placed]) -> [[Placed]] {
        let isThin = { (p: Placed) in LineBuilder.isThin(p.glyph.scalar.value) }
        let sorted = glyphs.filter { !isThin($0) }.sorted {
            $0.glyph.box.midY != $1.glyph.box.midY ? $0.glyph.box.midY < $1.glyph.box.midY : $0.glyph.box.x0 < $1.glyph.box.x0
        }
        var rows: [[Placed]] = []
        var extents: [(y0: Double, y1: Double)] = []
        var current: [Placed] = []
        var centre = 0.0, height = 0.0
        func close() {
            guard let first = current.first else { return }
            rows.append(current)
            extents.append(current.dropFirst().reduce((first.glyph.box.y0, first.glyph.box.y1)) { extent, p in
                (min(extent.0, p.glyph.box.y0), max(extent.1, p.glyph.box.y1))
            })
        }
        for p in sorted {
            let box = p.glyph.box
            if !current.isEmpty, abs(box.midY - centre) <= settings.lineCentreTolerance * max(min(height, box.height), 1) {
                current.append(p)
                continue
            }
            close()
            current = [p]
            centre = box.midY
            height = box.height
        }
        close()
        for p in glyphs where isThin(p) {
            // The row whose extent holds the glyph's centre and whose middle is nearest; the
            // first such row on a tie. One pass, no intermediate array: this runs per glyph.
            let y = p.glyph.box.midY
            var best: Int?, bestDistance = 0.0
            for (i, extent) in extents.enumerated() where extent.y0 <= y && y <= extent.y1 {
                let distance = abs((extent.y0 + extent.y1) / 2 - y)
                if best == nil || distance < bestDistance { best = i; bestDistance = distance }
            }
            if let best {
                rows[best].append(p)
            } else {
                rows.append([p])
                extents.append((p.glyph.box.y0, p.glyph.box.y1))
            }
        }
        // Keep top-to-bottom order (rows made only of punctuation were appended last).
        let order = rows.indices.sorted { extents[$0].y0 + extents[$0].y1 < extents[$1].y0 + extents[$1].y1 }
        return order.map { rows[$0] }
    }

    private func makeLine(_ row: [Placed], page: PageGlyphs) -> TextLine {
        let glyphs = row.sorted { $0.glyph.box.x0 < $1.glyph.box.x0 }
        var words: [Word] = []
        // The word's UTF-8, made into a String once per word: appending to a String scalar by
        // scalar cost more than the rest of this function.
        var text: [UInt8] = []
        var box = glyphs[0].glyph.box
        var boldCount = 0, wordBold = 0, wordCount = 0
        // (size, glyph count) per font size: a line has few sizes, so a list beats hashing.
        var sizeVotes: [(size: Double, count: Int)] = []

        func flush() {
            guard !text.isEmpty else { return }
            words.append(Word(text: String(decoding: text, as: UTF8.self), box: box, fontSize: currentSize, isBold: wordBold * 2 > wordCount))
            text.removeAll(keepingCapacity: true)
            wordBold = 0
            wordCount = 0
        }
        var currentSize = 0.0
        var previous: Placed?
        for p in glyphs {
            let font = page.fonts[min(p.glyph.font, page.fonts.count - 1)]
            let size = font.size > 0 ? font.size : p.glyph.box.height
            if let prev = previous {
                let gap = p.glyph.box.x0 - prev.glyph.box.x1
                let streamNeighbour = p.streamIndex == prev.streamIndex + 1
                if p.afterSpace || gap > settings.wordGapEm * size || (!streamNeighbour && gap > 0.05 * size) {
                    flush()
                }
            }
            if text.isEmpty { box = p.glyph.box; currentSize = size } else { box = box.union(p.glyph.box); currentSize = max(currentSize, size) }
            UTF8.encode(p.glyph.scalar) { text.append($0) }
            wordCount += 1
            if font.isBold { wordBold += 1; boldCount += 1 }
            let vote = (size * 10).rounded() / 10
            if let i = sizeVotes.firstIndex(where: { $0.size == vote }) { sizeVotes[i].count += 1 } else { sizeVotes.append((vote, 1)) }
            previous = p
        }
        flush()
        let lineBox = words.compactMap(\.box).reduce(words[0].box!) { $0.union($1) }
        let dominantSize = sizeVotes.max { $0.count != $1.count ? $0.count < $1.count : $0.size > $1.size }?.size ?? 0
        return TextLine(page: page.number, words: words, box: lineBox, fontSize: dominantSize,
                        isBold: boldCount * 2 > glyphs.count, indent: lineBox.x0)
    }
}
