/// A pipe block whose first row is a header with an empty label cell starts a table of its own:
/// markitdown writes the next statement's header ("| | | | Alkuperäinen | | | TA | Muutettu | |
/// TP | Poikkeama |", "| | 2018 2019 | 2020 | | 2021 | 2022 | …") as one more block of the grid
/// width it happens to share with the table before, a caption or a section heading between them
/// (synth koivukyla p. 5: the committees' total block, "2.2 Tuloslaskelmaosan toteutuminen",
/// the tuloslaskelmaosa's header, then "4 Tunnuslukuja" and the key figures' years, all eleven
/// pipe columns wide). Read as one grid, the three tables' columns are decided together and the
/// tuloslaskelmaosa's five columns come out as eight; so `SpacerPipeColumns.runs` ends a run at
/// such a block when figure rows came before it. A header cell is words ("Muutettu", "TA 2022"),
/// years ("2020", "2018 2019"), a date ("31.12.2022"), a unit or a per cent sign: no figure.
enum UnlabelledHeaderBlock {
    static func heads(_ row: [String]) -> Bool {
        guard row[0].trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        let filled = row.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy(isHeaderCell)
    }

    static func isHeaderCell(_ cell: String) -> Bool {
        if !SpacerPipeColumns.isFigure(cell) || SpacerPipeColumns.isUnit(cell) { return true }
        // "2018 2019": two years in one cell (the converter joined two header cells) is no amount.
        let words = cell.split(whereSeparator: \.isWhitespace)
        return words.allSatisfy { w in w.count == 4 && w.allSatisfy(\.isASCIIDigit) && (w.hasPrefix("19") || w.hasPrefix("20")) }
    }
}
