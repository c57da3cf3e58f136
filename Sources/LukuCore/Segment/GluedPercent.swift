/// A figure with its percent sign printed against it ("97,1%", "-4,7%", "101,3%"): one token of a
/// row's figures in one-row-per-line text (`pdftotext -raw`, pypdf). Word exports print the
/// percent columns of budget outturns so (synth kivimaki pp. 5–8 "TOIMINTATUOTOT 10 781 875 …
/// 10 786 612 97,1%", kuusiselka p. 6 "MENOT -32 764 … 1 704 -4,7%", pauhavaara, kuusimaki; HTML
/// pauhaniemi; sheet katajalampi; kauhava-tilinpaatos-2024 in `-raw`). Without it such a row had
/// no figures at all (the tail stopped at its last token) and the whole table was read as prose.
/// The number before the sign is read by `FinnishNumber` / `DigitRunSplitter`, which take the
/// attached unit already.
enum GluedPercent {
    /// `t` is a figure (optional sign, digits, optional decimal comma part) with "%" attached.
    static func isFigure(_ t: String) -> Bool {
        guard t.count >= 2, t.hasSuffix("%") else { return false }
        var s = Substring(t.dropLast())
        if let f = s.first, "-+−–".contains(f) { s = s.dropFirst() }
        let parts = s.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard let digits = parts.first, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return false }
        return parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
    }
}
