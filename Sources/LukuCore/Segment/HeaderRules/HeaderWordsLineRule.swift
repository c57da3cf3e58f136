/// A line of header words (kinds, periods, years, dates: "TA 2024  Toteutuma  Poikkeama",
/// "31.12.2024  31.12.2023"), as `TableLineRole` classifies it, is a header line wherever it stands
/// in the zone (every corpus document and Kauhava's statements).
struct HeaderWordsLineRule: HeaderLineRule {
    func verdict(_ line: Int, zone: [Int], in header: HeaderLines) -> HeaderVerdict? {
        header.roles[line] == .header ? .heads : nil
    }
}
