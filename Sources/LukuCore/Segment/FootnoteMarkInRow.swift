/// A row of single-spaced text (`pdftotext -raw`, pypdf) where a footnote mark printed after a
/// figure was glued onto its digits ("324 7303)" for "324 730 ³)", "–8 754*"): the mark's digits
/// and bracket change the row's digit groups, so every cut of the row into cells is a reading the
/// text cannot confirm. Every figure of the row, and the marked one, is flagged `ambiguous-split`.
///
/// Found by the hold-out set (`tools/holdout`, document 08: a käyttötalous table with footnote marks
/// on three rows, "Tuet ja avustukset", "Henkilöstökulut", "TOIMINTAKATE"), where the row was cut
/// into "312 | 917 | 324 | 7303)" with no flag; the PDF path reads the same marks as `unreadable`
/// cells (`MarkedNumber`).
enum FootnoteMarkInRow {
    static func flagged(_ row: Row) -> Row {
        guard row.cells.contains(where: { $0.map { endsInMark($0.text) } ?? false }) else { return row }
        var row = row
        for c in row.cells.indices {
            guard let cell = row.cells[c], cell.value != nil || endsInMark(cell.text) else { continue }
            row.cells[c] = UnspacedTextRows.doubted(cell)
        }
        return row
    }

    /// A digit, then `)`, asterisks or superscript digits at the end: "7303)", "754*", "5 120²".
    static func endsInMark(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        if end > 0, scalars[end - 1] == ")" {
            end -= 1
        } else {
            let marks = end
            while end > 0, MarkedNumber.isMark(scalars[end - 1].value) { end -= 1 }
            guard end < marks else { return false }
        }
        // Only a figure carries the mark: "7303)", not "(tavoitetaso 4 asteikolla 1-5)" (tp2024).
        return end > 0 && isDigit(scalars[end - 1]) && scalars[..<end].allSatisfy { u in
            isDigit(u) || u == "," || u == "." || FinnishNumber.isSpace(u.value) || FinnishNumber.isMinus(u.value) || u == "+"
        }
    }

    private static func isDigit(_ u: Unicode.Scalar) -> Bool { (0x30...0x39).contains(u.value) }
}
