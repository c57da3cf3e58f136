/// Column titles that are no known header words, right above the rows ("Kpl  Euroa  Äänivalta /
/// kpl" over "Osake  1 930 450  229 908,22  1", Koha-Suomi's notes p. 6; class numbers "1.  2. …
/// 1-6 luokat" over pupil counts, Lapua's minutes p. 13): the line stands over the values one
/// title per value (`HeaderAssigner.isAlignedHeader`).
struct AlignedTitlesRule: HeaderLineRule {
    func verdict(_ line: Int, zone: [Int], in header: HeaderLines) -> HeaderVerdict? {
        guard zone.isEmpty, header.roles[line] == .labelOnly,
              HeaderAssigner.isAlignedHeader(header.lines[line], over: header.lines[header.firstRow], settings: header.settings)
        else { return nil }
        return .heads
    }
}
