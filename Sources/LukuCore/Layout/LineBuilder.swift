/// Glyphs → lines → words. Lines are rebuilt from geometry rather than poppler's text order,
/// because poppler emits table columns as separate blocks: one printed row must become one
/// line spanning every column. Words are cut at whitespace and at horizontal gaps.
public struct LineBuilder: Sendable {
    public var settings: LayoutSettings

    public init(settings: LayoutSettings = .default) {
        self.settings = settings
    }

    public func lines(of page: PageGlyphs) -> [TextLine] {
        var placed = placedGlyphs(page)
        let faces = FaceTraits(page.fonts)
        markRaisedFootnoteMarks(&placed)
        return clusterIntoRows(placed).map { makeLine($0, page: page.number, faces: faces) }
    }

    /// What `makeLine` reads of each font of a page, as plain arrays made once per page: a
    /// `FontFace` copied per glyph retained and released its name (every glyph of every page).
    struct FaceTraits {
        var sizes: [Double]
        var bold: [Bool]
        var mono: [Bool]
        init(_ fonts: [FontFace]) {
            sizes = fonts.map(\.size)
            bold = fonts.map(\.isBold)
            mono = fonts.map(\.isMonospace)
        }
    }

    /// A visible glyph, remembering whether poppler put whitespace right before it, and whether
    /// it is part of a footnote mark raised after a figure (`RaisedFootnoteMark`).
    struct Placed {
        var glyph: Glyph
        var afterSpace: Bool
        var streamIndex: Int
        var raised = false
    }

    /// `RaisedFootnoteMark`: flags each mark's glyphs (a word of their own, placed like signs).
    private func markRaisedFootnoteMarks(_ placed: inout [Placed]) {
        let raised = RaisedFootnoteMark.flags(placed.map(\.glyph))
        for i in placed.indices where raised[i] { placed[i].raised = true }
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

    /// Groups glyphs whose vertical centres agree, top to bottom. Signs and punctuation (and
    /// raised footnote marks, `RaisedFootnoteMark`) are placed afterwards into the line whose
    /// vertical extent holds their centre: their boxes
    /// can be tight (a minus sits at x-height), and clustered on their own they would jump to
    /// the line above and take a number's sign with them.
    private func clusterIntoRows(_ glyphs: [Placed]) -> [[Placed]] {
        // Rows are built from glyph indexes sorted by precomputed keys, and glyphs are copied
        // into rows once at the end: sorting and moving the 64-byte records themselves was most
        // of this function's cost (issue 8, callgrind). The comparisons are the same, on the
        // same values, so the order (ties included) is the one sorting the records gave.
        var keys: [RowKey] = []
        keys.reserveCapacity(glyphs.count)
        for (i, p) in glyphs.enumerated() where !LineBuilder.isThin(p.glyph.scalar.value) && !p.raised {
            keys.append(RowKey(midY: p.glyph.box.midY, x0: p.glyph.box.x0, height: p.glyph.box.height, index: i))
        }
        keys.sort { $0.midY != $1.midY ? $0.midY < $1.midY : $0.x0 < $1.x0 }
        var rows: [[Int]] = []
        var extents: [(y0: Double, y1: Double)] = []
        var current: [Int] = []
        var centre = 0.0, height = 0.0
        func close() {
            guard let first = current.first else { return }
            rows.append(current)
            let box = glyphs[first].glyph.box
            extents.append(current.dropFirst().reduce((box.y0, box.y1)) { extent, i in
                (min(extent.0, glyphs[i].glyph.box.y0), max(extent.1, glyphs[i].glyph.box.y1))
            })
        }
        for key in keys {
            if !current.isEmpty, abs(key.midY - centre) <= settings.lineCentreTolerance * max(min(height, key.height), 1) {
                current.append(key.index)
                continue
            }
            close()
            current = [key.index]
            centre = key.midY
            height = key.height
        }
        close()
        let clustered = RowExtentIndex(extents)
        for (i, p) in glyphs.enumerated() where LineBuilder.isThin(p.glyph.scalar.value) || p.raised {
            // The row whose extent holds the glyph's centre and whose middle is nearest; the
            // first such row on a tie: among the clustered rows (indexed by top edge), then the
            // rows of punctuation alone made below, which come after them in `extents`.
            let y = p.glyph.box.midY
            var (best, bestDistance) = clustered.nearestHolding(y, in: extents)
            for r in clustered.count..<extents.count where extents[r].y0 <= y && y <= extents[r].y1 {
                let distance = abs((extents[r].y0 + extents[r].y1) / 2 - y)
                if best == nil || distance < bestDistance { best = r; bestDistance = distance }
            }
            if let best {
                rows[best].append(i)
            } else {
                rows.append([i])
                extents.append((p.glyph.box.y0, p.glyph.box.y1))
            }
        }
        // Keep top-to-bottom order (rows made only of punctuation were appended last).
        let order = rows.indices.sorted { extents[$0].y0 + extents[$0].y1 < extents[$1].y0 + extents[$1].y1 }
        return order.map { rows[$0].map { glyphs[$0] } }
    }

    /// What the row clustering compares of a visible glyph, read once: its vertical centre, left
    /// edge and height, and where it is in the page's glyphs.
    private struct RowKey {
        var midY: Double
        var x0: Double
        var height: Double
        var index: Int
    }

    /// The clustered rows' extents ordered by top edge, to find the rows holding a height
    /// without looking at every row of the page for every sign and punctuation mark (a page of
    /// number tables has a comma in every number: rows × marks comparisons, 80 M instructions
    /// on Kauhava's 158 pages). A row holding `y` has its top within its height above `y`, so
    /// only tops from `y - tallest` to `y` are read; the answer is the one a scan of every row
    /// in order gives (nearest middle, the first row on a tie).
    struct RowExtentIndex {
        /// Row indexes by top edge (ties in row order).
        let order: [Int]
        let tops: [Double]
        let tallest: Double
        let count: Int

        init(_ extents: [(y0: Double, y1: Double)]) {
            order = extents.indices.sorted { (extents[$0].y0, $0) < (extents[$1].y0, $1) }
            tops = order.map { extents[$0].y0 }
            tallest = extents.map { $0.y1 - $0.y0 }.max() ?? 0
            count = extents.count
        }

        /// The row of the first `count` extents whose extent holds `y` and whose middle is
        /// nearest, the lowest index on a tie, and its distance; nil when none holds it.
        func nearestHolding(_ y: Double, in extents: [(y0: Double, y1: Double)]) -> (Int?, Double) {
            // Slack for rounding (a point, more far out): the bound only narrows the scan, every
            // row in it is tested exactly.
            let lowest = y - tallest - 1 - (abs(y) + tallest) * 1e-9
            var low = 0, high = tops.count
            while low < high {
                let mid = (low + high) / 2
                if tops[mid] < lowest { low = mid + 1 } else { high = mid }
            }
            var best: Int?, bestDistance = 0.0
            var k = low
            while k < tops.count, tops[k] <= y {
                let i = order[k], extent = extents[i]
                if y <= extent.y1 {
                    let distance = abs((extent.y0 + extent.y1) / 2 - y)
                    if best == nil || distance < bestDistance || distance == bestDistance && i < best! { best = i; bestDistance = distance }
                }
                k += 1
            }
            return (best, bestDistance)
        }
    }

    private func makeLine(_ row: [Placed], page: Int, faces: FaceTraits) -> TextLine {
        let glyphs = row.sorted { $0.glyph.box.x0 < $1.glyph.box.x0 }
        var words: [Word] = []
        // The word's UTF-8, made into a String once per word: appending to a String scalar by
        // scalar cost more than the rest of this function.
        var text: [UInt8] = []
        var box = glyphs[0].glyph.box
        var boldCount = 0, wordBold = 0, wordCount = 0, wordMono = 0
        // (size, glyph count) per font size: a line has few sizes, so a list beats hashing.
        var sizeVotes: [(size: Double, count: Int)] = []
        var currentSize = 0.0
        var previous: Placed?
        // The word's trailing run of dots (`LeaderGluedFigure`): how many, where its bytes start,
        // the box of the word before it and whether a letter stands right before it.
        var trailingDots = 0, dotsStart = 0
        var beforeDots = box
        var letterBeforeDots = false
        // The word ends where the loop says so (written out twice rather than as a nested
        // function: a function capturing these variables checked exclusive access per glyph).
        for (k, p) in glyphs.enumerated() {
            let font = min(p.glyph.font, faces.sizes.count - 1)
            let size = faces.sizes[font] > 0 ? faces.sizes[font] : p.glyph.box.height
            if let prev = previous {
                let gap = p.glyph.box.x0 - prev.glyph.box.x1
                let streamNeighbour = p.streamIndex == prev.streamIndex + 1
                let cut = p.afterSpace || p.raised != prev.raised || gap > settings.wordGapEm * size || (!streamNeighbour && gap > 0.05 * size)
                if !cut, !text.isEmpty, LeaderGluedFigure.isLeader(dots: trailingDots, afterLetter: letterBeforeDots),
                   LeaderGluedFigure.opensFigure(p.glyph.scalar, next: k + 1 < glyphs.count ? glyphs[k + 1].glyph.scalar : nil) {
                    // A leader glued to its figure: the label before it is a word of its own, the leader is dropped.
                    if dotsStart > 0 {
                        words.append(Word(text: String(decoding: text[..<dotsStart], as: UTF8.self), box: beforeDots, fontSize: currentSize,
                                          isBold: wordBold * 2 > wordCount, isMonospace: wordMono * 2 > wordCount))
                    }
                    text.removeAll(keepingCapacity: true)
                    wordBold = 0
                    wordMono = 0
                    wordCount = 0
                }
                if cut, !text.isEmpty {
                    words.append(Word(text: String(decoding: text, as: UTF8.self), box: box, fontSize: currentSize, isBold: wordBold * 2 > wordCount,
                                      isMonospace: wordMono * 2 > wordCount))
                    text.removeAll(keepingCapacity: true)
                    wordBold = 0
                    wordMono = 0
                    wordCount = 0
                }
            }
            let dots = LeaderGluedFigure.dots(p.glyph.scalar)
            if dots > 0, trailingDots > 0, !text.isEmpty {
                trailingDots += dots
            } else {
                trailingDots = dots
                dotsStart = text.count
                beforeDots = box
                // Asked only where a run of dots starts: a Unicode property lookup per glyph costs.
                letterBeforeDots = dots > 0 && !text.isEmpty && k > 0 && glyphs[k - 1].glyph.scalar.properties.isAlphabetic
            }
            if text.isEmpty { box = p.glyph.box; currentSize = size } else { box = box.union(p.glyph.box); currentSize = max(currentSize, size) }
            UTF8.encode(p.glyph.scalar) { text.append($0) }
            wordCount += 1
            if faces.bold[font] { wordBold += 1; boldCount += 1 }
            if faces.mono[font] { wordMono += 1 }
            let vote = (size * 10).rounded() / 10
            if let i = sizeVotes.firstIndex(where: { $0.size == vote }) { sizeVotes[i].count += 1 } else { sizeVotes.append((vote, 1)) }
            previous = p
        }
        if !text.isEmpty {
            words.append(Word(text: String(decoding: text, as: UTF8.self), box: box, fontSize: currentSize, isBold: wordBold * 2 > wordCount,
                              isMonospace: wordMono * 2 > wordCount))
        }
        let lineBox = words.compactMap(\.box).reduce(words[0].box!) { $0.union($1) }
        let dominantSize = sizeVotes.max { $0.count != $1.count ? $0.count < $1.count : $0.size > $1.size }?.size ?? 0
        return TextLine(page: page, words: words, box: lineBox, fontSize: dominantSize,
                        isBold: boldCount * 2 > glyphs.count, indent: lineBox.x0)
    }
}
