import Foundation

/// Space-grouped numbers whose thousands groups a converter ran together. pymupdf4llm's Markdown
/// of kauhava-tilinpaatos-2024 writes the PDF's `65 659 576,31` as `65659 576,31`, `4 780 470` as
/// `4 780470` and `1 500 000` as `1500 000` (pages 116–131: tuloslaskelmaosa, investoinnit,
/// rahoitusosa, rahoituslaskelma, tase; 114 cells), and the cell reader leaves them unreadable.
/// A cell that holds only a sign, digit groups and an optional decimal comma, whose first group
/// has one to six digits and every later group three or six (one group, or two run together),
/// with at least one group off the three-digit rule, reads as the digits joined:
/// `65659 576,31` → 65659576.31. Only the PDF's gaps tell that the cell holds one number and not
/// two, so every such value is flagged `ambiguous-split` (in place of `unreadable`, or of `merged`
/// when a sign made the cell reader see two numbers: `-4 567075,00`) and the table gets a warning. A cell
/// with a shorter group in the middle (`635000 11 635`, two numbers tangled) stays unreadable.
/// No other text of the corpus (every flavour of every real and synth document) has such a cell
/// but one in Kauhava's `pdftotext -layout`; texts without one are left alone.
enum FusedThousandsGroups {
    static let issueCode = "fused-thousands-groups"

    /// Reads the fused cells of every table; returns one issue per table changed.
    static func read(_ document: inout Document) -> [Issue] {
        var issues: [Issue] = []
        document.updateTables { table in
            let read = table.rewriteAmountCells { _, _, _, cell in
                guard cell.value == nil, cell.flags.contains(.unreadable) || cell.flags.contains(.merged),
                      let value = value(cell.text) else { return nil }
                var cell = cell
                cell.value = value
                cell.flags = (cell.flags.filter { $0 != .unreadable && $0 != .merged } + [.ambiguousSplit]).sorted()
                return cell
            }
            if read > 0 {
                issues.append(Issue(severity: .warning, code: issueCode, page: table.page,
                                    message: "table \(table.id): \(read) number(s) with thousands groups run together (\"65659 576,31\", \"4 780470\") read as one number each; flagged ambiguous-split"))
            }
        }
        return issues
    }

    /// The value of a fused space-grouped number ("1500 000" → 1500000, "-4 567075,00" →
    /// -4567075.00), or nil when the text is not one.
    static func value(_ text: String) -> Decimal? {
        let visible = String(text.unicodeScalars.filter { !FinnishNumber.isInvisible($0.value) }.map(Character.init))
        var body = Substring(visible.trimmingCharacters(in: .whitespaces))
        var sign = ""
        if let f = body.first?.unicodeScalars.first, FinnishNumber.isMinus(f.value) {
            sign = "-"
            body = body.dropFirst().drop { $0 == " " }
        }
        var decimals = ""
        if let comma = body.firstIndex(of: ",") {
            let tail = body[body.index(after: comma)...]
            guard !tail.isEmpty, tail.allSatisfy(\.isASCIIDigit) else { return nil }
            decimals = "." + tail
            body = body[..<comma]
        }
        let groups = body.split(whereSeparator: { c in c == " " || c.unicodeScalars.first.map { FinnishNumber.isSpace($0.value) } == true })
        guard groups.count >= 2, groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let first = groups.first, (1...6).contains(first.count), first.first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 || $0.count == 6 }),
              first.count > 3 || groups.contains(where: { $0.count == 6 }) else { return nil }
        return Decimal(string: sign + groups.joined() + decimals, locale: Locale(identifier: "en_US_POSIX"))
    }
}
