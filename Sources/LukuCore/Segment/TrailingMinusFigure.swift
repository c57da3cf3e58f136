/// A figure with its minus after it ("6 365,1-", as accounting systems print negatives) is no
/// row label of a table written one cell per line: the number reader does not read a trailing
/// minus (no extractor of the corpus writes one), so such a line is no figure either and the
/// cell-per-line reader ends there. Taken as a label, it named the rows after it ("698,4- Tulot")
/// and a table of wrong labels came out of PyMuPDF's text of the hold-out grid with trailing
/// minus signs (hold-02, "Menot" / "6 365,1-" / "922,8-" / …), where the text was prose before.
enum TrailingMinusFigure {
    static func applies(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let last = t.last, "-−–".contains(last) else { return false }
        let head = t.dropLast().trimmingCharacters(in: .whitespaces)
        return !head.isEmpty && FinnishNumber.parse(head) != nil
    }
}
