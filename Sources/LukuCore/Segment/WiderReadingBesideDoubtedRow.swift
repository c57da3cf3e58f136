/// A table read from single-spaced text without a column header takes its column count from its
/// rows, and that count is itself a reading. Once the reader flagged one row's split
/// `ambiguous-split` ("TULOT 4 116 4 262 146 103,5 %", which also reads as 4 116 | 4 262 | 146 |
/// 103,5 %), every other row whose digits also read into more columns is in the same doubt:
/// "MENOT –7 161 –6 541 620 91,3 %" read as three cells is truly –7 161 | –6 541 | 620 | 91,3 %
/// (synth koivukyla p. 4); under "Korkotuotot 442 476" (flagged: one figure or two),
/// "Muut rahoituskulut –17 847 –5 415" is truly the item and its group's subtotal for each year,
/// –17 | 847 | –5 | 415, and "Vuosikate 13 117 5 749" stands in the subtotal columns (synth
/// saarnisaari p. 1; katajaselka p. 2 "RAHOITUKSEN RAHAVIRTA 4 857 2 194" under "Korottomien
/// velkojen muutos –253 144 469 434"), all in `-raw` and pypdf. Such rows are flagged
/// `ambiguous-split`; rows whose digits allow no wider reading ("Korkokulut –534 –445") keep
/// their reading unflagged.
enum WiderReadingBesideDoubtedRow {
    static func flagged(_ draft: TableDraft) -> [Row] {
        let rows = draft.rows
        let width = draft.columns.count
        guard width > 0, draft.columns.allSatisfy({ $0.header.isEmpty }),
              rows.contains(where: { $0.cells.contains { $0?.flags.contains(.ambiguousSplit) ?? false } }) else { return rows }
        return rows.map { row in
            guard row.cells.allSatisfy({ $0.map { $0.value != nil || $0.flags.contains(.ambiguousSplit) } ?? true }),
                  row.cells.contains(where: { $0.map { $0.value != nil && !$0.flags.contains(.ambiguousSplit) } ?? false })
            else { return row }
            let tokens = row.cells.compactMap { $0?.text }.joined(separator: " ").split(separator: " ").map(String.init)
            let readsWider = ((width + 1)...max(width + 1, min(2 * width, RowColumnCount.maxColumns))).contains { m in
                // Any reading counts, a signed figure before three digits too: "–17 | 847" is an
                // item beside its group's subtotal, the very reading in doubt.
                DigitRunSplitter.split(tokens, columns: m) != nil
            }
            guard readsWider else { return row }
            var out = row
            out.cells = row.cells.map(UnspacedTextRows.doubted)
            return out
        }
    }
}
