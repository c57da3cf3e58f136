/// Recognises value-column headers (design/DOMAIN.md "Document kinds and column headers").
///
/// Input is the header as printed, its lines joined with one space ("TA+MUUTOS 2023",
/// "TOTEUMA 1-6/2022"). The kind rules are tried in order and the first that matches at the start
/// wins, which is why the longer forms come first: TP-ENNUSTE before TP, TA-muutokset and
/// TA+muutos before TA, and MTA is its own word (`TA` must not be followed by a letter).
/// The patterns are PCRE2 (caseless, Unicode), compiled once; they are constants, so a compile
/// failure is a programming error and traps.
public enum ColumnHeader {
    /// Kind, year (the last 19xx/20xx printed) and unit (`%`, `€`, `€/asukas`, or a scale such as
    /// `1 000 €` as printed) of a header; each nil when not recognisable.
    public static func classify(_ header: String) -> (kind: ColumnKind?, year: Int?, unit: String?) {
        let kind = rules.first { $0.pattern.matches(header) }?.kind
        let year = yearPattern.firstMatch(in: header)?[1].flatMap { Int($0) }
        let unit = kind == .kaytto ? "%" : unit(of: header)
        return (kind, year, unit)
    }

    /// True for one printed word or fragment of a column header ("TA+MUUTOS", "TOTEUMA", "2024*",
    /// "1-6/2022", "30.6.2022", "1.1.2024-31.12.2024" (a company's financial year, Koha-Suomi
    /// p. 3), "Käyttö-%", "€"), used to tell a header row from a data row.
    /// Labels ("MENOT") and numbers ("343 581", "-5,2") are not header tokens; a bare year is,
    /// so the caller decides from the whole row.
    public static func isHeaderToken(_ token: String) -> Bool {
        tokenPattern.matches(token)
    }

    // MARK: - Patterns

    /// Ordered kind rules: the first match wins.
    private static let rules: [(kind: ColumnKind, pattern: Pattern)] = {
        let sources: [(ColumnKind, String)] = [
            (.tpe, #"TPE|TP\s*-?\s*ennuste|tilinpäätösennuste|ennuste"#),
            (.taMuutokset, #"TA\s*-?\s*muutokset|talousarviomuutokset"#),
            (.taMuutos, #"TA(?:\s*/\s*KS)?\s*\+\s*muuto(?:s|kset)|(?:TA|talousarvio)(?!\p{L}).*\bmuutosten\s+jälkeen"#),
            (.mta, #"MTA|muutettu\s+(?:TA|talousarvio)"#),
            (.tp, #"TP|tilinpäätös"#),
            (.ta, #"(?:alkuperäinen\s+)?(?:TA|talousarvio)"#),
            (.ts, #"TS|taloussuunnitelma"#),
            (.ks, #"KS|käyttösuunnitelma"#),
            (.tot, #"TOT|toteutuma|toteuma|toteutunut"#),
            (.poikkeama, #"poikkeama|poik\."#),  // "Poik. %" (synth saarnijoki pp. 4–5, pihlajaniemi p. 5)
            (.muutos, #"(?:vuosi)?muutos"#),
            (.kaytto, #"käyttö(?:\s*-?\s*%|aste|prosentti)"#),
        ]
        // Anchored at the start; the word must end there (not followed by a letter), so `TA`
        // accepts `TA2024` and `TA-` but not `TAVOITE`.
        return sources.map { kind, body in (kind, compile(#"^\s*(?:"# + body + #")(?!\p{L})"#)) }
    }()

    /// The last free-standing 19xx/20xx (greedy `.*` backtracks to it).
    private static let yearPattern = compile(#"^.*(?<!\d)((?:19|20)\d\d)(?!\d)"#)

    /// A printed scale: `1 000 €`, `1000 €`, `t€`, `teur`.
    private static let scalePattern = compile(#"(?<![\p{L}\d])(?:1\s?000\s*€|t\s?€|teur(?!\p{L}))"#)

    private static let perResidentPattern = compile(#"€\s*/\s*as(?:ukas)?(?!\p{L})"#)

    private static let tokenPattern = compile(#"""
        (?x) ^(?:
            (?: (?:TP|TA|MTA|TPE|TS|KS|TOT)\.?
              | (?:TP|TA|MTA|TPE|TS|KS)[-\s]?(?:19|20)\d\d
              | TP-?ennuste | TA(?:/KS)?\+muuto(?:s|kset) | TA-muutokset | talousarviomuutokset
              | tilinpäätös | tilinpäätösennuste | talousarvio | alkuperäinen | muutettu
              | muutokset | muutosten | jälkeen | ennuste | toteuma | toteutuma | toteutunut
              | poikkeama | poik\. | (?:vuosi)?muutos | käyttö | taloussuunnitelma | käyttösuunnitelma
              | kustannusarvio | edellisten
            ) (?:\s*-?\s*%)? \*?
          | (?:19|20)\d\d\*?
          | \d{1,2}[-–]\d{1,2}/(?:19|20)\d\d
          | \d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d)?
          | \d{1,2}\.\d{1,2}\.?(?:(?:19|20)\d\d)?\s?[-–]\s?\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d)?
          | \d{1,2}/(?:19|20)\d\d
          | €|%|t€
        )$
        """#)

    private static func compile(_ source: String) -> Pattern {
        do {
            return try Pattern(source, caseless: true)
        } catch {
            fatalError("ColumnHeader pattern does not compile: \(error)")
        }
    }

    /// The unit printed in a header: a scale first, then `€/asukas`, then the first `%` or `€`.
    private static func unit(of header: String) -> String? {
        if let scale = scalePattern.firstMatch(in: header)?.text {
            return scale.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        if perResidentPattern.matches(header) { return "€/asukas" }
        for u in header.unicodeScalars {
            if u == "%" { return "%" }
            if u == "€" { return "€" }
        }
        return nil
    }
}
