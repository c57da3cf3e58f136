/// A row label wrapped inside its cell with the values on its first line: Word's default cell
/// alignment is top, and investment and project tables wrap long names of places and streets
/// ("Keskustan liikennejärjestelyt,  5 461 278 …" / "Asemakadun ja Kirkkotien" / "risteysalue",
/// hold-out set 3 hold3-09, headless Chromium; DOMAIN.md, row labels). The lines under the row
/// that start in lower case were already its label's end (`RowAssembler.addLabelOnly`); one that
/// starts with a capital (a street's or a place's name) was read as the heading of a group over
/// the rows after it, so the label was cut short and every following row got a wrong group, without
/// a flag. A label that ends unfinished (`WordTraits.endsUnfinished`: a comma, a conjunction, a
/// hyphen) cannot close a row, so the label-only line under it goes on with it in any case.
enum TopAlignedWrappedLabel {
    /// `label`, a label-only line right under the row labelled `rowLabel`, is that label's next line.
    static func continues(_ rowLabel: String, with label: String) -> Bool {
        WordTraits.endsUnfinished(rowLabel) && !WordTraits.startsWithOutlineMarker(label)
    }
}
