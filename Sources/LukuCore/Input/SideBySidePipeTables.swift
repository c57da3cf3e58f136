/// Two statements printed side by side that a converter wrote as one pipe table: pymupdf4llm's
/// Markdown of kauhava-tilinpaatos-2024 p. 35 heads its balance sheet
/// "|**VASTAAVAA**|**2024**|**2023**|**VASTATTAVAA**|**2024**|**2023**|" and p. 38
/// "|TULOT|_1 000 €_|_%_|MENOT|_1 000 €_|_%_|", each row holding an item of each side. A header
/// row whose second half repeats its first half's column headers (each with a figure, `%` or `€`
/// in it, so words split over cells are not taken), with a label of words opening each half, is
/// two tables: the left half's rows are written first, then the right half's under its own
/// header, as `TextGutterSplitter` does for `pdftotext -layout`. A half row with no cell filled is
/// left out; a block whose rows change width stops at the first such row, and every cell stays
/// the cell the converter drew.
enum SideBySidePipeTables {
    /// The text with each side-by-side pipe table written as its two halves, one after the other.
    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var changed = false
        var i = 0
        while i < lines.count {
            let labelled = halfWidth(lines, at: i) ?? UnlabelledSideBySideHalves.halfWidth(lines, at: i)
            let captioned = labelled == nil ? CaptionedSideBySideHalves.halfWidth(lines, at: i) : nil
            guard let half = labelled ?? captioned else {
                out.append(lines[i])
                i += 1
                continue
            }
            var left: [String] = [], right: [String] = []
            var j = i
            while j < lines.count, let cells = rawCells(lines[j]), cells.count == 2 * half {
                let isAlignment = cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("-") || $0.contains("---") }
                for (side, range) in [(0, 0..<half), (1, half..<(2 * half))] {
                    let part = Array(cells[range])
                    guard isAlignment || part.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
                    let row = "|" + part.joined(separator: "|") + "|"
                    if side == 0 { left.append(row) } else { right.append(row) }
                }
                j += 1
            }
            out += captioned == nil ? left + [""] + right
                : CaptionedSideBySideHalves.lift(left) + [""] + CaptionedSideBySideHalves.lift(right)
            changed = true
            i = j
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// The cells of one half when line `i` heads a side-by-side pipe table (an alignment row
    /// follows it), else nil.
    static func halfWidth(_ lines: [String], at i: Int) -> Int? {
        guard i + 1 < lines.count, let head = rawCells(lines[i]), let rule = rawCells(lines[i + 1]),
              rule.count == head.count, rule.allSatisfy({ $0.contains("-") && $0.allSatisfy { "-: ".contains($0) } }),
              head.count >= 4, head.count % 2 == 0 else { return nil }
        let plain = head.map { $0.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: "")
            .trimmingCharacters(in: .whitespaces) }
        let half = head.count / 2
        let leftHeads = plain[1..<half], rightHeads = plain[(half + 1)...]
        guard Array(leftHeads) == Array(rightHeads),
              leftHeads.allSatisfy({ $0.contains { $0.isNumber || $0 == "%" || $0 == "€" } }),
              [plain[0], plain[half]].allSatisfy({ $0.contains(where: \.isLetter) && !$0.contains { $0.isNumber } })
        else { return nil }
        return half
    }

    /// The cells between the pipes of a pipe-table line, untrimmed; nil for any other line or
    /// one with an escaped pipe (left to `PipeTableRow`).
    static func rawCells(_ line: String) -> [String]? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.count >= 2, t.first == "|", t.last == "|", !t.contains("\\|") else { return nil }
        return t.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }
}
