/// A page's footer number as markitdown writes it: pdfminer gives each page's text in one piece,
/// the footer ("1/11", "7", "Sivu 3") as the page's last line right after its last table row or
/// paragraph, then the blank line that ends the page. So the footer has a blank line after it but
/// none before, where pymupdf4llm sets it between blank lines (`PageNumberLines`). Synth kalliosalo
/// (" 1/11" … "11/11"), saarnijoki ("1/9" …), honkakoski ("1" … "9"), koivukyla and pauhaniemi
/// ("Sivu 1" …), Kauhava ("1/157" …) and Kemijärvi konserni ("1" … "27") in markitdown: without
/// pages every table is on page 1, and tables of the same labels on different pages (the p. 8
/// committee table and the p. 9 one, the p. 7 statement and the p. 10 one) read as one run.
/// Taken only where no run of footers between blank lines is found: pymupdf4llm's texts keep theirs.
enum PageEndFooter {
    /// Whether line `i` could end its page: a blank line (or the text's end) after it.
    static func endsPage(_ lines: [Substring], at i: Int) -> Bool {
        i + 1 == lines.count || PageNumberLines.isBlank(lines[i + 1])
    }
}
