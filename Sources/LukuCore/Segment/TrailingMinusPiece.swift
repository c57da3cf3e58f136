/// A row holding a number with a trailing minus that was not read (`865,02-`: a piece of
/// `381 865,02-` cut apart by a reading without column positions, or a lone one that is not the
/// table's convention, `NotationConvention`). Where one number was cut, the row's other numbers
/// may be its cut-off digits: "Tulorahoituksen korjauserät ..... 34 343,15-  381 865,02-" read
/// from text too short to be laid out came out as `381 | 865,02-`, the `381` a plain value with no
/// flag (hold-out 12's rahoituslaskelma ingested alone, and the `-raw` text of hold-out 03 with
/// `--ablate fmt.neg=trail`). Every read number of such a row is flagged `ambiguous-split` and the
/// table gets a warning; values are never changed. No real, synth or corpus text has such a cell.
enum TrailingMinusPiece {
    static let issueCode = "trailing-minus-cut"

    /// Flags the rows of every table; returns one warning per table changed.
    static func flag(_ document: inout Document) -> [Issue] {
        var issues: [Issue] = []
        document.updateTables { table in
            var rows = 0
            for r in table.rows.indices where table.rows[r].cells.contains(where: { $0.map(isUnreadPiece) ?? false }) {
                var changed = false
                for c in table.rows[r].cells.indices {
                    guard var cell = table.rows[r].cells[c], cell.value != nil, !cell.flags.contains(.ambiguousSplit) else { continue }
                    cell.flags = (cell.flags + [.ambiguousSplit]).sorted()
                    table.rows[r].cells[c] = cell
                    changed = true
                }
                if changed { rows += 1 }
            }
            if rows > 0 {
                issues.append(Issue(severity: .warning, code: issueCode, page: table.page,
                                    message: "table \(table.id): \(rows) row(s) hold a number with a trailing minus that was not read (\"865,02-\"); the row's other numbers may be its cut-off digits and are flagged ambiguous-split"))
            }
        }
        return issues
    }

    /// Digits and a minus at the end, with no value read: an unread trailing-minus number.
    static func isUnreadPiece(_ cell: Cell) -> Bool {
        guard cell.value == nil, cell.flags.contains(.unreadable) || cell.flags.contains(.merged) else { return false }
        let s = Array(cell.text.unicodeScalars)
        return s.count >= 2 && FinnishNumber.isMinus(s[s.count - 1].value) && FinnishNumber.isDigit(s[s.count - 2].value)
    }
}
