/// Group sub-headings and wrapped labels between rows ("Materiaalit ja palvelut" over its items and
/// "Yhteensä", Koha-Suomi's tuloslaskelma p. 3; "Toimintatuotot" groups in Kauhava's statements
/// pp. 30–49; a budget table's group lines, synth word family): up to `maxLabelOnlyRun` label lines
/// in a row stay in the table; `RowAssembler` later tells a heading from a label that goes on.
struct GroupHeadingRule: RegionRule {
    func keeps(_ line: Int, of region: RegionLines, run: inout LabelRun) -> Bool {
        guard run.count < region.settings.maxLabelOnlyRun else { return false }
        run.count += 1
        return true
    }
}
