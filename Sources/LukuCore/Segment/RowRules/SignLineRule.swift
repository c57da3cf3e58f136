/// Signs printed on a line of their own above their numbers (a number wrapped in a narrow ruled
/// cell, Kauhava p. 116: "-" over "46 525 690,00") wait for the numbers below.
struct SignLineRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard let signs = line.signs else { return false }
        state.pendingSigns.merge(signs) { _, new in new }
        return true
    }
}
