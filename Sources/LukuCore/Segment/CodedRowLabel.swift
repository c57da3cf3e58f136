/// A row label opening with the item's code, a number of three to six digits that is no year,
/// then words with no figure: "7020 Nuorisotilan muutostyöt", "7230 Vesi- ja viemäriverkoston
/// saneeraus" (synth kuusiselka p. 8, the investment part of a Word-made statement, in PyMuPDF's
/// one-cell-per-line text). Budgets number their projects and cost centres so (DOMAIN.md); the
/// code is part of the label, never a figure. `HeaderOverCellLines` took such a line for a line
/// with a figure between a header and its rows, so the header "TA muutosten" was read as a
/// two-column header of rows one per line and every row's last two figures went to rows of
/// their own.
enum CodedRowLabel {
    static func applies(_ line: TextLine) -> Bool {
        guard line.words.count >= 2, let code = line.words.first?.text, (3...6).contains(code.count),
              code.allSatisfy(\.isASCIIDigit), !WordTraits.isYear(code) else { return false }
        return line.words.dropFirst().allSatisfy { FinnishNumber.parse($0.text) == nil }
    }
}
