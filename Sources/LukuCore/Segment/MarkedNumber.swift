/// A printed number that carries a mark Luku does not read as part of a value, so the cell must
/// say that its digits were not read rather than pass as text: a number in brackets, the
/// accounting form of a negative (`(12 508,33)`, Excel's accounting format), and a number followed
/// by a footnote mark (`–998 184 1)`, `1 234 *`, `5 120²`).
///
/// Reading them as values is a decision Luku does not make yet (DOMAIN.md lists neither form);
/// until then the cell keeps its text, gets no value and is flagged `unreadable`, never passed
/// silently as a text cell. A figure with a mark set apart after it ("–998 184 1)", "–8 754 *") is
/// read by the cell reader first (`FootnotedValue`); what reaches this check is the rest. Found by the hold-out set (`tools/holdout`, documents 01 and 08: ReportLab
/// pages of a tuloslaskelma with bracketed negatives, a käyttötalous table with footnote marks).
enum MarkedNumber {
    static func matches(_ text: String) -> Bool {
        bracketed(text) || footnoted(text) || fusedMark(text)
    }

    /// "394 746,781)": a raised mark `1)` that a text extractor (`pdftotext -layout` of LaTeX's
    /// `\textsuperscript{1)}`, hold-out set 5, hold5-05) glued to the figure's last digits, so
    /// nobody can tell where the decimals end and the mark begins (`,78` + `1)`, or `,7` + `81)`).
    /// The text before `)` reads as a figure with a decimal comma or a group space (never a bare
    /// "2)", an item number), and no `(` opens the mark (`bracketed` reads those).
    static func fusedMark(_ text: String) -> Bool {
        guard text.hasSuffix(")"), !text.contains("(") else { return false }
        let head = String(text.dropLast())
        guard head.last?.isASCIIDigit == true, head.contains(",") || head.contains(" ") || head.unicodeScalars.contains(where: { FinnishNumber.isSpace($0.value) })
        else { return false }
        return FinnishNumber.parse(head) != nil
    }

    /// "(12 508,33)", "(360 579,92) €": digits that read as a number once the brackets are gone.
    static func bracketed(_ text: String) -> Bool {
        var inner = Substring(text)
        while let last = inner.last, last == "€" || last == "%" || last == " " { inner = inner.dropLast() }
        guard inner.first == "(", inner.last == ")" else { return false }
        let digits = inner.dropFirst().dropLast()
        return !digits.isEmpty && FinnishNumber.parse(String(digits)) != nil
    }

    /// Where a footnote mark ending `scalars` starts: one or two digits closed by `)` (`bracketed`
    /// when a `(` opens them; fused to a last thousands group of three digits when no space parts
    /// them), or asterisks or superscript digits; nil when the text ends in none.
    /// The one reading of a mark for `footnoted` and `FootnotedValue`.
    static func markStart(_ scalars: [Unicode.Scalar]) -> (start: Int, bracketed: Bool)? {
        var end = scalars.count
        if end > 0, scalars[end - 1] == ")" {
            end -= 1
            var digits = 0
            while end > 0, (0x30...0x39).contains(scalars[end - 1].value) { end -= 1; digits += 1 }
            // A mark the converter fused to the last thousands group ("–998 1841)", markitdown of
            // "–998 184 1)"): after a group space, a run of 4–5 digits is a 3-digit group and the mark.
            if (4...5).contains(digits), end > 0, FinnishNumber.isSpace(scalars[end - 1].value) || scalars[end - 1] == " " {
                return (end + 3, false)
            }
            guard (1...2).contains(digits) else { return nil }
            if end > 0, scalars[end - 1] == "(" { return (end - 1, true) }  // "1 234 (1)"
            return (end, false)
        }
        var marks = 0
        while end > 0, isMark(scalars[end - 1].value) { end -= 1; marks += 1 }
        return marks > 0 ? (end, false) : nil
    }

    /// "–998 184 1)", "1 234 (1)", "1 234*", "5 120²": a number, then a mark of one or two digits
    /// closed by `)` (or in brackets), asterisks or superscript digits.
    static func footnoted(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let end = markStart(scalars)?.start else { return false }
        var head = String(String.UnicodeScalarView(scalars[..<end]))
        while let last = head.unicodeScalars.last, FinnishNumber.isSpace(last.value) || last == " " { head.unicodeScalars.removeLast() }
        return !head.isEmpty && FinnishNumber.parse(head) != nil
    }

    /// `*`, `∗` (U+2217, TeX's math asterisk: `$^{*}$` set from cmsy, hold-out set 5 hold5-05) and
    /// the superscript digits ¹ ² ³ ⁰ ⁴–⁹.
    static func isMark(_ v: UInt32) -> Bool {
        v == 0x2A || v == 0x2217 || v == 0xB9 || v == 0xB2 || v == 0xB3 || (0x2070...0x2079).contains(v)
    }
}
