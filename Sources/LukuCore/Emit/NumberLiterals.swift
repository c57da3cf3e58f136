import Foundation

/// Turns numbers into the exact JSON literals the contract promises: no exponent, no float
/// noise, no `-0`, no trailing fraction zeros. Kept apart from the encoder so the rules can be
/// tested on their own.
public enum NumberLiterals {
    /// The plain literal of `d` (`-5.2`, `11080763.67`, `0`), or nil for NaN, which JSON
    /// cannot express.
    ///
    /// On Linux (swift-foundation, Swift 6.3) `Decimal.description` already gives a plain
    /// literal even for 1e30 or 1e-30, but that is an implementation detail, so the text is
    /// passed through `plain(_:)`, which also accepts exponent notation and normalises it.
    public static func decimal(_ d: Decimal) -> String? {
        if d.isNaN { return nil }
        if let parts = DecimalParts.of(d) { return literal(parts) }
        return plain(d.description)
    }

    /// The literal of ± mantissa × 10^exponent, built as `plain` would write it: the mantissa's
    /// digits without trailing fraction zeros, the point placed by the exponent, no `-0`.
    static func literal(_ parts: DecimalParts) -> String {
        var digits = parts.mantissa
        if digits == 0 { return "0" }
        var exponent = parts.exponent
        while exponent < 0, digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        let text = String(digits)
        let count = text.utf8.count
        var out = parts.negative ? "-" : ""
        if exponent >= 0 {
            out += text
            out += String(repeating: "0", count: exponent)
        } else if -exponent >= count {
            out += "0." + String(repeating: "0", count: -exponent - count) + text
        } else {
            let cut = text.index(text.startIndex, offsetBy: count + exponent)
            out += text[..<cut] + "." + text[cut...]
        }
        return out
    }

    /// Rewrites a numeric literal (`-0012.3400`, `1.5e3`, `1E-3`, `-0.0`) as the shortest plain
    /// decimal with the same value (`-12.34`, `1500`, `0.001`, `0`). Returns nil when `text` is not
    /// `[-+]digits[.digits][(e|E)[+-]digits]` with at least one digit.
    public static func plain(_ text: String) -> String? {
        var chars = Substring(text)
        var negative = false
        if let first = chars.first, first == "-" || first == "+" {
            negative = first == "-"
            chars = chars.dropFirst()
        }
        var exponent = 0
        if let e = chars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var expText = chars[chars.index(after: e)...]
            var expNegative = false
            if let s = expText.first, s == "-" || s == "+" {
                expNegative = s == "-"
                expText = expText.dropFirst()
            }
            guard !expText.isEmpty, expText.allSatisfy(isDigit),
                  let magnitude = Int(expText), magnitude <= 10_000 else { return nil }
            exponent = expNegative ? -magnitude : magnitude
            chars = chars[..<e]
        }
        let parts = chars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = parts[0]
        let fracPart = parts.count > 1 ? parts[1] : ""
        guard !(intPart.isEmpty && fracPart.isEmpty),
              intPart.allSatisfy(isDigit), fracPart.allSatisfy(isDigit) else { return nil }

        // digits × 10^(pointIndex − digits.count): pointIndex is where the decimal point sits.
        var digits = Array((intPart + fracPart).utf8)
        var pointIndex = intPart.count + exponent
        let leadingZeros = digits.prefix(while: { $0 == 0x30 }).count
        digits.removeFirst(leadingZeros)
        pointIndex -= leadingZeros
        while digits.last == 0x30 { digits.removeLast() }
        if digits.isEmpty { return "0" }

        var out = negative ? "-" : ""
        let d = String(decoding: digits, as: UTF8.self)
        if pointIndex <= 0 {
            out += "0." + String(repeating: "0", count: -pointIndex) + d
        } else if pointIndex >= digits.count {
            out += d + String(repeating: "0", count: pointIndex - digits.count)
        } else {
            let cut = d.index(d.startIndex, offsetBy: pointIndex)
            out += d[..<cut] + "." + d[cut...]
        }
        return out
    }

    private static func isDigit(_ c: Character) -> Bool { c.asciiValue.map { (0x30...0x39).contains($0) } ?? false }

    /// A PDF coordinate rounded to 0.1 pt: `56.7`, `56` for 56.0, `0` for -0.04 (never `-0`).
    /// Rounding goes through an integer count of tenths, so no float noise can reach the text.
    /// Non-finite input (a pipeline bug) is written as `0` to keep the file valid JSON.
    public static func points(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let tenths = (x * 10).rounded(.toNearestOrAwayFromZero)
        guard abs(tenths) < 9e15 else { return tenths < 0 ? "-900000000000000" : "900000000000000" }
        let t = Int(tenths)
        let magnitude = t.magnitude
        var out = t < 0 ? "-" : ""
        out += String(magnitude / 10)
        if magnitude % 10 != 0 { out += "." + String(magnitude % 10) }
        return out
    }
}

