import Foundation

/// How far a printed total may differ from the arithmetic of its printed terms because every
/// printed number was rounded (DOMAIN, "Signs and rounding, as published").
///
/// The rule, from the printed precision alone:
/// - A number printed with `d` decimals stands for a value within half a unit of its last digit
///   (u = 10^−d). A total of n terms therefore differs from the sum of its printed terms by less
///   than (n + 1) · u / 2 (n term errors and the total's own), and the difference is a whole
///   number of units: the tolerance is ⌊(n + 1) / 2⌋ · u. Two terms allow 1 unit, four terms 2.
/// - A table that prints cents (two or more decimals, `11 080 763,67`) prints bookkeeping values
///   exactly: nothing was rounded, the tolerance is 0.
/// - A percentage is compared with the range the ratio takes when its operands move within their
///   own half units (`percent(...)`), rounded to the printed decimals.
/// Seen in Kauhava TP 2024 (1 000 € statements p30-p35: "±1 rounding" in the truth), Lapua TA 2025
/// (rounded-euro TP 2023 column, ±1) and Kemijärvi TP 2024 (TP columns off by 1 €).
enum RoundingTolerance {
    /// Digits printed after the decimal separator of a number cell: the printed digits less the
    /// digits of the value's integer part ("-5,2" → 1, "14" → 0, "9,00" → 2, and the dot-grouped
    /// "239.398" → 0, which a look at the last separator would take for three decimals). Nil for
    /// a cell without a value.
    static func decimals(_ cell: Cell?) -> Int? {
        guard let cell, let value = cell.value else { return nil }
        var printed = 0
        for byte in cell.text.utf8 where byte >= 0x30 && byte <= 0x39 { printed += 1 }
        return max(printed - integerDigits(value), 0)
    }

    /// Digits of the integer part of |value| (1 for a value below 1). This runs for every
    /// operand of every check: read from the Decimal's parts when it can be (± mantissa ×
    /// 10^exponent has the mantissa's digits plus the exponent), no Decimal arithmetic (issue 8).
    static func integerDigits(_ value: Decimal) -> Int {
        guard let parts = DecimalParts.of(value) else { return integerDigitsByComparison(value) }
        let digits = parts.mantissa == 0 ? 0 : String(parts.mantissa).utf8.count
        return min(max(digits + parts.exponent, 1), powersOfTen.count)
    }

    /// `integerDigits` by rounding down and comparing with powers of ten (a string conversion
    /// was 7 % of a 158-page statement's instructions).
    static func integerDigitsByComparison(_ value: Decimal) -> Int {
        var magnitude = value.magnitude
        var whole = Decimal()
        NSDecimalRound(&whole, &magnitude, 0, .down)
        return whole == 0 ? 1 : (powersOfTen.firstIndex { whole < $0 } ?? powersOfTen.count)
    }

    /// 10^0 … 10^38, the range a Decimal cell holds.
    private static let powersOfTen: [Decimal] = {
        var p = Decimal(1), out: [Decimal] = []
        for _ in 0...38 { out.append(p); p *= 10 }
        return out
    }()

    /// The unit of the last printed digit of the least precise cell, or nil when a cell prints
    /// cents (exact) or no cell is readable.
    static func roundingUnit(_ cells: [Cell?]) -> Decimal? {
        let places = cells.compactMap(decimals)
        guard let fewest = places.min(), let most = places.max(), most < 2 else { return nil }
        return unit(decimals: fewest)
    }

    static func unit(decimals: Int) -> Decimal {
        var u = Decimal(1)
        for _ in 0..<max(decimals, 0) { u /= 10 }
        return u
    }

    /// The tolerance of `total = Σ terms` for the printed cells `total` and `terms`.
    static func sum(total: Cell?, terms: [Cell?]) -> Decimal {
        guard let u = roundingUnit([total] + terms) else { return 0 }
        let n = terms.filter { $0 != nil }.count
        return Decimal((n + 1) / 2) * u
    }

    /// `percent(...)`, except that when `printed` is certainly farther from the expected value
    /// than any tolerance the operands' rounding could give, the tolerance is left out (0): the
    /// check is a mismatch either way. The bound: each corner ratio differs from the exact one
    /// by at most 100·h·(|n| + |d|) / (|d|·(|d| − h)), and rounding adds at most one unit of
    /// the printed decimals; it is computed in Double with a wide margin, so only a difference
    /// far beyond it skips the exact corners.
    static func percentOrFar(numerator: Decimal, denominator: Decimal, decimals: Int, operandUnit: Decimal?,
                             printed: Decimal) -> (expected: Decimal, tolerance: Decimal) {
        guard let u = operandUnit, decimals >= 0, decimals <= 20,
              let n = DecimalParts.of(numerator)?.double, let d = DecimalParts.of(denominator)?.double,
              let half = HalfUnit.of(u).double, abs(d) > 2 * half else {
            return percent(numerator: numerator, denominator: denominator, decimals: decimals, operandUnit: operandUnit)
        }
        let expected = VarianceRule.rounded(numerator * 100 / denominator, decimals: decimals)
        guard let difference = DecimalParts.of((expected - printed).magnitude)?.double else {
            return percent(numerator: numerator, denominator: denominator, decimals: decimals, operandUnit: operandUnit)
        }
        let q = pow(10, -Double(decimals))
        let bound = (q + 100 * half * (abs(n) + abs(d)) / (abs(d) * (abs(d) - half))) * (1 + 1e-6) + 1e-12
        guard difference > bound else {
            return percent(numerator: numerator, denominator: denominator, decimals: decimals, operandUnit: operandUnit)
        }
        return (expected, 0)
    }

    /// For a printed percentage `100 · numerator / denominator` rounded to `decimals`: the
    /// rounded value from the printed operands, and the widest difference from it that rounding
    /// of the operands can explain (0 when the operands print cents or are exact to the digit
    /// in a way that leaves the rounded ratio unchanged).
    static func percent(numerator: Decimal, denominator: Decimal, decimals: Int,
                        operandUnit: Decimal?) -> (expected: Decimal, tolerance: Decimal) {
        let expected = VarianceRule.rounded(numerator * 100 / denominator, decimals: decimals)
        guard let u = operandUnit else { return (expected, 0) }
        let h = HalfUnit.of(u).half
        // The denominator's range must not reach zero, or the ratio is unbounded.
        guard denominator.magnitude > h else { return (expected, 0) }
        var low = expected, high = expected
        for a in [numerator - h, numerator + h] {
            for b in [denominator - h, denominator + h] {
                let r = VarianceRule.rounded(a * 100 / b, decimals: decimals)
                low = min(low, r)
                high = max(high, r)
            }
        }
        return (expected, max(expected - low, high - expected))
    }
}
