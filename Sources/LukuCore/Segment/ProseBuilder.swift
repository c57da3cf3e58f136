/// Builds paragraphs and lists from the lines no table or heading claimed. A paragraph ends at a
/// blank line (text) or a vertical gap wider than `paragraphGapEm` (PDF), at a page break, and
/// before a bullet. A list runs over consecutive bulleted items, even across blank lines; lines
/// after a bullet continue its item.
struct ProseBuilder {
    var paragraphGapEm = 0.5

    private var lines: [TextLine] = []

    init() {}

    /// True when `next` cannot continue the text collected so far.
    func breaks(before next: TextLine) -> Bool {
        guard let last = lines.last else { return false }
        if next.page != last.page { return !(last.box == nil) }
        if let a = last.box, let b = next.box {
            let em = max(a.height, b.height, 1) * 0.77
            return b.y0 - a.y1 > paragraphGapEm * em || b.y0 < a.y0 - 1
        }
        return false
    }

    mutating func add(_ line: TextLine) { lines.append(line) }

    var isEmpty: Bool { lines.isEmpty }

    /// Turns the collected lines into blocks and starts over.
    mutating func flush() -> [Block] {
        defer { lines.removeAll() }
        guard let first = lines.first else { return [] }
        if lines.contains(where: WordTraits.bulletPrefix) {
            return listBlocks()
        }
        return [.paragraph(Paragraph(page: first.page, text: TextJoiner.join(lines.map(\.text))))]
    }

    private func listBlocks() -> [Block] {
        var blocks: [Block] = []
        var lead: [String] = []
        var items: [[String]] = []
        for line in lines {
            if WordTraits.bulletPrefix(line) {
                items.append([line.words.dropFirst().map(\.text).joined(separator: " ")])
            } else if items.isEmpty {
                lead.append(line.text)
            } else {
                items[items.count - 1].append(line.text)
            }
        }
        if !lead.isEmpty { blocks.append(.paragraph(Paragraph(page: lines[0].page, text: TextJoiner.join(lead)))) }
        let page = lines.first(where: WordTraits.bulletPrefix)?.page ?? lines[0].page
        blocks.append(.list(ListBlock(page: page, items: items.map { TextJoiner.join($0) })))
        return blocks
    }
}
