/// Decision 4 of the table stage, read over several lines at once: label-only lines that are the
/// first lines of the label of the data row below them, told by what comes after them (which a
/// `RowRule`, seeing one line and the next, cannot). Each layout is one `LabelRunReading` in a
/// file of its own, naming the pages that prove it; `LabelRunReadings.all` lists them.
/// `LabelRunRule` then joins the marked lines to their row.
protocol LabelRunReading: Sendable {
    /// How many lines from position `k` of `table` (label-only lines, or a lone item code) start
    /// the label of the data row after them, or nil when this layout does not apply.
    func run(at k: Int, in table: LabelRunLines) -> Int?
}

enum LabelRunReadings {
    static let all: [any LabelRunReading] = [
        CodeLedItemLabel(),
        WrappedCapsLabel(),
    ]

    /// Positions (in `table.lines`) of the label-only lines that start a data row's label.
    static func joined(_ table: LabelRunLines) -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        while k < table.lines.count {
            guard let n = all.lazy.compactMap({ $0.run(at: k, in: table) }).first, n > 0 else {
                k += 1
                continue
            }
            out.formUnion(k..<(k + n))
            k += n + 1
        }
        return out
    }
}

/// A table region's lines as the label-run readings see them.
struct LabelRunLines {
    var lines: [TextLine]
    var roles: [TableLineRole]
    /// Label-only lines one label may wrap over before its row.
    var maxLines: Int

    func isLabelOnly(_ k: Int) -> Bool { k < roles.count && roles[k] == .labelOnly }

    /// The label words of data line `k` (the words before its values), nil for other lines.
    func dataLabel(_ k: Int) -> [Word]? {
        guard k < roles.count, case .data(let labelCount) = roles[k], labelCount <= lines[k].words.count else { return nil }
        return Array(lines[k].words.prefix(labelCount))
    }

    /// The first data line after `k` with only label-only lines between (at most `maxLines`
    /// counting `k`), nil when another line comes first.
    func rowAfter(_ k: Int) -> Int? {
        var m = k + 1
        while m < lines.count, isLabelOnly(m), m - k < maxLines { m += 1 }
        return dataLabel(m) == nil ? nil : m
    }

    /// `a` and `b` start at the same indent (half an em).
    static func sameIndent(_ a: Double?, _ b: Double?, em: Double) -> Bool {
        guard let a, let b else { return false }
        return abs(a - b) <= 0.5 * max(em, 1)
    }
}

/// Joins the label-only lines a `LabelRunReading` marked to the label of the row below them.
struct LabelRunRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard line.startsRowBelow else { return false }
        state.flushFragment()
        // A lone code was read as a cell; it is the label's first word.
        state.assembler.addLabelRun(line.isLabelOnly ? line.label : line.line.words.map(\.text).joined(separator: " "))
        return true
    }
}
