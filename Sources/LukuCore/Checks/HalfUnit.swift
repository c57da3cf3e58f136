import Foundation

/// Half of a rounding unit, u / 2, for the percentage tolerances (RoundingTolerance.percent and
/// percentOrFar). One Decimal division is ~60 k instructions, and the ratio pair search
/// (RatioColumnRule) halves the same one or two units for every pair of columns and every row:
/// a quarter of that rule's cost on a 158-page statement (issue 8, callgrind). The halves of the
/// units `RoundingTolerance.roundingUnit` gives (whole numbers, one or two decimals) are made once
/// with the same division; a unit is matched by its bytes, so any other unit, or the same number
/// held with other parts, is divided as before and the result is always the division's.
enum HalfUnit {
    struct Entry {
        var unit: Decimal
        var half: Decimal
        /// `DecimalParts.of(half)?.double`, the Double the far-bound of percentOrFar uses.
        var double: Double?
    }

    private static let known: [Entry] = (0...2).map { entry(RoundingTolerance.unit(decimals: $0)) }

    private static func entry(_ u: Decimal) -> Entry {
        let half = u / 2
        return Entry(unit: u, half: half, double: DecimalParts.of(half)?.double)
    }

    static func of(_ u: Decimal) -> Entry {
        for k in known where sameBytes(k.unit, u) { return k }
        return entry(u)
    }

    private static func sameBytes(_ a: Decimal, _ b: Decimal) -> Bool {
        withUnsafeBytes(of: a) { x in withUnsafeBytes(of: b) { y in x.elementsEqual(y) } }
    }
}
