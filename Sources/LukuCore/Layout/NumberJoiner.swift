/// Joins the digit groups of one printed number that the word cutter separated: "-2" "554"
/// "673" → "-2 554 673", a detached sign "+" "1 310 855", and a trailing "%". Runs on PDF
/// lines only; text input keeps its spacing and is split by `DigitRunSplitter`.
///
/// Heuristic: a group joins the number on its left when it has exactly three digits (optionally
/// with a decimal comma part), the number so far has no decimals, and the gap is a thousands
/// gap (< `thousandsGapEm`). Gaps up to `doubtfulGapEm` still join but mark the word doubtful,
/// because column gaps that narrow were seen in real statements. The notations `PrintedNotation`
/// reads join the same way: a last group carrying a trailing minus ("6" "365,1-", hold-out 02 and
/// 12) and the groups of a bracketed number ("(1" "382" "889)", hold-out 06 with brackets). In a
/// monospace font the thousands space is a whole glyph cell (`MonospaceDigitGroups`).
public struct NumberJoiner: Sendable {
    public var settings: LayoutSettings

    public init(settings: LayoutSettings = .default) {
        self.settings = settings
    }

    public func join(_ line: TextLine) -> TextLine {
        guard line.words.count > 1 else { return line }
        var out: [Word] = []
        out.reserveCapacity(line.words.count)
        for word in line.words {
            guard var last = out.last, let lastBox = last.box, let box = word.box else {
                out.append(word)
                continue
            }
            let em = max(word.fontSize, last.fontSize, 1)
            // A monospace font's thousands space is a whole cell (`MonospaceDigitGroups`).
            let gap = MonospaceDigitGroups.isThousandsSpace(last, word, gap: box.x0 - lastBox.x1) ? 0 : (box.x0 - lastBox.x1) / em
            if let doubtful = joinable(last.text, word.text, gapEm: gap) {
                last.text += " " + word.text
                last.box = lastBox.union(box)
                last.doubtfulJoin = last.doubtfulJoin || doubtful
                out[out.count - 1] = last
            } else {
                out.append(word)
            }
        }
        var joined = line
        // Every line of a PDF is kept until the document is segmented: an array reserved for
        // the groups but holding the joined numbers would keep the difference for that long
        // (massif, 1 580-page Kauhava: these arrays were 29 MB of the 67 MB heap peak).
        if out.count < line.words.count {
            var exact: [Word] = []
            exact.reserveCapacity(out.count)
            exact.append(contentsOf: out)
            out = exact
        }
        joined.words = out
        return joined
    }

    /// nil when the two words are separate; otherwise whether the join is doubtful.
    func joinable(_ left: String, _ right: String, gapEm: Double) -> Bool? {
        if gapEm > settings.doubtfulGapEm { return nil }
        // Fast exit for ordinary words: every join needs a digit or a sign at the seam.
        guard let l = left.utf8.last, let r = right.utf8.first,
              (l >= 48 && l <= 57) || NumberJoiner.isSign(left),
              (r >= 48 && r <= 57) || right == "%" || right == "€" else { return nil }
        // A lone sign before a number.
        if NumberJoiner.isSign(left), NumberJoiner.startsWithDigit(right), gapEm < 1 {
            return false
        }
        // A percent or euro sign after a number.
        if right == "%" || right == "€", NumberJoiner.endsWithDigit(left) { return false }
        guard NumberJoiner.isGroupedNumberPrefix(left),
              NumberJoiner.isThreeDigitGroup(NumberJoiner.signMarkRemoved(right, bracketOpen: left.hasPrefix("("))) else { return nil }
        return gapEm > settings.thousandsGapEm
    }

    /// The last group of a negative printed with its sign after the digits (`PrintedNotation`):
    /// "365,1-" of "6 365,1-" (hold-out 02, 12) without its minus, "889)" of "(1 382 889)" without
    /// its bracket when the number opened one; any other word unchanged.
    static func signMarkRemoved(_ s: String, bracketOpen: Bool) -> String {
        guard let last = s.unicodeScalars.last else { return s }
        if FinnishNumber.isMinus(last.value) || bracketOpen && last == ")" { return String(s.unicodeScalars.dropLast()) }
        return s
    }

    static func isSign(_ s: String) -> Bool { s == "-" || s == "+" || s == "\u{2212}" || s == "\u{2013}" }

    static func startsWithDigit(_ s: String) -> Bool { s.unicodeScalars.first.map(isASCIIDigit) ?? false }

    static func endsWithDigit(_ s: String) -> Bool { s.unicodeScalars.last.map(isASCIIDigit) ?? false }

    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// "2", "-2", "− 2 554", "+ 1 310": an optional sign, a 1–3 digit first group and whole
    /// 3-digit groups, no decimals yet.
    static func isGroupedNumberPrefix(_ s: String) -> Bool {
        var groups = s.split(separator: " ")
        guard !groups.isEmpty else { return false }
        if let first = groups.first, isSign(String(first)) { groups.removeFirst() }
        guard var first = groups.first.map(String.init) else { return false }
        if let c = first.unicodeScalars.first, isSign(String(c)) || c == "(" { first.removeFirst() }  // "(1" of "(1 382 889)"
        guard (1...3).contains(first.count), first.unicodeScalars.allSatisfy(isASCIIDigit) else { return false }
        if first.count > 1 && first.hasPrefix("0") { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.unicodeScalars.allSatisfy(isASCIIDigit) }
    }

    /// "554", "763,67", "000,00".
    static func isThreeDigitGroup(_ s: String) -> Bool {
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 3, parts[0].unicodeScalars.allSatisfy(isASCIIDigit) else { return false }
        if parts.count == 2 { return !parts[1].isEmpty && parts[1].unicodeScalars.allSatisfy(isASCIIDigit) }
        return true
    }
}
