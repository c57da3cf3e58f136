/// A line of numbers with no label waits: it is a row of its own, or the upper half of numbers
/// wrapped in narrow cells whose label is on the line below (`WrappedNumberRule`).
struct LabelLessNumbersRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard line.label.isEmpty, line.cells.allSatisfy({ $0 == nil || $0?.value != nil }) else { return false }
        state.flushFragment()
        state.fragment = (line.cells, line.level)
        return true
    }
}
