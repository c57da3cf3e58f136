import Foundation

/// A number as printed in a Finnish document: its exact value and the unit printed after it.
public struct ParsedNumber: Equatable, Sendable {
    /// The printed digits as an exact decimal (never rescaled). `Decimal` normalises trailing
    /// fraction zeros (`6 228 970,00` == 6228970), so callers that must echo the digits keep the text.
    public var value: Decimal
    /// `%` or `€` when printed directly after the number (also `e` or `t€` when parsed with
    /// `.letterUnits`), else nil.
    public var unit: String?

    public init(value: Decimal, unit: String? = nil) {
        self.value = value
        self.unit = unit
    }
}

/// Parses one printed Finnish number (design/DOMAIN.md "Numbers as printed").
///
/// Accepted: an optional sign (`-`, `−` U+2212, `–` U+2013, `+`; it may be detached by spaces:
/// `+ 1 310 855`), then either thousands groups separated by exactly one space, U+00A0, U+202F or
/// U+2009 (first group 1–3 digits, later groups exactly 3, `-6 649 150`) or one ungrouped run of
/// digits (`11544`), an optional decimal comma part (`11 080 763,67`) and an optional `%` or `€`,
/// with or without a space before it (`33,5 %`).
///
/// Rejected (nil): anything else, in particular dates, periods, ranges, ratios, durations,
/// placeholders and strings holding two numbers. Grouping is the only thing that tells
/// `42 998 27` (two numbers glued by extraction) from one number, so the group rule is strict:
/// only a later group may start with `0`, and a lone `0` is the only ungrouped run that may.
///
/// Why a hand-written state machine: it runs on every word of every page, so it must not
/// allocate or use regex; the value is built from an integer significand and a power of ten, and
/// only numbers of more than 19 digits go through `Decimal(string:)` on canonical ASCII.
public enum FinnishNumber {
    /// The most digits a value may have and still be held exactly.
    public static let maxDigits = 38

    /// The one reader of a printed number, for table cells and `luku number` alike: every form
    /// in DOMAIN.md, dot groups and letter units included (`parse(_:allowing: .all)`), invisible
    /// characters ignored and a word unit (`htv`, `kpl`, `tkr`) read off the end.
    /// The notations DOMAIN.md does not list but whole tables print (`PrintedNotation`: trailing
    /// minus `2 937,8-`, brackets `(12 508,33)`, apostrophe thousands `2'652'954`) are read here
    /// too, strictly; a table keeps such values only where the notation is its convention
    /// (`NotationConvention`).
    public static func parse(_ text: String) -> ParsedNumber? {
        if let (number, unit) = splitWordUnit(text) {
            return parse(number, allowing: .all).map { ParsedNumber(value: $0.value, unit: unit) }
        }
        return parse(text, allowing: .all) ?? PrintedNotation.read(text)?.number
    }

    /// Units printed as words after a number, one space before them (DOMAIN.md: `tkr`, `htv`, `kpl`).
    static let wordUnits = UnitVocabulary.afterNumber

    /// "12 500 htv" → ("12 500", "htv"); nil when the text ends in no word unit.
    static func splitWordUnit(_ text: String) -> (String, String)? {
        guard let last = text.unicodeScalars.last, last.value >= 0x61, last.value <= 0x7A else { return nil }
        for unit in wordUnits where text.hasSuffix(unit) {
            let head = text.dropLast(unit.count)
            guard let space = head.unicodeScalars.last, isSpace(space.value) else { continue }
            return (String(head.dropLast()), unit)
        }
        return nil
    }

    /// Forms seen in running text (prose, extracted from PDFs) that `parse(_:)` does not accept
    /// because table cells never use them; `NumberLexer` reads them.
    public struct ProseForms: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// `e` (euros) and `t€` (thousand euros) after the number: `125 t€`, `1 000 e`.
        public static let letterUnits = ProseForms(rawValue: 1)
        /// Thousands groups separated by `.` (Kauhava's prose: `9.598.423,50 €`, `39.600 euroa`).
        /// A date is never one: `31.12.2024` has a group that is not three digits.
        public static let dotGroups = ProseForms(rawValue: 2)
        public static let all: ProseForms = [.letterUnits, .dotGroups]
    }

    /// `parse(_:)`, also accepting the given prose forms. With `.all` it agrees with
    /// `NumberLexer.scan` on every string that holds exactly one number and nothing else, except
    /// that the lexer allows at most one space between a detached sign or a unit and the digits.
    public static func parse(_ text: String, allowing forms: ProseForms) -> ParsedNumber? {
        var scan = Scan()
        scan.forms = forms
        for u in text.unicodeScalars {
            let v = u.value
            if v >= 0x80 && isInvisible(v) { continue }
            if !scan.feed(v == 0x2011 ? 0x2D : v) { return nil }
        }
        return scan.finish(text)
    }

    /// True for the marks printed in number columns instead of a value: `x`, `xx` (any case),
    /// the dashes `-`, `–`, `−`, `—`, and the ellipses `..`, `...`, `…`. Surrounding whitespace is ignored.
    public static func isPlaceholder(_ text: String) -> Bool {
        // At most three significant scalars, kept in a fixed tuple: no allocation per call.
        var kept: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var count = 0, pendingSpace = false
        for u in text.unicodeScalars {
            let v = u.value
            if isSpace(v) { pendingSpace = count > 0; continue }
            if pendingSpace || count == 3 { return false }
            switch count {
            case 0: kept.0 = v
            case 1: kept.1 = v
            default: kept.2 = v
            }
            count += 1
        }
        let x: (UInt32) -> Bool = { $0 == 0x78 || $0 == 0x58 }
        switch count {
        case 1:
            return x(kept.0) || isMinus(kept.0) || kept.0 == 0x2014 || kept.0 == 0x2026
        case 2:
            return (x(kept.0) && kept.1 == kept.0) || (kept.0 == 0x2E && kept.1 == 0x2E)
        case 3:
            return kept.0 == 0x2E && kept.1 == 0x2E && kept.2 == 0x2E
        default:
            return false
        }
    }

    // MARK: - Scalar classes

    static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }

    /// Characters printed between thousands groups.
    static func isGroupSeparator(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0xA0 || v == 0x202F || v == 0x2009
    }

    /// Group separators plus line-structure whitespace, allowed around (not inside) a number.
    static func isSpace(_ v: UInt32) -> Bool {
        isGroupSeparator(v) || v == 0x09 || v == 0x0A || v == 0x0D
    }

    static func isMinus(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2212 || v == 0x2013 }

    /// Characters that print nothing and are never part of a value or a label (DOMAIN.md): zero-width
    /// space, joiners, word joiner, byte-order mark, soft hyphen. HTML exporters put U+200B after
    /// every `-` and `,` (`-\u{200B}7.152.838`, `33,\u{200B}0`).
    @inline(__always)
    public static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF || v == 0xAD
    }

    static func unit(_ v: UInt32) -> String? {
        switch v {
        case 0x25: return "%"
        case 0x20AC: return "€"
        default: return nil
        }
    }

    /// The unit a scanner stored: `%`/`€` by their scalar, `e` by 0x65, `t€` by 0x74 (`t`).
    static func unitName(_ v: UInt32) -> String? {
        switch v {
        case 0x65: return "e"
        case 0x74: return "t€"
        default: return unit(v)
        }
    }

    /// The scanner's state between two scalars.
    private enum State {
        case start, afterSign, integer, afterIntegerSpace, afterGroupDot, fractionStart, fraction, afterNumber,
             afterUnit, afterT
    }

    /// One left-to-right pass; `feed` returns false as soon as the text cannot be a number.
    private struct Scan {
        var state = State.start
        var negative = false
        var significand: UInt64 = 0
        var digits = 0              // all digits seen (integer + fraction)
        var fractionDigits = 0
        var groups = 0              // integer groups started
        var groupLength = 0         // digits in the current integer group
        var firstGroupLength = 0
        var leadingZero = false     // the first integer digit is 0
        var spaces = 0              // separators seen since the last integer digit
        var unit: UInt32 = 0        // the unit scalar, 0 when none (a String here costs refcounting)
        var forms: ProseForms = []
        var dotGrouped = false      // groups are separated by `.` (only with `.dotGroups`)

        @inline(__always)
        mutating func feed(_ v: UInt32) -> Bool {
            switch state {
            case .start:
                if isSpace(v) { return true }
                if isMinus(v) || v == 0x2B { negative = v != 0x2B; state = .afterSign; return true }
                if isDigit(v) { return startGroup(v) }
                return false
            case .afterSign:
                if isSpace(v) { return true }
                if isDigit(v) { return startGroup(v) }
                return false
            case .integer:
                if isDigit(v) { groupLength += 1; addDigit(v); return true }
                if v == 0x2C { guard closeInteger() else { return false }; state = .fractionStart; return true }
                if isGroupSeparator(v) { spaces = 1; state = .afterIntegerSpace; return true }
                if isSpace(v) { guard closeInteger() else { return false }; state = .afterNumber; return true }
                if v == 0x2E && forms.contains(.dotGroups) && (dotGrouped || groups == 1) {
                    dotGrouped = true; state = .afterGroupDot; return true
                }
                return takeUnit(v, closing: true)
            case .afterIntegerSpace:
                if isDigit(v) { return spaces == 1 && !dotGrouped && startGroup(v) }
                if isSpace(v) { spaces += 1; return true }
                return takeUnit(v, closing: true)
            case .afterGroupDot:
                return isDigit(v) && startGroup(v)
            case .fractionStart:
                guard isDigit(v) else { return false }
                fractionDigits = 1; addDigit(v); state = .fraction; return true
            case .fraction:
                if isDigit(v) { fractionDigits += 1; addDigit(v); return true }
                if isSpace(v) { state = .afterNumber; return true }
                return takeUnit(v, closing: false)
            case .afterNumber:
                if isSpace(v) { return true }
                return takeUnit(v, closing: false)
            case .afterUnit:
                return isSpace(v)
            case .afterT:
                guard v == 0x20AC else { return false }
                state = .afterUnit
                return true
            }
        }

        /// A digit after the sign or after one group separator starts a group.
        mutating func startGroup(_ v: UInt32) -> Bool {
            if groups == 0 {
                leadingZero = v == 0x30
            } else {
                // The group just finished must fit: the first one 1–3 digits and not 0-led,
                // any later one exactly 3.
                if groups == 1 {
                    firstGroupLength = groupLength
                    if groupLength > 3 || leadingZero { return false }
                } else if groupLength != 3 {
                    return false
                }
            }
            groups += 1
            groupLength = 1
            addDigit(v)
            state = .integer
            return true
        }

        /// Ends the integer part: validates the last group (or the ungrouped run).
        func closeInteger() -> Bool {
            if groups == 1 { return !(leadingZero && groupLength > 1) }
            return groupLength == 3
        }

        mutating func takeUnit(_ v: UInt32, closing: Bool) -> Bool {
            let letter = forms.contains(.letterUnits) && (v == 0x65 || v == 0x74)
            guard letter || FinnishNumber.unit(v) != nil else { return false }
            if closing && !closeInteger() { return false }
            unit = v
            state = v == 0x74 ? .afterT : .afterUnit
            return true
        }

        mutating func addDigit(_ v: UInt32) {
            digits += 1
            if digits <= 19 { significand = significand &* 10 &+ UInt64(v - 0x30) }
        }

        func finish(_ text: String) -> ParsedNumber? {
            switch state {
            case .integer, .afterIntegerSpace:
                guard closeInteger() else { return nil }
            case .fraction, .afterNumber, .afterUnit:
                break
            case .start, .afterSign, .afterGroupDot, .fractionStart, .afterT:
                return nil
            }
            // Decimal keeps 38 significant digits; a longer printed number would come back rounded,
            // so it is refused rather than shown with digits it does not have.
            guard digits <= FinnishNumber.maxDigits else { return nil }
            let value: Decimal
            if digits <= 19 {
                value = Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits,
                                significand: Decimal(significand))
            } else {
                guard let long = Decimal(string: Scan.canonical(text, negative: negative)) else { return nil }
                value = long
            }
            return ParsedNumber(value: value, unit: unit == 0 ? nil : FinnishNumber.unitName(unit))
        }

        /// `-123456.78` from an already validated printed number (only for > 19 digits).
        static func canonical(_ text: String, negative: Bool) -> String {
            var ascii = negative ? "-" : ""
            for u in text.unicodeScalars {
                if isDigit(u.value) { ascii.unicodeScalars.append(u) }
                else if u.value == 0x2C { ascii.append(".") }
            }
            return ascii
        }
    }
}
