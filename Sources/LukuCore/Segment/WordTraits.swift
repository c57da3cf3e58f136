/// Small, pure questions the segmenting stages ask about words and lines.
enum WordTraits {
    /// A word that can fill a number column: a Finnish number or a placeholder (`xx`, `-`).
    static func isValue(_ text: String) -> Bool {
        FinnishNumber.parse(text) != nil || FinnishNumber.isPlaceholder(text)
    }

    /// A bare four-digit year as printed in column headers ("2024", "2024*").
    static func isYear(_ text: String) -> Bool {
        var t = Substring(text)
        if t.hasSuffix("*") { t = t.dropLast() }
        guard t.count == 4, t.allSatisfy(\.isASCIIDigit), let y = Int(t) else { return false }
        return (1900...2100).contains(y)
    }

    /// An outline marker of a statement's line items: a capital letter `A`–`H`, a Roman numeral
    /// (`I` … `XII`), an item number `1.` … `99.` or a letter item `a)`.
    static func isOutlineMarker(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        guard !s.isEmpty, s.count <= 5 else { return false }
        if s.allSatisfy({ "IVX".unicodeScalars.contains($0) }) { return true }
        if s.count == 1 { return (0x41...0x48).contains(s[0].value) }
        if s.count == 2, (0x61...0x7A).contains(s[0].value), s[1] == ")" { return true }
        let isDigit = { (c: Unicode.Scalar) in (0x30...0x39).contains(c.value) }
        // "01." … "99." (the state budget numbers its items with a leading zero), "1." … "9.".
        return (s.count == 2 && s[0] != "0" || s.count == 3) && s.last == "." && s.dropLast().allSatisfy(isDigit)
    }

    /// The text starts with an outline marker followed by more words ("1. Maa- ja vesialueet",
    /// "II Aineelliset hyödykkeet"): a line item of its own, never the continuation of another.
    static func startsWithOutlineMarker(_ text: String) -> Bool {
        guard let space = text.firstIndex(of: " ") else { return false }
        let first = text[..<space]
        if isOutlineMarker(String(first)) { return true }
        // A project or account code before a capitalised name ("3050 Paloaseman", synth
        // investment tables) numbers an item just as well.
        let rest = text[text.index(after: space)...]
        return (2...8).contains(first.count) && first.allSatisfy(\.isASCIIDigit) && startsUppercase(String(rest))
    }

    /// "-", "–", "−", "•", "*", "·", "▪", "o" followed by text starts a list item.
    static func bulletPrefix(_ line: TextLine) -> Bool {
        guard let first = line.words.first?.text, line.words.count > 1 else { return false }
        return ["-", "–", "−", "•", "*", "·", "▪", "", "o", "◦", "‒", "—"].contains(first)
    }

    /// Every letter uppercase, at least four letters, mostly letters (a title such as
    /// "HYVÄ JA SUJUVA ARKI"), no number columns.
    static func isCapsTitle(_ text: String) -> Bool {
        var letters = 0, digits = 0
        // Runs on every short line: ASCII is decided by range, and the first lowercase letter
        // ends the scan; only other scalars pay for a Unicode property lookup.
        for c in text.unicodeScalars {
            switch c.value {
            case 0x41...0x5A: letters += 1
            case 0x61...0x7A: return false
            case 0x30...0x39: digits += 1
            case 0..<0x80: continue
            default:
                if c.properties.isAlphabetic {
                    guard c.properties.isUppercase else { return false }
                    letters += 1
                } else if c.properties.numericType != nil {
                    digits += 1
                }
            }
        }
        return letters >= 4 && digits * 3 < letters
    }

    /// The text starts with a lowercase letter: a wrapped continuation of the line above.
    static func startsLowercase(_ text: String) -> Bool {
        guard let c = text.unicodeScalars.first else { return false }
        return c.properties.isLowercase
    }

    /// The line's last word fills a number column ("… 5 000 000", "… xx"), a year aside: a table
    /// row, never a heading nor part of one.
    static func endsInValueColumn(_ line: TextLine) -> Bool {
        guard let last = line.words.last?.text, line.words.count > 1 else { return false }
        return !isYear(last) && (isValue(last) || TextTableBuilder.isTailToken(last))
    }

    /// The text starts with an uppercase letter.
    static func startsUppercase(_ text: String) -> Bool {
        guard let c = text.unicodeScalars.first else { return false }
        return c.properties.isUppercase
    }

    /// The text continues the line above: it starts lowercase, with a digit ("31.12.") or an
    /// opening parenthesis ("(yhteistoiminta-alue)").
    static func continuesText(_ text: String) -> Bool {
        guard let c = text.unicodeScalars.first, !startsWithOutlineMarker(text) else { return false }
        return c.properties.isLowercase || c == "(" || (c.value >= 48 && c.value <= 57)
    }

    /// The line reads as unfinished: it ends with a conjunction or a hyphen ("Kunnallisverotus ja",
    /// "Terveys- ja", "elinvoima-").
    /// A number with a trailing minus ("… 3 091,7-  698,4-", hold-out 02) ends a line finished.
    static func endsUnfinished(_ text: String) -> Bool {
        let last = text.split(separator: " ").last.map(String.init) ?? ""
        return ["ja", "tai", "sekä", "eli", "and", "&", "/"].contains(last.lowercased())
            || last.hasSuffix("-") && !TrailingMinus.endsText(text) || last.hasSuffix("\u{2010}") || last.hasSuffix(",")
    }
}
