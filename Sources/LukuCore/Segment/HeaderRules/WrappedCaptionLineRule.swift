/// A label-only line between header lines ("Viestintä- ja" / "markkinointipalvelut" wrapped
/// beside the column headers, Kemijärvi's konserni document pp. 3, 4, 16, 25): part of the zone,
/// a header line only if one stands above it; at the top of the zone it is the caption's.
struct WrappedCaptionLineRule: HeaderLineRule {
    func verdict(_ line: Int, zone: [Int], in header: HeaderLines) -> HeaderVerdict? {
        !zone.isEmpty && header.roles[line] == .labelOnly ? .joins : nil
    }
}
