import Foundation

/// One number (or placeholder) found in running text by `NumberLexer.scan`.
public struct NumberToken: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// A printed value.
        case number
        /// A mark printed instead of a value: `xx`, `..`, a lone dash (`-`, `–`, `−`, `—`), `x`, `...`, `…`.
        case placeholder
    }

    public var kind: Kind
    /// The exact value as printed (`%`, `t€` and `e` do not rescale it); nil for a placeholder.
    public var value: Decimal?
    /// The source text of the token, sign and unit included, exactly as printed (`- 5 000`, `33,5 %`).
    public var text: String
    /// Where `text` is in the scanned string.
    public var range: Range<String.Index>
    /// The same span as UTF-8 byte offsets.
    public var utf8: Range<Int>
    /// `%`, `€`, `e` or `t€` when printed after the number (directly or after one space).
    public var unit: String?

    public init(kind: Kind, value: Decimal?, text: String, range: Range<String.Index>, utf8: Range<Int>,
                unit: String?) {
        self.kind = kind
        self.value = value
        self.text = text
        self.range = range
        self.utf8 = utf8
        self.unit = unit
    }
}

/// Finds every number in a span of text, left to right (design/DOMAIN.md "Numbers as printed").
///
/// A number: an optional sign (`-`, `−` U+2212, `–` U+2013 or `+`) directly before the digits or
/// detached by one space; an integer part that is either thousands groups separated by one space,
/// U+00A0, U+202F or U+2009 (first group 1–3 digits, later groups exactly 3) or one ungrouped run
/// (`11544`), or, in prose, groups separated by `.` (`9.598.423,50`); an optional decimal comma part;
/// an optional unit `%`, `€`, `t€` or `e`, directly or after one space. A run starting with `0`
/// is a number only when it is `0` (or `0,…`).
///
/// Grouping is greedy, left to right, and a run of four or more digits is never a first group:
/// `vuonna 2024 100 henkilöä` is 2024 and 100, but `213 930 260 000` is one number. Cutting such
/// runs back into table columns is `DigitRunSplitter`'s job, not the lexer's.
///
/// Never numbers (nothing is emitted for them, nor for any of their parts): dates and other
/// dot-separated digits (`31.12.2024`, `31.12.`, `12.30`), periods (`1-6/2022`, `2026-2027`),
/// ranges (`2023–2024`, `0,8–1,7 %`, `1 - 5`), section references (`§ 363`, `118 §:ssä`), ratios
/// and times (`13 / 54`, `1/157`, `12:09`), durations (`128 t 50 min`, `5 h`), digits glued to
/// letters (`CO2`, `4H`, `3D`, `TP2024`) and runs with a leading zero (`0208850-1`, `054`).
///
/// Decisions:
/// - Years are numbers: `vuonna 2024`, `TP 2024` → 2024. Whether a number is a year is the
///   caller's business (`WordTraits.isYear`). A span of two years (`2023–2024`, `2026-2027`) is
///   a period.
/// - A dash between two numbers is a range when it touches neither or both of them
///   (`2023–2024`, `2025 - 2027`, `1- 5`); with a space before it and none after it is the second
///   number's minus (`343 581 -5,2`, a table row). An em dash `—` between numbers is always a range.
///   A `+` between numbers is always the second one's sign.
/// - A dash is a sign only where a number may start: not after a letter (`TP-2024`, `Covid-19`
///   give positive 2024 and 19). A dash at the start of a line, detached by one space from a
///   number that is followed by a word, is a bullet: `- 2024 aloitettiin` gives +2024.
/// - A number followed by an inflection or a hyphenated word is still a number (`2024:n`,
///   `3-vuotinen`, `5 %:n`); digits glued to letters are not.
/// - Placeholders stand alone (whitespace on both sides). `xx` and `..` always count; a lone dash
///   counts in a number context (its neighbours on the line are numbers, placeholders, the line
///   ends or a column gap of two or more spaces), so the dash in `tavoite – laadukkaat` does not;
///   `x`, `...` and `…` count only between column gaps or line ends (`3 x 5` is no placeholder).
///
/// Speed: a PCRE2 JIT pattern finds the candidate spans (digits with the glue that may join them,
/// standalone placeholder marks), so prose is skipped without Swift work; each span is then read
/// byte by byte. Values are built as `Decimal` from an integer significand, never via `Double`.
public enum NumberLexer {
    /// Why a stretch of digits is not a number.
    public enum Reason: String, Sendable, CaseIterable {
        case date = "a date"
        case period = "a period"
        case range = "a range"
        case sectionReference = "a section reference"
        case ratio = "a ratio"
        case time = "a time"
        case duration = "a duration"
        case bullet = "a bullet"
        case wordPart = "part of a word"
        case leadingZero = "a leading zero"
        case list = "a list"
        case dotted = "dot-separated digits"
        case tooLong = "more digits than can be held exactly (38)"
        case noDigits = "no digits"
    }

    /// A stretch the lexer read and rejected, with why.
    public struct Rejection: Equatable, Sendable {
        public var reason: Reason
        /// UTF-8 byte offsets of the rejected stretch.
        public var utf8: Range<Int>
    }

    /// Every number and placeholder in `text`, left to right.
    public static func scan(_ text: String) -> [NumberToken] {
        let raw = run(text, rejections: false).tokens
        return raw.map { token(text, $0) }
    }

    /// The number of numbers and placeholders in `text`, without building `String` indices and
    /// texts (for benchmarks).
    public static func count(_ text: String) -> Int {
        run(text, rejections: false).tokens.count
    }

    /// Everything the lexer read and did not emit, left to right (a bullet dash included).
    public static func rejections(_ text: String) -> [Rejection] {
        run(text, rejections: true).rejections
    }

    /// Why `text` holds no number: nil when `scan` finds at least one token, else the reason for
    /// the first rejected stretch (`a date`, `a period`, `a range`, `a section reference`,
    /// `a ratio`, `a time`, `a duration`, `a bullet`, `part of a word`, `a leading zero`, `a list`,
    /// `dot-separated digits`), or `no digits`.
    public static func explain(_ text: String) -> String? {
        let result = run(text, rejections: true)
        if !result.tokens.isEmpty { return nil }
        return (result.rejections.first?.reason ?? .noDigits).rawValue
    }

    // MARK: - Internals

    private static func run(_ text: String, rejections: Bool) -> (tokens: [RawToken], rejections: [Rejection]) {
        // Invisible characters inside numbers (U+200B after `-` and `,`) and the no-break hyphen
        // as a minus: scan a cleaned copy and map its byte offsets back, so that the lexer reads
        // exactly what `FinnishNumber.parse` reads and the tokens keep the printed text.
        if let cleaned = InvisibleText(text) {
            var result = scanClean(cleaned.text, rejections: rejections)
            result.tokens = result.tokens.map { var t = $0; (t.start, t.end) = cleaned.original(t.start..<t.end); return t }
            result.rejections = result.rejections.map {
                let r = cleaned.original($0.utf8); return Rejection(reason: $0.reason, utf8: r.start..<r.end)
            }
            return result
        }
        return scanClean(text, rejections: rejections)
    }

    private static func scanClean(_ text: String, rejections: Bool) -> (tokens: [RawToken], rejections: [Rejection]) {
        let spans = candidates.allMatches(in: text).map(\.range)
        var subject = text
        return subject.withUTF8 { bytes in
            var scanner = LexerScanner(bytes: bytes, recordRejections: rejections)
            scanner.scan(spans)
            return (scanner.tokens, scanner.rejections)
        }
    }

    private static func token(_ text: String, _ raw: RawToken) -> NumberToken {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: raw.start)
        let upper = utf8.index(lower, offsetBy: raw.end - raw.start)
        return NumberToken(kind: raw.kind, value: raw.value, text: String(text[lower..<upper]),
                           range: lower..<upper, utf8: raw.start..<raw.end, unit: raw.unit)
    }

    /// Candidate spans. First alternative: a digit run with an optional `§` or sign before it, and
    /// any further digit runs joined by one separator, `.`, `,`, `:`, or a dash, `+` or `/` with at
    /// most one separator on each side (a `.` may precede the dash: `1.-31.12.`). Second: a
    /// standalone placeholder mark. Digits are ASCII only (`\d` under UCP would take `٣`).
    static let candidates: Pattern = {
        let sep = #"[\x{20}\x{A0}\x{202F}\x{2009}]"#
        let sign = #"[\-+\x{2212}\x{2013}]"#
        let op = #"[\-+/\x{2212}\x{2013}\x{2014}]"#
        let number = "(?:§\(sep)?|\(sign)\(sep)?)?[0-9]+(?:(?:\(sep)|[.,:]|\\.?\(sep)?\(op)\(sep)?)[0-9]+)*"
        let placeholder = #"(?<!\S)(?:xx?|XX?|\.\.\.?|…|[\-\x{2212}\x{2013}\x{2014}])(?!\S)"#
        do {
            return try Pattern(number + "|" + placeholder)
        } catch {
            fatalError("NumberLexer candidate pattern: \(error)")
        }
    }()
}

/// A token as byte offsets, before it is given `String` indices.
struct RawToken: Equatable {
    var kind: NumberToken.Kind
    var start: Int
    var end: Int
    var value: Decimal?
    var unit: String?
}

/// A text without its invisible characters (`FinnishNumber.isInvisible`), U+2011 read as `-`, and
/// the way back from the cleaned text's UTF-8 offsets to the original's. nil when there is nothing
/// to clean, which is almost always: the check is one pass over the bytes.
struct InvisibleText {
    var text: String
    /// For each byte of the cleaned text: where it starts and ends in the original (a replaced
    /// scalar's bytes map to the whole original scalar).
    private var starts: [Int] = []
    private var ends: [Int] = []

    init?(_ original: String) {
        // Every scalar to clean is outside ASCII, so text without bytes >= 0x80 is left alone.
        guard original.utf8.contains(where: { $0 >= 0x80 }),
              original.unicodeScalars.contains(where: { FinnishNumber.isInvisible($0.value) || $0.value == 0x2011 })
        else { return nil }
        var scalars = String.UnicodeScalarView()
        var at = 0
        for u in original.unicodeScalars {
            let width = UTF8.width(u)
            defer { at += width }
            if FinnishNumber.isInvisible(u.value) { continue }
            if u.value == 0x2011 {
                scalars.append("-")
                starts.append(at); ends.append(at + width)
                continue
            }
            scalars.append(u)
            for b in 0..<width { starts.append(at + b); ends.append(at + b + 1) }
        }
        self.text = String(scalars)
    }

    /// The original byte range of a range of the cleaned text's bytes.
    func original(_ range: Range<Int>) -> (start: Int, end: Int) {
        guard !range.isEmpty else {
            let at = range.lowerBound < starts.count ? starts[range.lowerBound] : (ends.last ?? 0)
            return (at, at)
        }
        return (starts[range.lowerBound], ends[range.upperBound - 1])
    }
}
