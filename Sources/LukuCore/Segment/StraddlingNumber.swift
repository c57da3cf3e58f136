/// A number joined from digit groups that reaches across a column edge is two numbers whose
/// column gap shrank to one space: `pdftotext -layout` prints Kauhava p. 35 "VASTAAVAA
/// 138 421 130 900" under 2024 | 2023, and the joined "number" ends in the 2023 column while it
/// starts in the 2024 one. It is cut at the digit-group seam nearest the left column's right
/// edge, and both parts are flagged `ambiguousSplit`: the reading is the likely one, not a
/// printed fact. A unit after the last figure ("%", "€") goes with the right part: hold-out
/// hold-10-continued-wrapped -layout prints a negative Poikkeama one space before a Käyttö-% of
/// 100 or more ("805 091       -2 267 100,3 %", six rows on pp. 1–2) under columns whose other
/// rows end at the Poikkeama edge ("6 160   97,2 %").
enum StraddlingNumber {
    /// Units printed after a figure, one space apart, that belong to the last figure's cell.
    static let unitSuffixes: Set<String> = ["%", "€"]

    /// The parts of `word` when it straddles the right edge of a value column left of the one
    /// its right edge is in; nil when it does not (the usual case).
    static func split(_ word: Word, spans: [ColumnClusterer.Span], em: Double) -> [Word]? {
        guard let box = word.box, word.text.contains(" "), spans.count > 1 else { return nil }
        let own = ColumnClusterer.column(for: BoundingBox(x0: box.x1 - 0.1, y0: box.y0, x1: box.x1, y1: box.y1), in: spans)
        // The right edge of a column left of the word's own, inside the word with a margin.
        guard let edge = spans[..<own].map(\.x1).last(where: { $0 > box.x0 + em && $0 < box.x1 - em }) else { return nil }
        var groups = word.text.split(separator: " ").map(String.init)
        // A unit after the last figure stays with the right part: hold-10 -layout prints a negative
        // Poikkeama one space before its Käyttö-% ("-2 267 100,3 %").
        let suffix = groups.last.flatMap { unitSuffixes.contains($0) ? $0 : nil }
        if suffix != nil { groups.removeLast() }
        guard groups.count >= 2, groups.allSatisfy({ $0.contains(where: \.isNumber) }) else { return nil }
        let width = box.width / Double(word.text.count)  // characters of laid-out text are equal
        var best: (cut: Int, distance: Double)?
        var length = 0
        for cut in 1..<groups.count {
            length += groups[cut - 1].count + (cut > 1 ? 1 : 0)
            let left = groups[..<cut].joined(separator: " "), right = groups[cut...].joined(separator: " ")
            guard FinnishNumber.parse(left) != nil, FinnishNumber.parse(right) != nil else { continue }
            let distance = abs(box.x0 + Double(length) * width - edge)
            if distance < best?.distance ?? .infinity { best = (cut, distance) }
        }
        guard let cut = best?.cut else { return nil }
        let leftText = groups[..<cut].joined(separator: " ")
        let rightText = (groups[cut...] + (suffix.map { [$0] } ?? [])).joined(separator: " ")
        let leftEnd = box.x0 + Double(leftText.count) * width
        var left = word, right = word
        left.text = leftText
        left.box = BoundingBox(x0: box.x0, y0: box.y0, x1: leftEnd, y1: box.y1)
        right.text = rightText
        right.box = BoundingBox(x0: box.x1 - Double(rightText.count) * width, y0: box.y0, x1: box.x1, y1: box.y1)
        left.doubtfulJoin = true
        right.doubtfulJoin = true
        return [left, right]
    }
}
