/// A first label column whose cells are merged vertically over blocks of rows: the group name
/// (a board, "Keskusvaalilautakunta") printed once, centred or set at the top of the rows it spans,
/// and the item labels (MENOT / TULOT / NETTOMENO) in a second label column on every row. Word
/// and spreadsheet määrärahat tables print them so (DOMAIN.md: a board's MENOT/TULOT/NETTOMENO
/// rows); read line by line, the name lands on one row of its block, left of that row's label, and
/// a long name wraps onto lines of its own between the rows ("Rakennus- ja ympäristö-" /
/// "lautakunta"). The truth keeps the name as the `group` of every row of its block.
///
/// The rule only reads a region whose every line is of that shape, so that no other table is
/// touched: each line is an item row (one label starting at the item column's left edge, then
/// values), an item row with a name chunk in front (the name ends left of the item column), or a
/// line holding only name text in the name column; the item labels repeat with one period
/// (≥ 2 rows, ≥ 2 blocks: the labels that repeat are what needs a group); and each block of one
/// period holds exactly one name, whose pieces all stand within the block's lines.
enum MergedGroupColumn {
    /// Result: the region's lines with the name words taken out (name-only lines dropped), and
    /// the group each kept line's row starts (set on the first line of each block).
    struct Reading {
        var lines: [Int: TextLine]
        var dropped: Set<Int>
        var groupAt: [Int: String]
    }

    /// Tolerance for "starts at the item column", in em.
    static let alignToleranceEm = 1.0
    /// The name must end at least this far (em) left of the item column.
    static let minGapEm = 1.0

    static func read(_ rowLines: [Int], lines: [TextLine], valueLeft: Double, em: Double,
                     settings: TableSettings) -> Reading? {
        enum Shape { case item(label: String, x0: Double), named(name: [Word], label: String, x0: Double), nameOnly([Word]) }
        var shapes: [Shape] = []
        for i in rowLines {
            let chunks = TableLineRole.cells(of: lines[i], settings: settings)
            let isText: ([Word]) -> Bool = { !$0.allSatisfy { WordTraits.isValue($0.text) } }
            let labels = chunks.prefix { chunk in isText(chunk) && (chunk.first?.box?.x0 ?? .infinity) < valueLeft }
            let rest = chunks.dropFirst(labels.count)
            // Everything after the labels is values (no text cells).
            guard rest.allSatisfy({ !isText($0) }) else { return nil }
            switch (labels.count, rest.isEmpty) {
            case (1, false):
                guard let x0 = labels[0].first?.box?.x0 else { return nil }
                shapes.append(.item(label: labels[0].map(\.text).joined(separator: " "), x0: x0))
            case (2, false):
                guard let x0 = labels[1].first?.box?.x0 else { return nil }
                shapes.append(.named(name: labels[0], label: labels[1].map(\.text).joined(separator: " "), x0: x0))
            case (1, true):
                shapes.append(.nameOnly(labels[0]))
            default:
                return nil
            }
        }
        // The item column: every row's label starts at one x.
        var itemX: [Double] = []
        var labels: [String] = []
        for shape in shapes {
            switch shape {
            case .item(let label, let x0), .named(_, let label, let x0): itemX.append(x0); labels.append(label)
            case .nameOnly: break
            }
        }
        guard let lo = itemX.min(), let hi = itemX.max(), hi - lo <= alignToleranceEm * em else { return nil }
        // Name text ends left of the item column.
        for shape in shapes {
            let name: [Word]
            switch shape {
            case .named(let n, _, _), .nameOnly(let n): name = n
            case .item: continue
            }
            guard let x1 = name.last?.box?.x1, x1 <= lo - minGapEm * em else { return nil }
        }
        // One period of repeating item labels, at least two rows long and two blocks.
        guard let period = (2...max(2, labels.count / 2)).first(where: { p in
            labels.count % p == 0 && labels.indices.allSatisfy { labels[$0] == labels[$0 % p] }
        }), labels.count / period >= 2, Set(labels.prefix(period)).count == period else { return nil }
        // Each block: the lines from its first row to its last, holding exactly one name.
        var reading = Reading(lines: [:], dropped: [], groupAt: [:])
        var rowIndex = 0
        var pieces: [String] = []
        // Where (index in `rowLines`) each piece stands, and the block's rows that carry a name.
        var pieceAt: [Int] = []
        var namedRows = 0
        var blockStart: Int?
        for (k, i) in rowLines.enumerated() {
            switch shapes[k] {
            case .nameOnly(let n):
                // Between two rows of one block only.
                guard rowIndex % period != 0 else { return nil }
                pieces.append(n.map(\.text).joined(separator: " "))
                pieceAt.append(k)
                reading.dropped.insert(i)
            case .item, .named:
                if rowIndex % period == 0 { blockStart = i }
                if case .named(let n, _, _) = shapes[k] {
                    pieces.append(n.map(\.text).joined(separator: " "))
                    pieceAt.append(k)
                    namedRows += 1
                    var line = lines[i]
                    line.words.removeFirst(n.count)
                    reading.lines[i] = line
                }
                rowIndex += 1
                if rowIndex % period == 0 {
                    // One name per block: on one row at most, its wrapped pieces on lines next to each
                    // other with at most one row between them (a name centred on a row).
                    guard let start = blockStart, !pieces.isEmpty, pieces.count <= 3, namedRows <= 1,
                          let first = pieceAt.first, let last = pieceAt.last, last - first <= pieces.count else { return nil }
                    let name = TextJoiner.join(pieces)
                    guard !name.contains(where: \.isNumber) else { return nil }
                    reading.groupAt[start] = name
                    pieces.removeAll()
                    pieceAt.removeAll()
                    namedRows = 0
                }
            }
        }
        guard pieces.isEmpty, rowIndex % period == 0 else { return nil }
        return reading
    }
}
