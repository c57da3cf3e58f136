import Foundation

/// A Decimal's parts, read straight from its bytes: value = ± mantissa × 10^exponent. The JSON
/// literal of every cell value is built from them (`NumberLiterals.decimal`): going through
/// `Decimal.description` and re-reading that text was ~0.15 G instructions of a 158-page
/// statement's single-threaded tail (issue 8, callgrind).
///
/// Foundation keeps these fields internal, so the bytes are read in the layout swift-foundation
/// uses (exponent: Int8 at byte 0; length in the high nibble of byte 1, negative flag 0x08;
/// eight little-endian UInt16 mantissa words from byte 4). That layout is checked once per
/// process against values whose parts are known (`layoutHolds`); if a toolchain lays Decimal
/// out otherwise, `of` returns nil and callers take the slow, public path.
struct DecimalParts: Equatable {
    var negative: Bool
    /// The mantissa, when it fits 64 bits (nil parts otherwise).
    var mantissa: UInt64
    var exponent: Int

    /// The parts of `d` when its mantissa fits 64 bits and the layout is the known one.
    static func of(_ d: Decimal) -> DecimalParts? {
        guard layoutHolds else { return nil }
        return read(d)
    }

    private static func read(_ d: Decimal) -> DecimalParts? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        return withUnsafeBytes(of: d) { raw -> DecimalParts? in
            let length = Int(raw[1] >> 4)
            guard length <= 4 else { return nil }
            var mantissa: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
            }
            return DecimalParts(negative: raw[1] & 0x08 != 0, mantissa: mantissa, exponent: Int(Int8(bitPattern: raw[0])))
        }
    }

    /// The value as the nearest Double (relative error below 2^-52) when the exponent is within
    /// ±22, where every power of ten is an exact Double: for bounds with a wide safety margin,
    /// never for a printed or compared value.
    var double: Double? {
        guard exponent >= -22, exponent <= 22 else { return nil }
        let magnitude = exponent >= 0 ? Double(mantissa) * DecimalParts.powersOfTen[exponent]
                                      : Double(mantissa) / DecimalParts.powersOfTen[-exponent]
        return negative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Whether reading the bytes gives the parts the public API gives, on values that use
    /// every field: sign, one to four mantissa words, positive and negative exponents.
    static let layoutHolds: Bool = {
        let samples = ["-123.45", "0", "1", "65536", "-4294967296", "18446744073709551615", "1e30", "-0.000001", "11080763.67"]
        for text in samples {
            guard let d = Decimal(string: text), let parts = read(d) else { return false }
            let rebuilt = Decimal(sign: parts.negative ? .minus : .plus, exponent: parts.exponent,
                                  significand: Decimal(parts.mantissa))
            guard rebuilt == d, parts.negative == (d.sign == .minus && d != 0),
                  parts.mantissa == 0 || parts.exponent == d.exponent else { return false }
        }
        return true
    }()
}
