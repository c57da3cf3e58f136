/// The `PrintedNotation` forms as they reach `DigitRunSplitter` from text read without column
/// positions (`pdftotext -raw`, pypdf), cut at spaces into words: a trailing minus closes a
/// number (`2 937,8- 1 424,9-` → `2` `937,8-` `1` `424,9-`), a bracket pair bounds one
/// (`(12 508,33)` → `(12` `508,33)`), apostrophe groups are one word (`340'223`).
///
/// A word is taken apart here only into its plain core and its marks; whether the number built
/// from the words is a number is decided by the one reader, `PrintedNotation.read`, on the
/// joined text (so `(3)`, `2023-` and a lone `922-` stay unread exactly as in the cell path), and
/// whether the table prints the notation by `NotationConvention` afterwards, as for every cell.
///
/// Proved on the `-raw` texts of hold-out 01 (brackets), 02 and 12 (trailing minus), 04
/// (apostrophes) and on `make_holdout.py --ablate fmt.neg=paren|trail`, `fmt.thou='` variants of
/// other hold-out documents; no real, synth or corpus text has such a word (their JSON is
/// byte-identical with and without this rule).
enum NotationTokens {
    struct Marks: Equatable {
        /// `(` before the digits.
        var opens = false
        /// `)` after the digits (and an attached unit).
        var shuts = false
        /// A minus after the digits.
        var trailingMinus = false
        /// Apostrophe thousands inside the word: the word is a whole number.
        var apostrophes = false
        var any: Bool { opens || shuts || trailingMinus || apostrophes }
    }

    /// The word without its notation marks, and the marks; nil when it has none or is not
    /// digits once they are gone.
    static func split(_ word: String) -> (core: String, marks: Marks)? {
        var s = Array(word.unicodeScalars)
        guard s.count >= 2 else { return nil }
        var m = Marks()
        if s.contains(where: { ApostropheGroups.isApostrophe($0.value) }) {
            // One word holds the whole number; the group rule is `ApostropheGroups`'.
            guard ApostropheGroups.read(word) != nil else { return nil }
            m.apostrophes = true
            s.removeAll { ApostropheGroups.isApostrophe($0.value) }
            return (String(String.UnicodeScalarView(s)), m)
        }
        if s.first == "(" { m.opens = true; s.removeFirst() }
        if s.last == ")" { m.shuts = true; s.removeLast() }
        if !m.opens, !m.shuts, s.count >= 2, let l = s.last, FinnishNumber.isMinus(l.value),
           FinnishNumber.isDigit(s[s.count - 2].value) {
            m.trailingMinus = true
            s.removeLast()
        }
        guard m.any, let f = s.first, FinnishNumber.isDigit(f.value) else { return nil }
        return (String(String.UnicodeScalarView(s)), m)
    }

    /// A word that may stand in a row's number tail: one whose marks can be part of a number
    /// `PrintedNotation` reads — a closing word with decimals or a three-digit last group
    /// (`937,8-`, `922-`, `508,33)`), an opening first group (`(12`, `(2`), a whole bracketed
    /// (`(216,84)`) or apostrophe-grouped (`-549'422`) number. A footnote `(3)`, a year range
    /// `2023-` and a word with text (`(ed.`) are not.
    static func isTailWord(_ word: String) -> Bool {
        guard let (core, m) = split(word), case .digits? = DigitRunSplitter.classify(core) else { return false }
        if m.apostrophes { return true }
        let hasDecimals = core.contains(",")
        let digits = core.prefix { $0.isASCIIDigit }.count
        if m.opens && m.shuts { return PrintedNotation.read(word) != nil }
        guard hasDecimals || (1...3).contains(digits) else { return false }
        // An opening word is taken only with the words after it (`opensNumber`).
        if m.opens { return false }
        // A closing word is a number's last: decimals, or a group of exactly three digits with
        // a hyphen-minus or en dash; a U+2212 after a bare group is the sign pypdf sets among a
        // Word page's groups ("268−  436,44 301−  014,34", synth kuusimaki; `MisplacedMinus`).
        if hasDecimals { return true }
        guard digits == 3, let sign = word.unicodeScalars.last else { return false }
        return sign.value != MisplacedMinus.minus
    }

    /// Where a row's number tail starts once every notation word in `words[start...]` is part of
    /// a number the one reader reads: a closing word with the groups before it (`2` `937,8-`), an
    /// opening word with the groups after it up to its `)` (`(12` `508,33)`). A word that is not
    /// (a pypdf reading of a Word page sets the sign of `-340 170 584,08` among its groups:
    /// "Toimintakulut 340−  170 584,08 319−  771 539,44", synth kuusimaki; a unit caption
    /// `(1 000 €)`, synth pauhaniemi) ends the label instead: the tail starts after it.
    /// A row with one sign word that no number reads shows a sign set among groups, not the
    /// notation: "340−  170 584 319−  771 539" (synth kuusimaki in pypdf, whole thousands) would
    /// read `170 584 319−`; there the tail starts after the last sign word, as before.
    static func tailStart(_ words: [String], from start: Int) -> Int {
        var unread = false, lastSign = start - 1
        for i in start..<words.count {
            guard let (_, m) = split(words[i]), !m.apostrophes else { continue }
            lastSign = i
            if !reads(words, at: i, from: start, marks: m) { unread = true }
        }
        return unread ? lastSign + 1 : start
    }

    /// `words[i]` is an opening word (`(12`) of a number that reads up to its `)`.
    static func opensNumber(_ words: [String], at i: Int) -> Bool {
        guard let (_, m) = split(words[i]), m.opens, !m.shuts else { return false }
        return reads(words, at: i, from: i, marks: m)
    }

    /// Word `i` (with marks `m`) is part of a number `PrintedNotation` reads within `words[from...]`.
    private static func reads(_ words: [String], at i: Int, from start: Int, marks m: Marks) -> Bool {
        func group(_ k: Int) -> Bool {
            guard case let .digits(length, false, _, false, false)? = DigitRunSplitter.classify(words[k]) else { return false }
            return length == 3
        }
        func first(_ k: Int) -> Bool {
            guard case let .digits(length, _, zeroLed, false, false)? = DigitRunSplitter.classify(words[k]) else { return false }
            return length <= 3 && !zeroLed
        }
        func readable(_ lo: Int, _ hi: Int) -> Bool {
            PrintedNotation.read(words[lo...hi].joined(separator: " ")) != nil
        }
        if m.opens {
            if m.shuts { return readable(i, i) }
            var k = i + 1
            while k < words.count, group(k) { k += 1 }
            guard k < words.count, let (_, close) = split(words[k]), close.shuts, !close.opens else { return false }
            return readable(i, k)
        }
        // A closing word: itself, or the groups before it from a first group (or an opening word).
        if readable(i, i) { return true }
        var k = i - 1
        while k >= start {
            if m.shuts, let (_, open) = split(words[k]), open.opens, !open.shuts { return readable(k, i) }
            if !m.shuts, first(k), readable(k, i) { return true }
            guard group(k) else { return false }
            k -= 1
        }
        return false
    }
}
