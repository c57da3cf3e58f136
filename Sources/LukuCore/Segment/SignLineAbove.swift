/// A line of minus signs alone above a row, as `pdftotext -layout` prints a statement whose signs
/// are set above the figures (kauhava-tilinpaatos-2024 page 116: "-   -   -" over
/// "TOIMINTAKULUT  46 525 690,00  0,00  46 525 690,00 …"). Without geometry the text no longer
/// says which figure each sign belongs to, and a sign is never guessed: the sign line is no row,
/// and the cells of the row under it are flagged `ambiguous-split` with an issue saying why.
enum SignLineAbove {
    /// Every word a lone minus sign.
    static func isSignLine(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.count == 1 && "-−–".contains($0) }
    }

    /// The row's cells, each numeric one flagged.
    static func flag(_ cells: [Cell?]) -> [Cell?] {
        cells.map { cell in
            guard var c = cell, c.value != nil, !c.flags.contains(.ambiguousSplit) else { return cell }
            c.flags.append(.ambiguousSplit)
            return c
        }
    }
}
