/// Words only under the value columns and no number: the second line of multi-line text cells
/// ("hallinto-" / "palveluissa", Kemijärvi konserni).
struct ContinuedCellsRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard line.label.isEmpty, !line.cells.contains(where: { $0?.value != nil }) else { return false }
        state.flushFragment()
        state.assembler.continueCells(line.parts, boxes: line.partBoxes)
        return true
    }
}
