/// Words over the value columns on a line of no known header words: column titles ("Puolue
/// Äänimäärä  Paikat", Kauhava p. 8) or the last words of a header wrapped onto lines of their
/// own ("keen" under "muutosten jäl-", Kauhava p. 126; "tuloarvio" and "Hanke  raha tuloarvio"
/// under "Alkuper. määrä-", Kauhava p. 120). Bold right above the rows it heads them; otherwise it
/// joins the zone and heads only under a header line, so a caption line over a header
/// ("Tekninen lautakunta, käyttötalous, €", synth html family) never becomes one. A group
/// heading stands at the label margin instead.
struct HeaderUnderHeaderRule: HeaderLineRule {
    func verdict(_ line: Int, zone: [Int], in header: HeaderLines) -> HeaderVerdict? {
        guard header.roles[line] == .labelOnly, header.firstRowValues.standOver(header.lines[line]) else { return nil }
        // Set in bold right above the first row it is the header; otherwise only under a header
        // line (an address block beside a phone number, Koha-Suomi p. 2, is no header).
        // It heads a row of two values or more, not a lone number under a header.
        let heads = { (l: Int) in
            l + 1 == header.firstRow && header.roles[l] == .labelOnly && header.lines[l].isBold
                && header.firstRowValues.count >= 2
        }
        // …and so does a bold line over the values right above such a header line, its first line
        // ("Tulovero-prosentti  Kunnallisvero ker-  Muutos-%" over "tymä (1000€)", Kauhava p. 117).
        if heads(line) || header.lines[line].isBold && zone.first == line + 1 && heads(line + 1) { return .heads }
        return .joins
    }
}

/// Where a table's first row prints its values, read once per table for the header rules.
struct FirstRowValues {
    /// Left edge of the first run of values, or nil when the row prints none with a position.
    var left: Double?
    /// How many runs of values the row holds.
    var count: Int
    var em: Double

    init(_ row: TextLine, settings: TableSettings) {
        let runs = TableLineRole.cells(of: row, settings: settings).dropFirst()
            .filter { $0.allSatisfy { WordTraits.isValue($0.text) } }
        left = runs.first?.first?.box?.x0
        count = runs.count
        em = max(row.fontSize, 1)
    }

    /// True when a word of `line` starts at or right of where the values start (less an em).
    func standOver(_ line: TextLine) -> Bool {
        guard let left else { return false }
        return line.words.contains { ($0.box?.x0 ?? -.infinity) >= left - em }
    }
}
