/// An outline marker alone on its line ("A", "II", "1.") opens the label on the next line: the
/// statutory statements print their markers in columns of their own left of the labels
/// (DOMAIN.md), and PyMuPDF's `get_text()` writes each as a line ("A" / "PYSYVÄT VASTAAVAT" /
/// "I" / "Aineettomat hyödykkeet" / "1." / "Aineettomat oikeudet" / "2.078.019,76" …, synth
/// kuusiselka p. 3, kivimaki p. 3, tamminiemi p. 3, saarnisaari, pauhaselka; kauhava-tilinpaatos-2024
/// pp. 33–35, "A" / "OMA PÄÄOMA"). The truth keeps marker and label as one label
/// ("1. Aineettomat oikeudet"), and read apart the marker would be a group name of its own,
/// breaking the table at every group of the sheet. A bare number is a value, never a marker: only
/// a capital letter, a Roman numeral or a number with its dot ("1.") is one.
enum OutlineMarkerLine {
    /// The line at `i` is a marker alone and the next line (on its page) is a label, not a marker.
    static func joinsNext(_ lines: [TextLine], at i: Int, isLabel: (TextLine) -> Bool) -> Bool {
        guard i + 1 < lines.count, lines[i + 1].page == lines[i].page, isMarker(lines[i]),
              !isMarker(lines[i + 1]), isLabel(lines[i + 1]) else { return false }
        return true
    }

    /// One word: a capital letter, a Roman numeral (I … XX) or one or two digits and a dot.
    static func isMarker(_ line: TextLine) -> Bool {
        guard line.words.count == 1, let word = line.words.first?.text else { return false }
        if word.hasSuffix("."), (2...3).contains(word.count), word.dropLast().allSatisfy(\.isASCIIDigit) { return true }
        if word.count == 1, let c = word.first, c.isUppercase, c.isLetter { return true }
        return MarkerLabelColumn.isRoman(word)
    }
}
