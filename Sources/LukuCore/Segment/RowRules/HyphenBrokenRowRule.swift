/// A row whose label broke at a hyphen and whose numbers wrapped with it ("Tekninen lautakunta
/// yh-  13 397" / "teensä  700  236 100 …", Kauhava): the lower line joins the row above.
struct HyphenBrokenRowRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard let previous = line.previous, line.pitch.isTight(previous, line.line), WordTraits.continuesText(line.label)
        else { return false }
        return state.assembler.mergeIntoLast(label: line.label, cells: line.cells, columns: line.columns)
    }
}
