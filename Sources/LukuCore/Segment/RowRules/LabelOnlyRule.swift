/// A line with a label and no cells: a group sub-heading, the start of a label that goes on below,
/// or the end of one from above; `RowAssembler` tells which once it sees the next row.
struct LabelOnlyRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard line.isLabelOnly else { return false }
        state.flushFragment()
        state.assembler.addLabelOnly(line.label, level: line.level)
        return true
    }
}
