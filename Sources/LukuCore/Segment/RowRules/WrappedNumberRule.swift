/// The upper half of numbers wrapped in narrow cells, waiting from a label-less line, joins this
/// labelled line's numbers when the digits fit together (`WrappedNumber`); otherwise it becomes
/// a row of its own. Takes no line.
struct WrappedNumberRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard let f = state.fragment else { return false }
        if !line.label.isEmpty, let joined = WrappedNumber.join(upper: f.cells, lower: line.cells, columns: line.columns) {
            line.cells = joined
            state.fragment = nil
        } else {
            state.flushFragment()
        }
        return false
    }
}
