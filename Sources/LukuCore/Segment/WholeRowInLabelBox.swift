import Foundation

/// PyMuPDF's `get_text()` text of a spreadsheet-made statement whose label box holds some rows
/// whole: the label, then every cell of the row, its percent last ("Muut rahoituskulut" / "–158" /
/// "–149" / "6,0 %", "Poistoeron lisäys (-) tai vähennys (+)" / "444" / "679" / "–34,6 %"), while
/// the other rows keep only their percent there and have their figures in the block printed after
/// the labels. Synth pauhaselka p. 1 (tuloslaskelma: two such rows among 21) and p. 4
/// (rahoituslaskelma). Such a row takes no figure from the block (`CellLinesUnderLabels`), and
/// its own percent is checked with the others'.
///
/// Read only where the cells under the label are three or more, the last alone a percent ("%"),
/// and the line after them no figure: a label whose own percent runs straight into the figure
/// block (joutsenkyla p. 5 "Netto" / "92,6 %" / "5 228 800" / …) has its percent first.
enum WholeRowInLabelBox {
    /// The cells under the label at `kept[k]`, when they are one whole row.
    static func cells(_ lines: [TextLine], kept: [Int], after k: Int, isValue: (TextLine) -> Bool) -> [String]? {
        var cells: [String] = []
        var j = k + 1
        while j < kept.count, isValue(lines[kept[j]]) {
            cells.append(lines[kept[j]].text.trimmingCharacters(in: .whitespaces))
            j += 1
            if cells.count > CellLinesUnderLabels.maxColumns { return nil }
        }
        guard cells.count > CellLinesUnderLabels.maxOwn, let last = cells.last, last.hasSuffix("%"),
              cells.dropLast().allSatisfy({ !$0.contains("%") }) else { return nil }
        return cells
    }
}
