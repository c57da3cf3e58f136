/// Pipe cells written as Markdown code spans, as pymupdf4llm writes every span set in a monospace
/// font (Courier: ERP listings, FPDF/TCPDF reports).
///
/// "|`Myyntituotot`|`125 481`|`49 159-`|`111,8`|", "|**`Toimintakate`**|**`2 693 724-`**|": a code
/// span's text is the printed text, but read as it stands every cell was text with backticks and no
/// figure was read. Report writers in Courier also type their rules as characters (`=====` under the
/// header, `-----` over a sum), which pymupdf4llm keeps as a row of its own or as a `<br>` part of the
/// cell above the sum: "`536 345`<br>`---------------`" (the PDF path drops such lines,
/// `TypedRuleLine`).
///
/// In a pipe row holding a backtick, each cell loses its code spans' backticks (an even number of
/// them in the cell, else the cell is left alone) and every `<br>` part that is only a typed rule (`TypedRuleLine.isRun`); a row
/// whose every cell was such a rule goes. Rows without a backtick, and every line outside pipe rows
/// (code blocks too), are left as they are.
///
/// Found in hold-out set 8 (fpdf2, `tools/holdout/README8.md`): hold8-05 (a rahoituslaskelma in
/// Courier) and hold8-09 (an ERP toteutumavertailu with trailing minus), pymupdf4llm: all 88 figures
/// text. No other text of the corpus, ../shared, the synth set or hold-out sets 1–7 (every extractor)
/// has a backtick in a pipe row.
enum CodeSpanCells {
    static func reorder(_ text: String) -> String {
        guard text.contains("`") else { return text }
        var changed = false
        var out: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.contains("`"), let cells = SideBySidePipeTables.rawCells(String(line)) else { out.append(line); continue }
            changed = true
            var ruleOnly = true
            let cleaned = cells.map { cell -> String in
                guard cell.filter({ $0 == "`" }).count % 2 == 0 else { ruleOnly = false; return cell }
                let parts = cell.replacingOccurrences(of: "`", with: "").components(separatedBy: "<br>")
                let kept = parts.filter { !isTypedRule($0) }
                if kept.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { ruleOnly = false }
                return kept.joined(separator: "<br>")
            }
            if ruleOnly && cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            out.append(Substring("|" + cleaned.joined(separator: "|") + "|"))
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// A `<br>` part that is a rule typed with one rule character ("---------------", "=====",
    /// "**-----**"), as `TypedRuleLine` reads a PDF's word.
    static func isTypedRule(_ part: String) -> Bool {
        TypedRuleLine.isRun(part.filter { $0 != "*" && $0 != " " })
    }
}
