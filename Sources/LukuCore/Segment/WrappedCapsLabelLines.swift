/// A caps statement item wrapped over two or three lines, its figures on the last, in text without
/// positions (`pdftotext -raw`, pypdf): "TOIMINNAN JA INVESTOINTIEN" / "RAHAVIRTA –1 969 –1 533"
/// (synth katajaselka p. 2), "TOIMINNAN JA" / "INVESTOINTIEN" / "RAHAVIRTA 3544 -7462" and "B
/// POISTOERO JA" / "VAPAAEHTOISET" / "VARAUKSET 4266 4366" (honkaniemi pp. 1, 3). The text
/// counterpart of `WrappedCapsLabel` (which reads indents and weights on the PDF path), with its
/// conditions: the last line's label alone is one caps word (or one and "YHTEENSÄ") that names
/// nothing by itself, the lines above it are caps and hold no figures, and the run holds "JA",
/// "TAI" or "SEKÄ" (DOMAIN.md: the statutory names join their parts with "JA"; a caps group
/// title over a caps row of its own, "C TOIMEKSIANTOJEN" / "PÄÄOMAT 567 566", keeps its reading).
/// An outline marker ("B") may open the first line only; a one-word row printed more than once in
/// the table, or followed by another one-word caps row ("MENOT" / "TULOT" under a caps unit
/// title), is no such item. Read apart, the upper lines were a group
/// title over a row named "RAHAVIRTA", and `SubtotalOnlyRows` took that title for a group's
/// headline, so the subtotal went to the item columns.
enum WrappedCapsLabelLines {
    /// Label-only lines joined above the row at most.
    static let maxLinesAbove = 2

    /// For each run, the index of its first label-only row and of the row with figures it ends in.
    static func runs(labels: [String], tails: [[String]]) -> [(first: Int, row: Int)] {
        var out: [(first: Int, row: Int)] = []
        // How often each label is printed, counted once, when the first one-word row asks.
        var printed: [String: Int]?
        for d in labels.indices where !tails[d].isEmpty && d > 0 && namesNothingAlone(labels[d]) {
            // A unit's rows in caps ("HALLINTO JA TALOUS" / "MENOT …" / "TULOT …", repeated under
            // every unit) are rows of their own under a title: the name is printed once, and the
            // row after it is no other one-word caps row with figures.
            if printed == nil { printed = labels.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
            guard printed?[labels[d]] == 1,
                  !(d + 1 < labels.count && !tails[d + 1].isEmpty && namesNothingAlone(labels[d + 1])) else { continue }
            var k = d
            var words: [String] = []
            var top: Int?
            while k > 0, d - k < maxLinesAbove, tails[k - 1].isEmpty, WordTraits.isCapsTitle(labels[k - 1]) {
                k -= 1
                let line = labels[k].split(separator: " ").map(String.init)
                words += line
                // A marker opens the run's first line only: a line opened by one starts the run.
                top = k
                if WordTraits.startsWithOutlineMarker(labels[k]) { break }
            }
            guard let first = top, words.contains(where: { WrappedCapsLabel.conjunctions.contains($0) }),
                  (first + 1..<d).allSatisfy({ !WordTraits.startsWithOutlineMarker(labels[$0]) }) else { continue }
            out.append((first, d))
        }
        return out
    }

    /// One caps word, or one and "YHTEENSÄ".
    private static func namesNothingAlone(_ label: String) -> Bool {
        var words = label.split(separator: " ").map(String.init)
        if words.count == 2, words[1].uppercased() == "YHTEENSÄ" { words.removeLast() }
        return words.count == 1 && WordTraits.isCapsTitle(words[0])
    }
}
