import Foundation

/// Renders one `Table` as aligned text for a terminal.
///
/// Layout, top to bottom (title, headers, rule, rows, legend, checks):
/// ```
/// Table p5-t1 (page 5) · Hallintopalvelut · €
///               TA+muutos
///                    2024      TP 2024  POIKKEAMA €
/// ──────────────────────────────────────────────────
/// MENOT        -6 649 150   -6 305 569      343 581
/// TULOT             1 200⇔       1 350          150
/// ▸ Joukkoliikenne
///   MENOT        -318 280    siirretty  213 930 260?
///   NETTOMENO    -318 280                -1 611 034!
/// markers: ? ambiguous-split  ! check-failed  ⇔ merged
/// checks: 1 ok, 1 failed
///   ✗ MENOT + TULOT = NETTOMENO  row 3 col 2: expected -1011034, printed -1611034
/// ```
/// - The label column is left-aligned and indented two spaces per `row.level`. When a row's
///   `group` differs from the previous row's, the group is printed first on its own line (`▸`).
/// - Value columns are right-aligned; every column whose cells carry flags has a marker slot
///   after the values, so the last characters of all values line up. Markers: `?`
///   ambiguous-split, `!` check-failed, `⇔` merged; a legend names those that appear.
/// - Cells print their `text` exactly as printed, never a re-formatted `value`. Empty cells print
///   nothing. Text-only cells wider than their column are cut with `…`; numbers never are.
/// - A table without any numeric cell (goal tables) is laid out as text instead: cells are
///   left-aligned and wrap over several lines, columns share the width (see `TableLayout`).
/// - Column headers wrap into at most three lines, bottom-aligned above the rule.
/// - Failed checks name the 0-based `row`/`col` indexes exactly as stored in the JSON.
///
/// Every line is at most `width` terminal cells unless numbers alone need more. Lines carry no
/// trailing spaces. The output depends only on the table and `width`.
public struct TableRenderer: Equatable, Sendable {
    /// Maximum line width in terminal cells.
    public var width: Int = 120

    public init(width: Int = 120) {
        self.width = width
    }

    /// The rendered table, one line per element, without line terminators.
    public func lines(_ table: Table) -> [String] {
        let layout = TableLayout(table: table, width: width)
        var out = [TerminalText.truncate(titleLine(table), to: width)]
        if table.columns.isEmpty && table.rows.isEmpty {
            out.append("(empty table)")
            return out
        }
        out += headerLines(table, layout)
        out.append(String(repeating: "─", count: min(layout.totalWidth, max(width, 1))))
        out += rowLines(table, layout)
        let flags = Set(table.rows.flatMap { $0.cells.flatMap { $0?.flags ?? [] } })
        out += CellMarker.legend(for: flags, width: width)
        out += checkLines(table)
        return out.map(trimTrailingSpaces)
    }

    /// The rendered table as text, each line ended by `\n`.
    public func render(_ table: Table) -> String {
        lines(table).map { $0 + "\n" }.joined()
    }

    // MARK: - Parts

    /// `Table p5-t1 (page 5) · caption · unit`; caption and unit only when present.
    private func titleLine(_ table: Table) -> String {
        var parts = ["Table \(table.id) (\(pagesText(table)))"]
        if let caption = table.caption, !caption.isEmpty { parts.append(caption) }
        if let unit = table.unit, !unit.isEmpty { parts.append(unit) }
        return parts.joined(separator: " · ")
    }

    /// `page 5`, `pages 5–8` for a contiguous run, `pages 5, 7` otherwise.
    private func pagesText(_ table: Table) -> String {
        let pages = Array(Set(table.pages + [table.page])).sorted()
        guard let first = pages.first, let last = pages.last, pages.count > 1 else {
            return "page \(table.page)"
        }
        if last - first + 1 == pages.count { return "pages \(first)–\(last)" }
        return "pages " + pages.map(String.init).joined(separator: ", ")
    }

    /// Column headers wrapped into at most three lines each, bottom-aligned.
    private func headerLines(_ table: Table, _ layout: TableLayout) -> [String] {
        let wrapped = zip(table.columns, layout.columns).map { column, width in
            column.header.isEmpty ? [] : TerminalText.wrap(column.header, width: width.width,
                                                            maxLines: TableLayout.headerLines)
        }
        let height = wrapped.map(\.count).max() ?? 0
        return (0..<height).map { line in
            var parts = [String(repeating: " ", count: layout.labelWidth)]
            for (lines, width) in zip(wrapped, layout.columns) {
                let index = line - (height - lines.count)
                let text = index >= 0 ? lines[index] : ""
                parts.append(align(header: text, in: width, mode: layout.mode))
            }
            return parts.joined(separator: gapText)
        }
    }

    /// A header line right-aligned over the values (numeric) or left-aligned (text).
    private func align(header: String, in column: TableLayout.ColumnWidth, mode: TableLayout.Mode) -> String {
        switch mode {
        case .text:
            return TerminalText.padRight(header, to: column.width)
        case .numeric:
            if TerminalText.width(header) <= column.valueWidth {
                return TerminalText.padRight(TerminalText.padLeft(header, to: column.valueWidth), to: column.width)
            }
            return TerminalText.padLeft(header, to: column.width)
        }
    }

    /// Group sub-heading lines and row lines.
    private func rowLines(_ table: Table, _ layout: TableLayout) -> [String] {
        var out: [String] = []
        var previousGroup: String?
        let multiline = layout.mode == .text && table.rows.contains { rowHeight($0, layout) > 1 }
        for (index, row) in table.rows.enumerated() {
            if multiline && index > 0 { out.append("") }
            if row.group != previousGroup, let group = row.group {
                let indent = String(repeating: " ", count: 2 * max(row.level - 1, 0))
                out.append(TerminalText.truncate(indent + "▸ " + group, to: width))
            }
            previousGroup = row.group
            switch layout.mode {
            case .numeric: out.append(numericRow(row, layout))
            case .text: out += textRow(row, layout)
            }
        }
        return out
    }

    /// One line: indented label, then right-aligned values each followed by its marker slot.
    private func numericRow(_ row: Row, _ layout: TableLayout) -> String {
        var parts = [label(row, width: layout.labelWidth)]
        for (index, column) in layout.columns.enumerated() {
            guard index < row.cells.count, let cell = row.cells[index] else {
                parts.append(String(repeating: " ", count: column.width))
                continue
            }
            let text = TerminalText.truncate(cell.text, to: column.valueWidth)
            let marker = CellMarker.marker(for: cell.flags)
            parts.append(TerminalText.padLeft(text, to: column.valueWidth)
                         + TerminalText.padRight(marker, to: column.markerWidth))
        }
        return parts.joined(separator: gapText)
    }

    /// The label indented two spaces per level and cut to `width`.
    private func label(_ row: Row, width: Int) -> String {
        let indent = min(2 * max(row.level, 0), max(width - 1, 0))
        let text = TerminalText.truncate(row.label, to: width - indent)
        return TerminalText.padRight(String(repeating: " ", count: indent) + text, to: width)
    }

    /// The wrapped cells of a text-layout row: label lines indented by level, then each value
    /// column's text with its marker, left-aligned.
    private func textCells(_ row: Row, _ layout: TableLayout) -> [[String]] {
        let indent = min(2 * max(row.level, 0), max(layout.labelWidth - 1, 0))
        let pad = String(repeating: " ", count: indent)
        var cells = [TerminalText.wrap(row.label, width: layout.labelWidth - indent).map { pad + $0 }]
        for (index, column) in layout.columns.enumerated() {
            guard index < row.cells.count, let cell = row.cells[index] else {
                cells.append([])
                continue
            }
            cells.append(TerminalText.wrap(cell.text + CellMarker.marker(for: cell.flags), width: column.width))
        }
        return cells
    }

    private func rowHeight(_ row: Row, _ layout: TableLayout) -> Int {
        textCells(row, layout).map(\.count).max() ?? 1
    }

    /// A text-layout row over as many lines as its tallest cell.
    private func textRow(_ row: Row, _ layout: TableLayout) -> [String] {
        let cells = textCells(row, layout)
        let widths = [layout.labelWidth] + layout.columns.map(\.width)
        let height = max(cells.map(\.count).max() ?? 1, 1)
        return (0..<height).map { line in
            zip(cells, widths).map { lines, width in
                TerminalText.padRight(line < lines.count ? lines[line] : "", to: width)
            }.joined(separator: gapText)
        }
    }

    /// `checks: N ok, R rounding, M mismatch` (the outcomes that occur), `verified V of W numeric
    /// cells (P %)`, and one `✗` line per mismatch with its arithmetic, wrapped to the width.
    private func checkLines(_ table: Table) -> [String] {
        guard !table.checks.isEmpty else { return [] }
        let kinds = Check.Outcome.allCases.compactMap { o -> String? in
            let n = table.checks.filter { $0.outcome == o }.count
            return n == 0 ? nil : "\(n) \(o.rawValue)"
        }
        var out = ["checks: " + kinds.joined(separator: ", "),
                   "verified \(table.verifiedCells) of \(table.numericCellCount) numeric cells "
                       + "(\(DocumentSummary.percent(table.verifiedCells, of: table.numericCellCount)))"]
        for check in table.checks where check.outcome == .mismatch {
            var text = "✗ \(check.rule)  row \(check.row) col \(check.column): "
            if !check.operands.isEmpty, check.table == nil, !check.rule.contains("×") {
                text += "\(IdentityChecker.arithmetic(check, in: table)) = \(IdentityChecker.number(check.expected)), "
            } else {
                text += "expected \(check.expected), "
            }
            text += "printed \(check.actual)"
            if check.tolerance > 0 { text += " (rounding allows ±\(IdentityChecker.number(check.tolerance)))" }
            if TerminalText.width(text) <= width - 2 {
                out.append("  " + text)
                continue
            }
            let wrapped = TerminalText.wrap(text, width: max(width - 2, 1))
            out.append("  " + wrapped[0])
            out += TerminalText.wrap(wrapped.dropFirst().joined(separator: " "), width: max(width - 4, 1))
                .filter { !$0.isEmpty }.map { "    " + $0 }
        }
        return out
    }

    private var gapText: String { String(repeating: " ", count: TableLayout.gap) }

    private func trimTrailingSpaces(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
