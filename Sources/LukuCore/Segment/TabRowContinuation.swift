/// A tab-separated row that goes on with every cell of the row above it: the page broke the row,
/// and the extract printed the rest of each cell as a row of its own after the break. In the seed
/// text of kemijarvi-hallinto-tukipalvelut-2022-06 (the goal table, page 1) "Verkostoyhteistyön
/// kautta … Esimiesten tukeminen" / blank / "neuvonnalla ja ohjeistuksella.⇥Tiivis yhteistyö
/// työterveyshuollon kanssa⇥…" is one row. A person sees it by the label that starts in lowercase,
/// mid-sentence; the rule also asks that every cell of both rows holds words (or, below, nothing
/// where a cell ended above), none a number, and that the two rows have as many cells, so no row
/// of figures is ever joined. pymupdf4llm writes the goal tables of the same documents one printed
/// line per pipe row; the rule joins those rows too.
enum TabRowContinuation {
    /// `cells` (label first) continue `above` cell by cell.
    static func continues(_ cells: [String], above: [String]) -> Bool {
        guard cells.count == above.count, cells.count >= 3, WordTraits.startsLowercase(cells[0]) else { return false }
        // A cell whose text ended on the line above is empty on this one.
        let words = { (cell: String) in FinnishNumber.parse(cell) == nil && cell.contains(where: \.isLetter) }
        return above.allSatisfy { !$0.isEmpty && words($0) } && cells.allSatisfy { $0.isEmpty || words($0) }
    }

    /// The rows with each continuation joined onto the row above it.
    static func join(_ rows: [[String]]) -> [[String]] {
        TextJoiner.joinRows(rows) { continues($0, above: $1) }
    }
}
