import Foundation

/// A table row at a page's top or foot: a label, then at least `minFigures` figure pieces in the
/// shape of amounts as DOMAIN.md prints them ("NETTOMENO −7 538 807 −5 159 612 −6 913 563"). Such a
/// line is never a running head or foot, however many pages it opens or closes with the same
/// label: a report that prints one board per page (a web application's budget report printed by
/// wkhtmltopdf, one MENOT / TULOT / NETTOMENO table under each board: hold-out set 7, hold7-11)
/// ends page after page with a NETTOMENO row whose shape, digits aside, is the same, and
/// `PageDebrisFilter.removeRunning` dropped it, then TULOT, then MENOT, as a three-line running
/// foot (40 of 75 figures missing without a flag, PDF, `-layout` and `-raw` alike).
///
/// A running line repeats words and changes a page number, a date or a time: "Sivu 2/5",
/// "Tulostettu 15.1.2026 klo 9.42", "puh. 040 123 4567", "Pöytäkirja 11/2024 18 (29)". None of
/// them is a label followed only by amount pieces: a date, a time or a page-of-pages is no
/// piece, and an amount never opens with a zero followed by digits ("040"). Years ("2025 2024",
/// a repeated column head) have four digits and are no piece either, so a repeated head is left
/// to the rules that read it. Tokens are the line's whitespace-separated pieces (a PDF word with
/// thin-space thousands splits as a `pdftotext` word does), so PDF and text read alike.
enum FigureRowAtPageEdge {
    /// Amount pieces after the label a row needs: three keeps "label 12 345" (one amount, two
    /// pieces) and "Sivu 1 2" out.
    static let minFigures = 3

    /// Whether `line` is a label followed by nothing but amount pieces.
    static func isRow(_ line: TextLine) -> Bool {
        let tokens = line.text.split { $0.isWhitespace }
        guard let firstFigure = tokens.firstIndex(where: { isPiece($0, first: true) }), firstFigure > 0,
              tokens[..<firstFigure].contains(where: { $0.contains(where: \.isLetter) }) else { return false }
        var figures = 0
        var inAmount = false
        for token in tokens[firstFigure...] {
            if token == "%" { continue }
            // A group ("440") continues the amount before it; anything else must open one.
            if inAmount, isPiece(token, first: false) {
                figures += 1
                continue
            }
            guard isPiece(token, first: true) else { return false }
            figures += 1
            inAmount = true
        }
        return figures >= minFigures
    }

    /// An amount's first piece (`first`: an optional sign, one to three digits with no leading
    /// zero unless it is the zero, optional decimals) or a later thousands group (three digits,
    /// optional decimals).
    static func isPiece(_ token: Substring, first: Bool) -> Bool {
        var t = token
        if first, let c = t.first, "-−–+".contains(c) { t = t.dropFirst() }
        let parts = t.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, whole.allSatisfy(\.isASCIIDigit) else { return false }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit) { return false }
        if !first { return whole.count == 3 }
        guard (1...3).contains(whole.count) else { return false }
        return whole.count == 1 || whole.first != "0"
    }
}
