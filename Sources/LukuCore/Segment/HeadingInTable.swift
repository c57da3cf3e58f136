/// A heading candidate set between the rows of a table is one of its rows: the group lines of a
/// statement ("C VAIHTUVAT VASTAAVAT", "5. Muut aineelliset hyödykkeet", synth tase pages) read
/// like caps titles and numbered headings, but they sit in the table's row pitch, in its type
/// size, with data rows above and below. PDF only: text input has no geometry to tell them apart.
struct HeadingInTable: Sendable {
    /// Most lines walked over (other group lines) to reach a data row on either side: a run of
    /// items with empty amounts in the row pitch, as long as `PitchedEmptyItemsRule` keeps in a
    /// table ("II Saamiset" / "Pitkäaikaiset saamiset" / "1. Myyntisaamiset" / "2. Lainasaamiset" /
    /// "3. Muut saamiset" before "PITKÄAIKAISET SAAMISET YHTEENSÄ  -  -", synth petajalampi p. 2).
    var maxWalk: Int { settings.maxPitchedLabelRun }
    /// The row pitch (`rowPitchEm`): the largest step between neighbouring lines' tops inside a
    /// table, not the space a real heading gets above it.
    var settings = TableSettings.default

    /// Clears the kinds of heading candidates that sit inside a run of table rows.
    func demote(_ kinds: inout [HeadingDetector.Kind?], lines: [TextLine], roles: [TableLineRole]) {
        for i in lines.indices where kinds[i] != nil && lines[i].markdownLevel == nil && lines[i].box != nil {
            if dataRow(from: i, step: -1, lines: lines, roles: roles),
               dataRow(from: i, step: 1, lines: lines, roles: roles) {
                kinds[i] = nil
            }
        }
    }

    /// Whether walking from `i` in `step` direction reaches a data row through steps within the
    /// row pitch, over label-only lines (and, upwards, a repeated unit line), and the candidate is
    /// set no larger than that row.
    private func dataRow(from i: Int, step: Int, lines: [TextLine], roles: [TableLineRole]) -> Bool {
        var previous = i
        var j = i + step
        var walked = 0
        while j >= 0, j < lines.count, walked <= maxWalk {
            let a = lines[min(previous, j)], b = lines[max(previous, j)]
            guard let ay = a.box?.y0, let by = b.box?.y0 else { return false }
            if a.page != b.page {
                // A table continued from the page before: the candidate opens its page (under a
                // repeated unit line at most), the page before ends in a data row (state budget p. 4).
                guard step < 0, a.page + 1 == b.page, case .data = roles[j] else { return false }
                return lines[i].fontSize <= lines[j].fontSize + 0.3
            }
            let em = max(a.fontSize, b.fontSize, 1)
            guard by > ay, by - ay <= settings.rowPitchEm * em else { return false }
            switch roles[j] {
            case .data:
                return lines[i].fontSize <= lines[j].fontSize + 0.3
            case .labelOnly:
                walked += 1
            case .header where step < 0 && TableUnit.ofUnitLine(lines[j], settings: settings) != nil:
                walked += 1
            default:
                return false
            }
            previous = j
            j += step
        }
        return false
    }
}
