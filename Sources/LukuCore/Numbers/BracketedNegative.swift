/// A negative printed in brackets, the accounting format of company statements, Excel's
/// accounting style and auditors' tables: `(12 508,33)`, `(360 579,92) €` (hold-out 01 p. 1, two
/// käyttötalous follow-ups in € with cents).
///
/// Read only when the whole text is `(` a well-formed number `)` with at most a unit: the number
/// must be grouped or have decimals, so a footnote mark `(3)`, a year `(2023)` and a number
/// with a mark after it (`1 234 (1)`, `–998 184 1)`) are not read (`MarkedNumber` flags them);
/// text around the brackets (`(ed. v. 12 508)`) is never a number.
enum BracketedNegative {
    static func read(_ text: String) -> ParsedNumber? {
        let (body, unitAfter) = PrintedNotation.trimmed(text)
        guard body.unicodeScalars.first == "(", body.unicodeScalars.last == ")" else { return nil }
        let inner = body.dropFirst().dropLast()
        // A unit inside the brackets ("(12 508,33 €)").
        guard let (core, unit) = PrintedNotation.peelingUnit(inner, unit: unitAfter) else { return nil }
        return PrintedNotation.magnitude(core, unit: unit).map(PrintedNotation.negated)
    }
}
