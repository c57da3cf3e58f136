import Foundation

/// The numbers a converter printed without their trailing zeros (`DroppedZeroGroups`) that the
/// text itself still decides. Docling's Markdown of lapua-sivla-poytakirja-2024-11-21
/// (../shared/real) prints the PDF's dot-grouped `-691.960` as `-691.96`, `1.670` as `1.67`,
/// `-827.940` as `-827.94` (p. 18), and `-10.000`, `-300.000`, `-20.000` as `-10`, `-300`, `-20`
/// (pp. 18, 20). In a text that shows such lost zeros:
/// - a dot-grouped figure whose last group has one or two digits has only one reading: the group
///   with its zeros back (`-691.96` → -691 960);
/// - a short whole number in a row that also holds another amount and a percent of the two
///   (Tot-% = Tot. / TA × 100, as printed to its decimals) is scaled by the one power of a
///   thousand (1, 1 000, 1 000 000) whose percent matches the printed one: `-10` beside `-9.706`
///   and `97,1` is -10 000 (9 706 / 10 = 97 060 %). When no scale or more than one fits, the cell
///   stays as read (and `DroppedZeroGroups` flags it).
/// Every restored cell keeps its printed text and is flagged `ambiguous-split`; the arithmetic
/// checks then see the restored value. Texts without a lost zero (every extractor's text of the
/// same PDF, every other document) are left alone.
enum LostZerosRestored {
    static let issueCode = "lost-zeros-restored"
    /// The scales a number that lost its zero groups may have had.
    static let scales: [Decimal] = [1, 1_000, 1_000_000]

    /// Whether the text shows lost zeros: some cell is a dot-grouped figure with a short last group.
    static func shown(in document: Document) -> Bool {
        document.allTables.contains(where: { $0.rows.contains { $0.cells.contains { $0.map(DroppedZeroGroups.showsLostZeros) ?? false } } })
    }

    /// Restores the decidable cells of every table, then has `DroppedZeroGroups` flag the short
    /// numbers left; returns one issue per table restored or flagged.
    static func restoreAndFlag(_ document: inout Document) -> [Issue] {
        guard shown(in: document) else { return [] }
        let issues = restore(&document)
        return issues + DroppedZeroGroups.flag(&document, shown: true)
    }

    /// Restores the decidable cells of every table and returns one issue per table changed.
    static func restore(_ document: inout Document) -> [Issue] {
        guard shown(in: document) else { return [] }
        var issues: [Issue] = []
        document.updateTables { table in
            var restored = 0
            for r in table.rows.indices {
                // Lost zeros in a group first: the row's amounts are then whole for the percent test.
                restored += table.rewriteAmountCells(inRow: r) { _, _, _, cell in
                    guard DroppedZeroGroups.showsLostZeros(cell), let value = padded(cell.text) else { return nil }
                    var cell = cell
                    cell.value = value
                    cell.flags = (cell.flags.filter { $0 != .unreadable } + [.ambiguousSplit]).sorted()
                    return cell
                }
                restored += table.rewriteAmountCells(inRow: r) { table, r, c, cell in
                    guard DroppedZeroGroups.isShortWhole(cell), let value = cell.value,
                          let scale = scaleByPercent(table, row: r, column: c), scale != 1 else { return nil }
                    var cell = cell
                    cell.value = value * scale
                    if !cell.flags.contains(.ambiguousSplit) { cell.flags.append(.ambiguousSplit) }
                    cell.flags.sort()
                    return cell
                }
            }
            if restored > 0 {
                issues.append(Issue(severity: .warning, code: issueCode, page: table.page,
                                    message: "table \(table.id): \(restored) number(s) printed without their trailing zeros (\"-691.96\" for -691.960, \"-10\" for -10.000) read with the zeros back, from the dot grouping or the row's percent; flagged ambiguous-split"))
            }
        }
        return issues
    }

    /// "-691.96" → -691960, "1.67" → 1670: the last dot group padded with zeros to three digits.
    static func padded(_ text: String) -> Decimal? {
        var body = Substring(text.filter { $0 != " " && $0 != "\u{00A0}" })
        var negative = false
        if let f = body.first, "-−–+".contains(f) { negative = f != "+"; body = body.dropFirst() }
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        guard let last = groups.last, (1...2).contains(last.count) else { return nil }
        let digits = groups.dropLast().joined() + last + String(repeating: "0", count: 3 - last.count)
        guard let magnitude = Decimal(string: digits) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// The one scale of the short whole number at (`row`, `column`) for which another amount of
    /// the row and a percent column of the row agree (either amount over the other), or nil.
    static func scaleByPercent(_ table: Table, row r: Int, column c: Int) -> Decimal? {
        let cells = table.rows[r].cells
        guard let value = cells[c]?.value else { return nil }
        let percents = cells.indices.filter { $0 < table.columns.count && table.columns[$0].unit == "%" && cells[$0]?.value != nil }
        let amounts = cells.indices.filter { k in
            k != c && k < table.columns.count && table.columns[k].unit != "%"
                && (cells[k].map { $0.value != nil && $0.value != 0 && !DroppedZeroGroups.isShortWhole($0) } ?? false)
        }
        var fitting: Set<Decimal> = []
        for scale in scales {
            let v = value * scale
            for p in percents {
                guard let percent = cells[p]?.value, let text = cells[p]?.text else { continue }
                let tolerance = halfUnit(text)
                for k in amounts {
                    guard let other = cells[k]?.value else { continue }
                    for ratio in [other / v * 100, v / other * 100] where abs(ratio - percent) <= tolerance {
                        fitting.insert(scale)
                    }
                }
            }
        }
        return fitting.count == 1 ? fitting.first : nil
    }

    /// Half a unit of the printed percent's last decimal: "97,1" → 0.05, "101" → 0.5.
    static func halfUnit(_ text: String) -> Decimal {
        let decimals = text.split(whereSeparator: { $0 == "," || $0 == "." }).dropFirst().first?.filter(\.isASCIIDigit).count ?? 0
        var half = Decimal(5)
        for _ in 0...decimals { half /= 10 }
        return half
    }
}
