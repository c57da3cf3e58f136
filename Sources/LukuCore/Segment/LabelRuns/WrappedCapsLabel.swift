/// A caps statement item wrapped over two or three lines, its values on the last, whose last
/// line alone is one word (or one word and "YHTEENSÄ") that names nothing by itself: "B POISTOERO
/// JA" / "VAPAAEHTOISET" / "VARAUKSET 4266 4366" (synth honkaniemi p. 3), "TOIMINNAN JA
/// INVESTOINTIEN" / "RAHAVIRTA –1 969 –1 533" and "POISTOERO JA VAPAAEHTOISET" / "VARAUKSET
/// YHTEENSÄ 2 202 2 383" (synth katajaselka pp. 2 and 4), "POISTOERO JA VAPAAEHTOISET" / "B
/// VARAUKSET 12 464 705,87 …" with the marker on the last line (synth pauhaselka p. 14). The
/// statutory names join their parts with "JA" (DOMAIN.md: the kuntajaosto's line items), so the
/// run must hold one; the lines are caps, at one indent and one weight (a marker printed left of
/// the last line aside). A caps heading over a caps row of its own words (`WrappedLabelRule`
/// covers the two-line item with its marker first) keeps its reading.
struct WrappedCapsLabel: LabelRunReading {
    static let conjunctions: Set<String> = ["JA", "TAI", "SEKÄ"]

    func run(at k: Int, in table: LabelRunLines) -> Int? {
        let first = table.lines[k]
        guard table.isLabelOnly(k), WordTraits.isCapsTitle(first.text), let d = table.rowAfter(k), var label = table.dataLabel(d) else { return nil }
        let em = first.fontSize
        var words: [String] = []
        for m in k..<d {
            let line = table.lines[m]
            guard WordTraits.isCapsTitle(line.text), line.isBold == first.isBold,
                  m == k || !WordTraits.startsWithOutlineMarker(line.text),
                  LabelRunLines.sameIndent(line.box?.x0, first.box?.x0, em: em) else { return nil }
            words += line.words.map(\.text)
        }
        if let marker = label.first?.text, WordTraits.isOutlineMarker(marker), label.count > 1 { label.removeFirst() }
        var name = label.map(\.text)
        if name.count == 2, name[1].uppercased() == "YHTEENSÄ" { name.removeLast() }
        guard name.count == 1, WordTraits.isCapsTitle(name[0]), table.lines[d].isBold == first.isBold,
              LabelRunLines.sameIndent(label.first?.box?.x0, first.box?.x0, em: em),
              words.contains(where: { Self.conjunctions.contains($0) }) else { return nil }
        return d - k
    }
}
