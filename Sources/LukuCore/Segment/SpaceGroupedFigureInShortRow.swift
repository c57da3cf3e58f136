/// A figure written in space-parted groups in a table read from single-spaced text, where the
/// space between its groups could as well part two cells: "Tulot 484 340 -144 70,3%" read as
/// 484 340 | -144 | 70,3 % under rows of four figures grouped with periods ("Menot 1.519 1.069
/// -450 70,4%"; truth 484 | 340 | -144 | 70,3; synth kuusiselka p. 8 in `-raw` and pypdf),
/// "Muut rahoituskulut -16 248 -15 236" among "-3.126 -3.191" (truth -16 | 248 | -15 | 236,
/// the item and its group's subtotal; synth pihlajaniemi p. 1), "MENOT –7 161 –6 541 620 91,3 %"
/// read as three cells under four columns (truth –7 161 | –6 541 | 620 | 91,3; synth koivukyla
/// p. 4). The text decides the reading only when neither holds:
/// - the table's other figures group their thousands with periods, so a space is a cell border;
/// - the row has fewer figures than the table's fullest row (a merged cell counting each of its
///   figures), so its figures could fill more cells.
/// The row's cells are then flagged `ambiguous-split`; never re-read, since which split is right
/// is not in the text.
enum SpaceGroupedFigureInShortRow {
    /// Period-grouped cells in the table that make its grouping periods.
    static let minPeriodGrouped = 2

    static func flagged(_ rows: [Row]) -> [Row] {
        // Tokens, so a merged cell's figures ("1.519 1.069 -450 70,4%") count too.
        let tokens = rows.flatMap { $0.cells.compactMap { $0?.text.split(separator: " ") }.joined() }
        let periods = tokens.filter { UnspacedTextRows.isPeriodGrouped(String($0)) }.count >= minPeriodGrouped
        let figures = rows.map { row in row.cells.reduce(0) { $0 + figureCount($1) } }
        let fullest = figures.max() ?? 0
        return rows.indices.map { k in
            let row = rows[k]
            guard row.cells.contains(where: { $0.map { $0.value != nil && UnspacedTextRows.isSpaceGrouped($0.text) } ?? false }),
                  periods || figures[k] < fullest else { return row }
            var out = row
            out.cells = row.cells.map { $0?.value != nil ? UnspacedTextRows.doubted($0) : $0 }
            return out
        }
    }

    /// Figures a cell holds: one for a read number; for a cell flagged `merged` ("146 103,5 %",
    /// synth koivukyla p. 4: a row's last two figures in one cell) its tokens that open with a digit.
    static func figureCount(_ cell: Cell?) -> Int {
        guard let cell else { return 0 }
        if cell.value != nil { return 1 }
        guard cell.flags.contains(.merged) else { return 0 }
        return cell.text.split(separator: " ").filter { token in
            let body = token.drop { "+-–−".contains($0) }
            return body.first?.isASCIIDigit ?? false
        }.count
    }
}
