import Foundation

/// Re-joins text wrapped over several printed lines. A hyphen at a line end is dropped when the
/// word simply broke ("elinvoima-" + "palvelut" → "elinvoimapalvelut") and kept when it is a real
/// hyphen: a suspended compound ("Konserni- ja"), a capital after it ("Itä-" + "Lapin") or the
/// Finnish same-vowel compound rule ("tapahtuma-" + "avustusten").
enum TextJoiner {
    static func join(_ lines: [String]) -> String {
        var out = ""
        for raw in lines {
            let line = raw.first == " " || raw.last == " " ? raw.trimmingCharacters(in: .whitespaces) : raw
            guard !line.isEmpty else { continue }
            // U+2010 HYPHEN (XSL formatters break words with it: "TU‐" / "LOUTUKSET") is a hyphen.
            // The paragraph grows in place: rebuilding it on every join copied it once per line
            // (issue 8, callgrind).
            if out.hasSuffix("\u{2010}") { out.removeLast(); out.append("-") }
            if out.isEmpty {
                out = line
            } else if out.hasSuffix("-"), let seam = dehyphenate(out, line) {
                if seam == .dropHyphen { out.removeLast() }
                out.append(line)
            } else {
                out += " " + line
            }
        }
        return out
    }

    /// Table rows with each row that `continues` the one above joined onto it, cell by cell
    /// (a converter's pipe row holding a wrapped cell's next line: `TabRowContinuation`,
    /// `WrappedTextCells`).
    static func joinRows(_ rows: [[String]], continues: ([String], [String]) -> Bool) -> [[String]] {
        var out: [[String]] = []
        for cells in rows {
            if let above = out.last, continues(cells, above) {
                out[out.count - 1] = zip(above, cells).map { join([$0, $1]) }
            } else {
                out.append(cells)
            }
        }
        return out
    }

    /// How a line ending in a hyphen meets the next one with no space between them.
    private enum Seam { case keepHyphen, dropHyphen }

    /// nil when the hyphen is a real one followed by a space (suspended compound).
    private static func dehyphenate(_ left: String, _ right: String) -> Seam? {
        // The character before the hyphen, found from the end: `left.dropLast()` counted the
        // whole paragraph's characters on every join (issue 8, callgrind).
        let beforeHyphen = left.isEmpty ? nil : left[..<left.index(before: left.endIndex)].last
        // Only the words at the seam matter; `left` can be a whole paragraph.
        let firstWord = String(right.prefix { $0 != " " })
        // A detached compound hyphen ("Wpro -" + "riskienarviointityökalun", Finnish for a compound
        // whose first part is several words) joins its word with no space: "Wpro -riskien…".
        if left.hasSuffix(" -"), let next = right.first, next.isLowercase { return .keepHyphen }
        // A range broken after its dash ("asteikolla 1-" + "5)"): the pieces meet with no space.
        if let prev = beforeHyphen, let next = right.first, prev.isNumber, next.isNumber { return .keepHyphen }
        guard let next = right.first, let prev = beforeHyphen, prev.isLetter else { return nil }
        if ["ja", "tai", "sekä", "eli", "kuin"].contains(firstWord.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            return nil
        }
        // In capitals ("TOTEUTU-" + "MINEN 2024") the case says nothing: a break inside a word.
        let leftWord = left.lastIndex(of: " ").map { left[left.index(after: $0)...] } ?? left[...]
        if leftWord.dropLast().allSatisfy({ !$0.isLetter || $0.isUppercase }),
           firstWord.count > 1, firstWord.allSatisfy({ $0.isLetter && $0.isUppercase }) {
            return .dropHyphen
        }
        if next.isUppercase || next.isNumber { return .keepHyphen }
        // An abbreviation in capitals before lowercase keeps its hyphen: "TA-" / "muutokset" is
        // "TA-muutokset" (synth spreadsheet family), like "ALV-kanta".
        if next.isLowercase, leftWord.dropLast().allSatisfy({ $0.isLetter && $0.isUppercase }) { return .keepHyphen }
        if next.isLetter && next.lowercased() == prev.lowercased() && "aeiouyäöå".contains(next.lowercased()) {
            return .keepHyphen
        }
        if next.isLowercase { return .dropHyphen }
        return nil
    }
}
