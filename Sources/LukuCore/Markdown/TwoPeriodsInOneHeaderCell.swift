/// A pipe header cell naming two periods ("| | 2016 2017 | 2018 | 2019 |"): the converter put two
/// printed columns into one pipe column, so a cell under it holds either both figures ("23 330
/// 23 428", `TwoFiguresInOnePipeCell`) or two figures that read as one number ("133 134" →
/// 133 134, a wrong value that looks right). Every row of the table run (`SpacerPipeColumns.runs`)
/// with a figure under such a header cell is marked doubtful, so its values are flagged; nothing
/// is split or changed. Found in markitdown's Markdown of synth pauhavaara (Word, p. 11 key
/// figures "2016 2017"), kuusiselka (Word, "458 491" under "2016 2017") and petajalampi (sheet,
/// "| | 2020 2019 | % |" over the tuloslaskelma's rows).
enum TwoPeriodsInOneHeaderCell {
    static func mark(_ text: String) -> String {
        SpacerPipeColumns.markRows(in: text) { members, cells in
            // A header cell counts for the rows below it only: the periods are gathered in line order.
            var twoPeriods = Set<Int>()
            return members.filter { k in
                guard let row = cells[k], !FigureInLabelCell.isAlignment(row) else { return false }
                for c in row.indices.dropFirst() where holdsTwoPeriods(row[c]) { twoPeriods.insert(c) }
                return row.count > 1 && twoPeriods.contains(where: { $0 < row.count && isFigure(row[$0]) })
            }
        }
    }

    /// Two or more periods side by side and nothing else: "2016 2017", "TP 2020 TP 2019" is not.
    static func holdsTwoPeriods(_ cell: String) -> Bool {
        let tokens = cell.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        return tokens.count >= 2 && tokens.allSatisfy { WordTraits.isYear(String($0)) }
    }

    private static func isFigure(_ cell: String) -> Bool {
        let t = cell.trimmingCharacters(in: .whitespaces)
        return !t.isEmpty && t.contains(where: \.isNumber) && !holdsTwoPeriods(t)
    }
}
