/// A dot leader between a label and its first value ("Vuosikate ........ 1 023 602,41",
/// "Toimintatuotot . . . . 2 732 546,90", `-raw`'s irregular groups "....... .. ... .. . 2 732 546,90")
/// is neither label nor value: a text line's leader is blanked, one space for each character, so
/// the label ends where its words end, the value keeps its printed column, and the wide gap marks
/// the cell boundary that the one space after a solid leader run does not.
///
/// A leader is a run of dot tokens ("." or "…") at least `minDots` dots long (an ellipsis counts
/// three), starting at a word's start or after at least two dots glued to a word ("Oy......"), that is
/// followed by a number. A table-of-contents entry ("Tuloslaskelma ........ 34", a page number of
/// up to four digits and nothing after it) keeps its leader for `HeadingDetector`.
///
/// Proved on the hold-out documents hold-12 (rahoituslaskelma, one solid run of dots and one space:
/// the first value was read into every label in `pdftotext -layout`) and hold-01 (spaced dots, one
/// glyph each: `pdftotext -raw` prints them as irregular groups and lost 120 of 168 cells), and on
/// Word-made tables of contents (kauhava-tilinpaatos-2024 p. 2, where the entries keep their leader).
enum LeaderRun {
    /// Fewer dots than this are punctuation ("1.2.", "...").
    static let minDots = 4

    /// The line with every leader before a number blanked.
    static func blank(_ text: String) -> String {
        guard text.contains("..") || text.contains(". .") || text.contains("…") else { return text }
        var chars = Array(text)
        let n = chars.count
        var i = 0
        var changed = false
        while i < n {
            guard isDot(chars[i]) else { i += 1; continue }
            var glued = 0
            while i + glued < n, isDot(chars[i + glued]) { glued += 1 }
            let atWordStart = i == 0 || chars[i - 1] == " "
            guard atWordStart || glued >= 2 else { i += glued; continue }
            var j = i
            var dots = 0
            while j < n, isDot(chars[j]) || (chars[j] == " " && j + 1 < n && isDot(chars[j + 1])) {
                if chars[j] == "." { dots += 1 } else if chars[j] == "…" { dots += 3 }
                j += 1
            }
            if dots >= minDots, followedByValue(chars, from: j) {
                for k in i..<j { chars[k] = " " }
                changed = true
            }
            i = j
        }
        return changed ? String(chars) : text
    }

    static func isDot(_ c: Character) -> Bool { c == "." || c == "…" }

    /// A number starts after the spaces at `start` (a digit, or a sign or an opening parenthesis
    /// before one), and the rest is not a contents entry's page number alone.
    static func followedByValue(_ chars: [Character], from start: Int) -> Bool {
        var k = start
        while k < chars.count, chars[k] == " " { k += 1 }
        guard k < chars.count else { return false }
        let opens = chars[k].isASCIIDigit
            || ("-−–+(".contains(chars[k]) && k + 1 < chars.count && chars[k + 1].isASCIIDigit)
        guard opens else { return false }
        let rest = String(chars[k...]).trimmingCharacters(in: .whitespaces)
        let pageNumber = (1...4).contains(rest.count) && rest.allSatisfy(\.isASCIIDigit)
        return !pageNumber
    }
}
