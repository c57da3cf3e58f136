/// A row whose label broke at a hyphen and whose numbers wrapped with it, in a character grid
/// (`pdftotext -layout`), where every line stands one pitch below the last and the tight spacing
/// `HyphenBrokenRowRule` reads is lost: "Tekninen lautakunta yh-   13 397" / "teensä   700
/// 236 100   13 617 700 …" (kauhava-tilinpaatos-2024 p. 120; the PDF's lines are 11 pt apart
/// against 15 between rows). The words decide it alone: the row above ends its label in a hyphen,
/// this line's label goes on in lowercase right under it, and at least one column's two parts join
/// as one wrapped number (`WrappedNumber`: a grouped start over a lone three-digit group). Every
/// column where both lines have a cell must join so, or the lines stay two rows; a join whose lower
/// group does not start with 0 is flagged `ambiguous-split` as `WrappedNumber` flags it.
struct GridHyphenBrokenRowRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard let previous = line.previous, line.pitch.isNextGridLine(previous, line.line),
              state.fragment == nil, WordTraits.startsLowercase(line.label),
              let last = state.assembler.rows.last, Self.endsInHyphen(last.label),
              last.cells.count == line.cells.count,
              line.cells.indices.contains(where: { last.cells[$0] != nil && line.cells[$0] != nil })
        else { return false }
        return state.assembler.mergeIntoLast(label: line.label, cells: line.cells, columns: line.columns)
    }

    /// "yh-": a word broken at the line end (a conjunction alone is no break of a word).
    static func endsInHyphen(_ label: String) -> Bool {
        guard let last = label.split(separator: " ").last, last.count > 1 else { return false }
        return last.hasSuffix("-") || last.hasSuffix("\u{2010}")
    }
}
