/// A row label wrapped after a comma (or another unfinished ending: `WordTraits.endsUnfinished`)
/// goes on with the next label line, whatever its case: PyMuPDF writes the key-figure tables of
/// HTML-made statements as "Omavaraisuusaste," / "%" / "62,4" / "63,2" (synth kurkivirta p. 5,
/// koivukyla p. 5) and "Suhteellinen velkaantuneisuus," / "%" / "47,0 %" / … (synth honkakoski
/// p. 9), the label's unit on a line of its own. Read apart, the "%" is a column heading over
/// figures (so the table is taken for column blocks and lost) or a row named "%" under a group.
/// A line starting in lower case (as before), with "(" or with a digit goes on the line above too
/// (`WordTraits.continuesText`: "Suhteellinen" / "velkaantuneisuus, %", "Lainakanta 31.12., 1" /
/// "000 €", kurkivirta p. 5), an outline marker ("2. Muut saamiset") never.
enum UnfinishedLabelLines {
    /// The label line `next` continues `previous` (the line right above it, also a label).
    static func continues(_ previous: String, _ next: String) -> Bool {
        WordTraits.continuesText(next) || WordTraits.endsUnfinished(previous)
    }

    /// A table's first label line ending unfinished goes on with the next (kurkivirta p. 5, the
    /// key figures' table opening with "Omavaraisuusaste," / "%" / "62,4" / "63,2"): the row
    /// starts there. Only the ending tells it here: "MENOT" over "hallinto-" / "palveluissa" ×3
    /// (konserni p. 26) is a row whose text cells come first (`RepeatedTextCells`).
    static func joinsNext(_ lines: [TextLine], at i: Int, isLabel: (TextLine) -> Bool) -> Bool {
        guard i + 1 < lines.count, lines[i + 1].page == lines[i].page, isLabel(lines[i]), isLabel(lines[i + 1]) else { return false }
        return WordTraits.endsUnfinished(lines[i].text)
    }

    /// The last label of a run of label lines, with the lines it continues joined to it, and the
    /// lines before those.
    static func last(of labels: [String]) -> (label: String, before: [String]) {
        var label = labels.last ?? ""
        var before = Array(labels.dropLast())
        while let previous = before.last, continues(previous, label) {
            // A word broken with a hyphen at the line end is one word ("Tulorahoituksen kor-" /
            // "jauserät", PyMuPDF, kauhava-tilinpaatos-2024 p. 128): `TextJoiner`.
            label = TextJoiner.join([previous, label])
            before.removeLast()
        }
        return (label, before)
    }
}
