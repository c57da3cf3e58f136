/// A percentage column's header wrapped before its "%": "Muutos-" over "%", "KÄYTTÖ-" over "%"
/// (Muutos-%, Käyttö-% and Tot-% columns are narrow and a browser or word processor breaks the
/// header at its hyphen; DOMAIN.md, header kinds; hold-out set 3 hold3-04, -10, printed by
/// headless Chromium). The lone "%" is the end of that column's header, not a line of units:
/// read as one (`TableUnit.ofUnitLine`) it became the `unit` of a whole table of money amounts
/// ("1 000 €" tuloslaskelma with `unit: "%"`), without a flag. A "%" line under no broken word
/// still gives the table's unit.
enum PercentUnderHyphenatedHeader {
    /// How many lines above the "%" the broken header word may stand (a header line of other
    /// columns may print between them, as in hold3-04 and -10).
    static let reachLines = 3

    /// Line `i` is a lone "%" under a word ending in a hyphen, printed over the "%" (their boxes
    /// overlap across) at most `reachLines` lines and two ems above it on the same page.
    static func ends(_ i: Int, lines: [TextLine]) -> Bool {
        let line = lines[i]
        guard line.words.count == 1, let percent = line.words.first, percent.text == "%", let box = percent.box else { return false }
        let em = max(line.fontSize, 1)
        for k in stride(from: i - 1, through: max(0, i - reachLines), by: -1) {
            guard lines[k].page == line.page, let above = lines[k].box, box.y0 >= above.y0, box.y0 - above.y1 <= 2 * em else { continue }
            if lines[k].words.contains(where: { w in
                guard let b = w.box, w.text.hasSuffix("-") || w.text.hasSuffix("\u{2010}") else { return false }
                return min(b.x1, box.x1) - max(b.x0, box.x0) > 0
            }) { return true }
        }
        return false
    }

    /// A column's header lines with a lone "%" joined to the line before it when that one ends in
    /// a hyphen: ["Muutos-", "%"] is "Muutos-%" (`TextJoiner` would part them with a space).
    static func glued(_ parts: [String]) -> [String] {
        var out: [String] = []
        for part in parts {
            if part == "%", let last = out.last, last.hasSuffix("-") || last.hasSuffix("\u{2010}") {
                out[out.count - 1] = last + "%"
            } else {
                out.append(part)
            }
        }
        return out
    }
}
