/// Line items whose amounts are all empty, printed in the table's own row pitch (a tuloslaskelma
/// listing the items a year left blank before "Tilikauden tulos", synth spreadsheet family p. 1 and
/// word family p. 8; "Muut vakuudet" items before "Vakuudet yhteensä", Kauhava p. 150): a longer
/// run of label lines, up to `maxPitchedLabelRun`, stays in the table when each stands one row
/// step below the last. A heading or a paragraph after a table stands further away and ends it.
struct PitchedEmptyItemsRule: RegionRule {
    func keeps(_ line: Int, of region: RegionLines, run: inout LabelRun) -> Bool {
        guard run.count < region.settings.maxPitchedLabelRun,
              inRowPitch(region.lines[line - 1], region.lines[line], settings: region.settings) else { return false }
        run.count += 1
        return true
    }

    private func inRowPitch(_ a: TextLine, _ b: TextLine, settings: TableSettings) -> Bool {
        guard a.page == b.page, let ay = a.box?.y0, let by = b.box?.y0 else { return false }
        return by > ay && by - ay <= settings.rowPitchEm * max(a.fontSize, b.fontSize, 1)
    }
}
