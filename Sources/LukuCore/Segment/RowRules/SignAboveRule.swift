/// Signs waiting from the line above go onto this line's numbers in their columns (Kauhava p. 116).
/// Takes no line: it only completes the cells for the rules after it.
struct SignAboveRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        for (c, sign) in state.pendingSigns {
            guard let cell = line.cells[c], cell.value != nil, let first = cell.text.first, first.isNumber else { continue }
            line.cells[c] = CellReader.cell(sign + cell.text, column: line.columns[c])
            line.cells[c]?.bbox = cell.bbox  // the sign line above is not part of the box
        }
        state.pendingSigns.removeAll()
        return false
    }
}
