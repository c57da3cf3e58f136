/// The three ways of printing a number that DOMAIN.md does not list but that the field prints
/// in whole tables, read by the one number reader (`FinnishNumber.parse(_:)`) when the plain
/// forms refuse a text: a negative with a trailing minus (`2 937,8-`, ERP and general-ledger
/// report engines), a negative in brackets (`(12 508,33)`, the accounting format of company
/// statements and auditors' tables) and apostrophe thousands (`2'652'954`, Swiss and software
/// defaults). Each form is one rule in a file of its own (`TrailingMinus`, `BracketedNegative`,
/// `ApostropheGroups`); a cell read through one of them keeps its value only where the form is
/// the table's convention (`NotationConvention`), which also names it in one info issue.
///
/// Proved on the hold-out set (`tools/holdout`: 01 brackets, 02 and 12 trailing minus, 04
/// apostrophes; ReportLab pages unlike every other producer Luku was built on) and by the rule
/// tests in `PrintedNotationTests`, which hold the ranges, years and footnote marks that stay text.
public enum PrintedNotation: String, Sendable, CaseIterable {
    case trailingMinus = "trailing minus"
    case bracketed = "negative in brackets"
    case apostropheGroups = "apostrophe thousands"

    /// An example as printed, for the issue that names the notation.
    var example: String {
        switch self {
        case .trailingMinus: return "2 937,8-"
        case .bracketed: return "(12 508,33)"
        case .apostropheGroups: return "2'652'954"
        }
    }

    /// The value and the notation of a text the plain reader refuses, or nil.
    public static func read(_ text: String) -> (number: ParsedNumber, notation: PrintedNotation)? {
        guard let last = text.unicodeScalars.last else { return nil }
        // Fast exit: every form ends in a sign, a bracket, a unit or a digit after an apostrophe.
        let v = last.value
        if FinnishNumber.isMinus(v) || v == 0x29 || v == 0x25 || v == 0x20AC || FinnishNumber.isSpace(v) {
            if let n = TrailingMinus.read(text) { return (n, .trailingMinus) }
            if let n = BracketedNegative.read(text) { return (n, .bracketed) }
        }
        if text.unicodeScalars.contains(where: { ApostropheGroups.isApostrophe($0.value) }),
           let n = ApostropheGroups.read(text) {
            return (n, .apostropheGroups)
        }
        return nil
    }

    /// The printed number without its sign mark, read by the plain reader: a magnitude that is
    /// grouped or has decimals (`2 937,8`, `12 508,33`), never a bare integer such as a year
    /// (`2023–`) or a footnote number (`(3)`). `unit` is a unit printed outside the mark.
    static func magnitude(_ core: Substring, unit: String?) -> ParsedNumber? {
        guard let first = core.unicodeScalars.first, FinnishNumber.isDigit(first.value),
              let last = core.unicodeScalars.last, !FinnishNumber.isSpace(last.value) else { return nil }
        let grouped = core.unicodeScalars.contains { FinnishNumber.isGroupSeparator($0.value) || $0.value == 0x2E }
        let decimals = core.unicodeScalars.contains { $0.value == 0x2C }
        guard grouped || decimals, var parsed = FinnishNumber.parse(String(core), allowing: .dotGroups) else { return nil }
        if let unit {
            guard parsed.unit == nil else { return nil }
            parsed.unit = unit
        }
        return parsed
    }

    /// `-value`, keeping zero unsigned.
    static func negated(_ n: ParsedNumber) -> ParsedNumber {
        ParsedNumber(value: n.value == 0 ? n.value : -n.value, unit: n.unit)
    }

    /// The text without invisible characters and surrounding spaces, and a `%`/`€` printed last
    /// (after one optional space) split off.
    /// A unit printed inside the notation ("(12 508,33 €)", "1 424,9 €-") taken off the core, with
    /// the space before it; nil when a unit was already printed outside it.
    static func peelingUnit(_ core: Substring, unit: String?) -> (core: Substring, unit: String?)? {
        guard let l = core.unicodeScalars.last, let u = FinnishNumber.unit(l.value) else { return (core, unit) }
        guard unit == nil else { return nil }
        var rest = core.dropLast()
        if let l = rest.unicodeScalars.last, FinnishNumber.isSpace(l.value) { rest = rest.dropLast() }
        return (rest, u)
    }

    static func trimmed(_ text: String) -> (body: Substring, unit: String?) {
        // Most texts hold no invisible scalar: then the text is kept as it is (the same scalars)
        // instead of being rebuilt scalar by scalar (about 420 instructions a scalar).
        var visible = text
        if text.unicodeScalars.contains(where: { FinnishNumber.isInvisible($0.value) }) {
            var s = String.UnicodeScalarView()
            for u in text.unicodeScalars where !FinnishNumber.isInvisible(u.value) { s.append(u) }
            visible = String(s)
        }
        var body = Substring(visible)
        while let l = body.unicodeScalars.last, FinnishNumber.isSpace(l.value) { body = body.dropLast() }
        while let f = body.unicodeScalars.first, FinnishNumber.isSpace(f.value) { body = body.dropFirst() }
        guard let l = body.unicodeScalars.last, let unit = FinnishNumber.unit(l.value) else { return (body, nil) }
        body = body.dropLast()
        if let l = body.unicodeScalars.last, FinnishNumber.isSpace(l.value) { body = body.dropLast() }
        return (body, unit)
    }
}
