/// A figure with its minus after it that the number reader does not take as a value ("850-": a
/// bare integer, which `TrailingMinus` leaves unread; "6 365,1-" it reads, and `isValue` sees it
/// first) is no row label of a table written one cell per line, so the cell-per-line reader
/// ends there. Taken as a label, it named the rows after it ("698,4- Tulot") and a table of
/// wrong labels came out of PyMuPDF's text of the hold-out grid with trailing minus signs
/// (hold-02, "Menot" / "6 365,1-" / "922,8-" / …) before trailing minus was read.
enum TrailingMinusFigure {
    static func applies(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let last = t.last, "-−–".contains(last) else { return false }
        let head = t.dropLast().trimmingCharacters(in: .whitespaces)
        return !head.isEmpty && FinnishNumber.parse(head) != nil
    }
}
