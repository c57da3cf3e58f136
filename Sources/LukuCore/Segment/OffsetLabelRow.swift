import Foundation

/// One table row printed as two lines that overlap: the row's figures a few points above its
/// label, or below it. Qt WebKit (wkhtmltopdf) sets a row that has grown taller with its number
/// cells at the top and its label cell lower down (hold-out set 7, hold7-03 p. 2: the figures of
/// "Vesijohtoverkoston saneeraus, alue 12" 3.5 pt above the label, both 7 pt tall); HTML and word
/// processor tables whose cells are vertically aligned differently print the same. The line
/// builder, which groups glyphs by their vertical centres, makes two lines of it, and the
/// figures became a row without a label, the label a group heading (5 figures missing).
///
/// Two consecutive lines of a PDF page are one row when one holds only figures (at least
/// `minFigures`), the other only a short label (at most `maxLabelWords`, not a sentence) ending left
/// of the first figure, both in the same weight, and their boxes overlap vertically by at least
/// `minOverlap` of the lower one's height. Lines of text, however tightly set, never overlap that
/// much (a line pitch is more than a line's height); a label's wrapped second line overlaps the
/// label above it, not a figure line beside it.
enum OffsetLabelRow {
    static let minOverlap = 0.4
    static let minFigures = 2
    static let maxLabelWords = 8

    static func join(_ lines: [TextLine]) -> [TextLine] {
        var out: [TextLine] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            if i + 1 < lines.count, let row = merged(lines[i], lines[i + 1]) {
                out.append(row)
                i += 2
            } else {
                out.append(lines[i])
                i += 1
            }
        }
        return out
    }

    /// The row `a` and `b` print together, label first, or nil.
    static func merged(_ a: TextLine, _ b: TextLine) -> TextLine? {
        guard a.page == b.page, a.isBold == b.isBold, a.tabCells == nil, b.tabCells == nil else { return nil }
        let label: TextLine, figures: TextLine
        if isFigures(a), isLabel(b) {
            (label, figures) = (b, a)
        } else if isFigures(b), isLabel(a) {
            (label, figures) = (a, b)
        } else {
            return nil
        }
        guard let lb = label.box, let fb = figures.box, lb.x1 < fb.x0 else { return nil }
        let overlap = min(lb.y1, fb.y1) - max(lb.y0, fb.y0)
        let height = min(lb.y1 - lb.y0, fb.y1 - fb.y0)
        guard height > 0, overlap >= minOverlap * height else { return nil }
        return TextLine(page: label.page, words: label.words + figures.words,
                        box: BoundingBox(x0: lb.x0, y0: min(lb.y0, fb.y0), x1: fb.x1, y1: max(lb.y1, fb.y1)),
                        fontSize: max(label.fontSize, figures.fontSize), isBold: label.isBold, indent: label.indent)
    }

    static func isFigures(_ line: TextLine) -> Bool {
        line.words.count >= minFigures && line.words.allSatisfy { WordTraits.isValue($0.text) }
    }

    static func isLabel(_ line: TextLine) -> Bool {
        guard let first = line.words.first, first.text.contains(where: \.isLetter),
              line.words.count <= maxLabelWords, !line.text.hasSuffix(".") else { return false }
        // A number in the label ("alue 12") is part of it; two make a row of its own.
        return line.words.filter { WordTraits.isValue($0.text) }.count <= 1
    }
}
