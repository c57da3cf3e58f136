/// Two neighbouring cells of a row read from single-spaced text that could be one figure cut at a
/// thousands space: a bare integer of one to three digits followed by an unsigned cell of exactly
/// three integer digits. "Korkotuotot 810 000,00 43 000,00 853 000,00 813 901,48 -39 098,52"
/// read with 813 | 901,48 (truth 813 901,48; synth honkakoski p. 6), "Rahastojen lisäys (-) tai
/// vähennys (+) 15 198,06 0,00" read as 15 | 198,06 | 0,00 and "Asukasmäärä 22 331 22 089" as
/// 22 | 331 | 22 089 (truth 15 198,06 and 22 331; synth pauhavaara pp. 1, 3), "Korkotuotot 976
/// 273,53 929 682,35" as 976 | 273,53 | 929 | 682,35 (synth tammiselka p. 5), all in `-raw` and
/// pypdf. Whether the space parts cells or groups digits is not in the text: both cells are
/// flagged `ambiguous-split`.
enum SplitDigitGroupPair {
    static func flagged(_ row: Row) -> Row {
        var out = row
        for c in row.cells.indices.dropLast() {
            guard let a = row.cells[c], let b = row.cells[c + 1], a.value != nil, b.value != nil,
                  isShortInteger(a.text), isGroupTail(b.text) else { continue }
            out.cells[c] = UnspacedTextRows.doubted(out.cells[c])
            out.cells[c + 1] = UnspacedTextRows.doubted(out.cells[c + 1])
        }
        return out
    }

    /// "813", "-15", "22": one to three digits, optionally signed, nothing else, and not opening
    /// with a zero: no figure's head group does, so "0 112" (kemijarvi-hallintopalvelut-tp2024,
    /// `-raw`: an empty budget beside 112) is two cells for certain.
    static func isShortInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if let f = body.first, "+-–−".contains(f) { body = body.dropFirst() }
        return (1...3).contains(body.count) && body.allSatisfy(\.isASCIIDigit) && body.first != "0"
    }

    /// "901,48", "331", "198,06", "089": three digits, then a decimal part or nothing; unsigned.
    static func isGroupTail(_ text: String) -> Bool {
        let parts = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigit) else { return false }
        return parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
    }
}
