/// One printed row broken over several lines of text, as PyMuPDF's `get_text()` writes the
/// minutes of lapua-sivla-poytakirja-2024-11-21 (page 18: "Toimintatuotot  119.250 55.177" /
/// "46,3", "Toimintakate" / "- 861.400 -691.960" / "80,3", "Lukio" / "-10.000 -245" / "2,5"):
/// the label and its values are split wherever the converter's text spans end. The lines are one
/// row when the lines after the first hold numbers only, follow it directly, and the row then
/// holds exactly as many numbers as the table has columns. Only in dot-grouped text, where a
/// space always ends a number: there each token is one value and the count is certain (with
/// space-grouped numbers "1 462" / "370" could be one number or two). A minus set apart from its
/// number ("- 861.400", the minutes' style) is that number's sign.
enum BrokenRowLines {
    /// For each printed row, the indexes of the text rows it is made of, in order; a row not
    /// broken is a group of one.
    static func groups(labels: [String], tails: [[String]], lines: [Int], columns n: Int) -> [[Int]] {
        let all = Array(labels.indices)
        guard n >= 2, tails.joined().contains(where: isDotGrouped) else { return all.map { [$0] } }
        var out: [[Int]] = []
        var k = 0
        while k < labels.count {
            var group = [k]
            var tokens = attachSigns(tails[k])
            while tokens.count < n, let last = group.last, last + 1 < labels.count {
                let j = last + 1
                guard labels[j].isEmpty, !tails[j].isEmpty, lines[j] == lines[last] + 1 else { break }
                let joined = attachSigns(tokens + tails[j])
                guard joined.count <= n else { break }
                group.append(j)
                tokens = joined
            }
            if group.count > 1, tokens.count == n, tokens.allSatisfy(isValue) {
                out.append(group)
                k = group.last! + 1
            } else {
                out.append([k])
                k += 1
            }
        }
        return out
    }

    /// The tokens with a lone sign joined to the number after it ("-", "861.400" → "-861.400").
    static func attachSigns(_ tokens: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            if ["-", "−", "–", "+"].contains(tokens[i]), i + 1 < tokens.count, FinnishNumber.parse(tokens[i + 1]) != nil,
               !"-−–+".contains(tokens[i + 1].first ?? " ") {
                out.append(tokens[i] + tokens[i + 1])
                i += 2
            } else {
                out.append(tokens[i])
                i += 1
            }
        }
        return out
    }

    /// The index after the broken row whose label's line `i` ends in the figures `tokens` (maybe
    /// none), when those figures and the lines of figures right after them make exactly `n`
    /// values in dot-grouped text; nil otherwise. "Toimintatuotot 0" / "1.670" / "100" under
    /// "TA 2024 Tot. 09/2024 Tot-%" (lapua-sivla p. 18 in PyMuPDF, sivistyslautakunta hallinto)
    /// is the row 0 | 1.670 | 100, not the label "Toimintatuotot 0" that a small number after a
    /// label would otherwise make ("Kemijärvi historia 3").
    static func rowEnd(_ lines: [TextLine], from i: Int, tokens: [String], columns n: Int) -> Int? {
        guard n >= 2 else { return nil }
        var values = attachSigns(tokens)
        var j = i + 1
        while values.count < n, j < lines.count, lines[j].page == lines[i].page, lines[j].tabCells == nil {
            let words = lines[j].words.map(\.text)
            guard !words.isEmpty, words.allSatisfy({ isValue($0) || isSign($0) }) else { break }
            values = attachSigns(values + words)
            j += 1
        }
        return values.count == n && values.allSatisfy(isValue) && values.contains(where: isDotGrouped) ? j : nil
    }

    /// A sign set apart from its figure ("-" before "16.756.130").
    static func isSign(_ token: String) -> Bool { ["-", "−", "–", "+"].contains(token) }

    private static func isValue(_ token: String) -> Bool {
        FinnishNumber.parse(token) != nil || FinnishNumber.isPlaceholder(token)
    }

    /// A number written with dots between thousands groups ("16.756.130", "-9.706").
    static func isDotGrouped(_ token: String) -> Bool {
        guard token.contains("."), let value = FinnishNumber.parse(token)?.value else { return false }
        return abs(value) >= 1000
    }
}
