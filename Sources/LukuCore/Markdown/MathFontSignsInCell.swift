/// A minus sign or decimal comma that a PDF set in a math font, emphasised alone in a pipe cell.
/// TeX sets `$-$`, `\textminus` in some fonts, and everything siunitx prints (its U+2212 minus and
/// its `output-decimal-marker={,}` comma) in math mode, in an italic math font; pymupdf4llm wraps
/// every italic span in `_…_`, so a figure arrives as `_−_618 548`, `_−_128833_,_0` or
/// `_−_**9 282 380**` (hold-out set 5, TeX: hold5-01, -02, -10, -11, -12; 156 figures read as
/// text without a flag). The underscores are emphasis, not part of the number: taken off a lone
/// `−`, `-`, `–` or `,` between two single underscores (never from `__`, bold), so the cell reads
/// `−618 548`, `−128833,0` as printed.
enum MathFontSignsInCell {
    static let signs: Set<Character> = ["−", "-", "–", ","]

    static func strip(_ cell: String) -> String {
        let c = Array(cell)
        guard c.count >= 3, c.contains("_") else { return cell }
        var out: [Character] = []
        var i = 0
        while i < c.count {
            if i + 2 < c.count, c[i] == "_", signs.contains(c[i + 1]), c[i + 2] == "_",
               i == 0 || c[i - 1] != "_", i + 3 >= c.count || c[i + 3] != "_" {
                out.append(c[i + 1])
                i += 3
                continue
            }
            out.append(c[i])
            i += 1
        }
        return String(out)
    }
}
