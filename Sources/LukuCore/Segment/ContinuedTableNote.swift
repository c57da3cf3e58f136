import Foundation

/// A line that only says a table goes on across the page break: LaTeX's longtable prints
/// "jatkuu seuraavalla sivulla" in its `\endfoot` at the foot of a page and "(jatkoa edelliseltä
/// sivulta)" over the `\endhead` repeated on the next page (hold-out set 5, hold5-03); word
/// processors' and report writers' "Jatkuu seuraavalla sivulla", "(jatkuu)", "Taulukko jatkuu" at a
/// page's foot do the same. DOMAIN.md: a table continued on the next page is one table. Such a line
/// is no row, no caption and no text of the document's own: left in, the foot line was read as the
/// wrapped end of the last row's label ("Harjun saneeraus jatkuu seuraavalla sivulla") and the top
/// line stood between the page top and the repeated header, so the two parts were not joined
/// (245 of 500 figures missing in the PDF and in `pdftotext -layout`).
///
/// A note: every word (lowercased, brackets and trailing `.:,` dropped, dashes skipped) is one of
/// `words`, at least one a continuation word (`marks`), and the line is among the first or last
/// `edgeLines` lines of its page (after page numbers are gone). A sentence with "jatkuu" in it
/// ("urakka jatkuu vuonna 2025") has other words and is never one; a caption with a mark
/// ("Investointimenot (jatkuu)") has too and is left to `ContinuationTitle`.
enum ContinuedTableNote {
    /// Lines at a page's top or foot looked at.
    static let edgeLines = 3
    /// The words that say the table goes on.
    static let marks: Set<String> = ["jatkuu", "jatkoa", "jatk"]
    /// Every word such a note is made of.
    static let words: Set<String> = marks.union(["seuraavalla", "seuraavalle", "edelliseltä", "edellisellä",
                                                 "sivulla", "sivulle", "sivulta", "taulukko", "taulukkoa"])

    /// Whether `text` is a continuation note and nothing else.
    static func isNote(_ text: String) -> Bool {
        // Lower-casing and splitting the page's top and foot lines cost ~60 000 instructions a
        // line (issue 8); a line without the letters of a mark is no note (`MarkLetters`).
        guard MarkLetters.mayHold(text) else { return false }
        var marked = false
        var any = false
        for raw in text.lowercased().split(whereSeparator: \.isWhitespace) {
            let w = raw.trimmingCharacters(in: CharacterSet(charactersIn: "().:,"))
            if ["-", "–", "—", ""].contains(w) { continue }
            guard words.contains(w) else { return false }
            any = true
            if marks.contains(w) { marked = true }
        }
        return any && marked
    }

    /// `lines` without the notes at the edges of their pages.
    static func remove(_ lines: [TextLine]) -> [TextLine] {
        var byPage: [Int: [Int]] = [:]
        for (i, l) in lines.enumerated() where !l.isEmpty { byPage[l.page, default: []].append(i) }
        var drop: Set<Int> = []
        for idx in byPage.values {
            for i in idx.prefix(edgeLines) + idx.suffix(edgeLines) where isNote(lines[i].text) { drop.insert(i) }
        }
        guard !drop.isEmpty else { return lines }
        return lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
    }
}
