/// A figure's minus sign glued by the extractor to the word before it. Lapua's pöytäkirja
/// (OpenSans, CID) prints a zero-width space (U+200B) after every hyphen-minus ("-​ 16.756.130",
/// "Sivistys-​ ja"). pdfplumber's `extract_text()` (and its `layout=True`) puts a space only where
/// the gap between two glyphs is wide, and the gap before such a minus is narrow, so it writes
/// "Toimintakulut *)-​ 16.756.130-​ 13.155.924 78,​5", "Toimintakate -​ 16.317.230-​12.806.828"
/// and "Yläkoulun irtaimisto-​10.000" (sivla pp. 18–19, every käyttötalous sub-table and the
/// investment table) where PDFium and `pdftotext` write "*) -​ 16.756.130 -​ 13.155.924". Read
/// as it stands, the minus ended the figure before it or the label, and the rows were lost.
///
/// Read: a hyphen-minus followed by the zero-width space, written right after a dot-grouped figure
/// ("16.756.130-​") or a label's last letter or bracket ("*)-​", "irtaimisto-​"), and followed (after
/// spaces, or at once) by a dot-grouped figure, is that next figure's sign: the word is cut before
/// the minus. Only the hyphen with its zero-width space (the font's mark that the glyph is its
/// hyphen, a trailing minus or a range dash would need the same) and only between a figure or a
/// label and a grouped figure: a date range ("1.1.-​30.9.2024", a dot before the minus) or a
/// numbered range ("1-​9") is no such place. The shape is one document's, so every figure that gets
/// its sign so is marked `doubtfulJoin` and flagged `ambiguous-split`, and the statement's
/// identities check it.
enum GluedMinusBeforeFigure {
    static let zeroWidthSpace: Character = "\u{200B}"

    /// The words with every glued minus cut off the word before it: "16.317.230-​12.806.828" →
    /// "16.317.230", "-​12.806.828"; "16.756.130-​" → "16.756.130", "-​" (a sign standing apart, read
    /// as `pdftotext` and PDFium write it). The figure taking the sign is marked `doubtfulJoin`.
    /// Words still hold their zero-width spaces (`TextFileReader.visible` drops them after).
    static func split(_ words: [Word]) -> [Word] {
        guard words.contains(where: { $0.text.contains("-\u{200B}") }) else { return words }
        var out: [Word] = []
        var signsNext = false
        for (k, word) in words.enumerated() {
            let pieces = cut(word.text, next: k + 1 < words.count ? words[k + 1].text : nil)
            for (p, piece) in pieces.enumerated() {
                var w = word
                w.text = piece
                if (p > 0 && visible(piece) != "-") || (p == 0 && signsNext) { w.doubtfulJoin = true }
                out.append(w)
            }
            signsNext = pieces.count > 1 && pieces.last.map(visible) == "-"
        }
        return out
    }

    /// The word cut before every glued minus that signs a grouped figure; [word] when there is none.
    static func cut(_ word: String, next: String?) -> [String] {
        let chars = Array(word)
        var pieces: [String] = []
        var start = 0
        var i = 1
        while i + 1 < chars.count {
            guard chars[i] == "-", chars[i + 1] == zeroWidthSpace else { i += 1; continue }
            let before = String(chars[start..<i])
            let after = String(chars[(i + 2)...])
            let signed = after.isEmpty ? next.map { startsWithGroupedFigure(visible($0)) } == true
                                       : startsWithGroupedFigure(after)
            if signed, endsLabel(before) || isGroupedFigure(withoutSign(before)) {
                pieces.append(before)
                start = i
            }
            i += 2
        }
        guard !pieces.isEmpty else { return [word] }
        pieces.append(String(chars[start...]))
        return pieces
    }

    /// A label's last character before the minus: a letter or a closing bracket ("irtaimisto", "*)").
    private static func endsLabel(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return last.isLetter || last == ")"
    }

    /// "-​827.940" → "827.940" (a piece cut off before holds its own sign).
    private static func withoutSign(_ s: String) -> String {
        s.hasPrefix("-") ? visible(String(s.dropFirst())) : s
    }

    /// The text opens with a grouped figure, up to its end, a space or a glued minus.
    private static func startsWithGroupedFigure(_ s: String) -> Bool {
        isGroupedFigure(String(s.prefix { $0.isASCIIDigit || $0 == "." }))
    }

    /// "16.756.130", "827.940": one to three digits, then groups of three after dots.
    static func isGroupedFigure(_ s: String) -> Bool {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count) else { return false }
        return groups.enumerated().allSatisfy { k, g in
            (k == 0 || g.count == 3) && g.allSatisfy(\.isASCIIDigit)
        }
    }

    private static func visible(_ s: String) -> String { s.filter { $0 != zeroWidthSpace } }
}
