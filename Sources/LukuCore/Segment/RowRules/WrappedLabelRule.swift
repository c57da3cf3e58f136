/// The first line of a label wrapped over the row below it ("Osakkeet ja osuudet, KY" /
/// "Kymppi  33 000 …", Kauhava): set tighter than the row pitch at the same indent, or a lettered
/// caps item going on on an unmarked caps line at any pitch ("B POISTOERO JA VAPAAEHTOISET" /
/// "VARAUKSET  927  1 056", Kauhava p. 35).
///
/// A label wraps in its cell in one font: a line in another weight than the row under it (a bold
/// group heading over a regular row) is not its first line (`sameWeight`). The pitch test reads
/// top edges, and the top edge is the font's ascender: LaTeX's bold Latin Modern has a lower one
/// than its regular, so a bold `\multicolumn` group heading in a tabular stood "tight" over the
/// regular row at the same baseline pitch and was joined into its label ("Tarkastuslautakunta
/// MENOT", hold-out set 5, hold5-11; 36 figures missing).
struct WrappedLabelRule: RowRule {
    func apply(_ line: inout RowLine, to state: inout RowState) -> Bool {
        guard line.isLabelOnly, let next = line.next, line.nextIsData,
              line.pitch.isTight(line.line, next) && Self.wrapsInto(line.line, next) && Self.sameWeight(line.line, next)
                || Self.capsItemWraps(line.line, next)
        else { return false }
        state.flushFragment()
        state.assembler.addWrappedLabel(line.label)
        return true
    }

    /// The label goes on at the same indent, and a caps line (a statement's group: "VASTAAVAA",
    /// "PYSYVÄT VASTAAVAT") wraps only into caps.
    static func wrapsInto(_ line: TextLine, _ next: TextLine) -> Bool {
        guard let a = line.box, let b = next.box, abs(a.x0 - b.x0) <= 0.5 * max(line.fontSize, 1) else { return false }
        return !WordTraits.isCapsTitle(line.text) || WordTraits.isCapsTitle(label(of: next))
    }

    /// The label line and the next row's label words (its figures aside: a bold label may head
    /// regular figures) both bold or both not. In effect on the PDF path: text lines stand one
    /// grid step apart, so the pitch test above never finds them tight.
    static func sameWeight(_ line: TextLine, _ next: TextLine) -> Bool {
        let labelWords = next.words.prefix { !WordTraits.isValue($0.text) }
        guard !labelWords.isEmpty else { return true }
        let bold = labelWords.filter(\.isBold).count * 2 > labelWords.count
        return line.isBold == bold
    }

    /// A caps item with an outline marker onto a caps line without one; a caps total ("…
    /// YHTEENSÄ") is a row of its own.
    static func capsItemWraps(_ line: TextLine, _ next: TextLine) -> Bool {
        let nextLabel = label(of: next)
        guard let a = line.box, let b = next.box, abs(a.x0 - b.x0) <= 0.5 * max(line.fontSize, 1),
              WordTraits.startsWithOutlineMarker(line.text), WordTraits.isCapsTitle(line.text),
              WordTraits.isCapsTitle(nextLabel), !WordTraits.startsWithOutlineMarker(nextLabel),
              !nextLabel.uppercased().contains("YHTEENSÄ") else { return false }
        return true
    }

    private static func label(of line: TextLine) -> String {
        line.words.prefix { !WordTraits.isValue($0.text) }.map(\.text).joined(separator: " ")
    }
}
