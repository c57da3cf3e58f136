/// A short title set over the value columns above a header line: the first line of a wrapped
/// header ("TA" over "muutosten jälkeen", Kauhava pp. 73–112), a group over several columns
/// ("Konserni" and "Kunta" over their years, Kauhava's notes pp. 141–151; "Ulkoinen" over
/// "Tilinpäätös 2021 | Tilinpäätös 2020", every synth family). It heads the columns it stands over
/// (`HeaderAssigner.isGroupHeader`).
struct GroupTitleRule: HeaderLineRule {
    func verdict(_ line: Int, zone: [Int], in header: HeaderLines) -> HeaderVerdict? {
        guard let below = zone.first, header.roles[line] == .labelOnly,
              HeaderAssigner.isGroupHeader(header.lines[line], above: header.lines[below]) else { return nil }
        return .heads
    }
}
