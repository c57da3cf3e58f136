/// A plain-text table cut in two by another table the extract printed inside it: the first
/// table's header and rows, a second table's header and rows, then the first table's remaining
/// rows. In the seed text of kemijarvi-konserni-elinvoima-ta2026 (page 25, elinkeino- ja
/// työllisyyspalvelut) the käyttötalous table ("TP TA+MUUTOS TPE TA KS", rows indented,
/// "Myyntituotot 0 0") stops after two rows, the Tunnusluvut table (six columns, every row
/// filled, labels at the margin) follows, and "   Tuet ja avustukset 386 700 386 700" goes on
/// with the käyttötalous rows. A person sees where the second table ends by the shape of its rows:
/// every row of it filled its columns at one indent, and then a row comes at the first table's
/// indent that cannot fill them but reads as a row of the first table.
///
/// The rule finds that line; the caller reads the first table around the second. It is narrow on
/// purpose: the second table must have had only full rows, the line must be at an indent of the
/// first table's number rows that no row of the second table had, and its numbers must split
/// into the first table's columns or into the count its short rows all share.
enum InterruptedTable {
    /// The line inside the second table (`second`: its header line up to, not including,
    /// `secondEnd`) where the first table's rows (`firstLines`) go on; nil when there is none.
    static func resumeLine(_ lines: [TextLine], firstLines: ClosedRange<Int>, firstColumns: Int,
                           second: Int, secondEnd: Int, secondColumns: Int) -> Int? {
        var firstIndents = Set<Int>()
        var firstTails: [[String]] = []
        for j in firstLines {
            guard let tail = numberTail(lines[j]) else { continue }
            firstIndents.insert(Int(lines[j].indent))
            firstTails.append(tail)
        }
        guard !firstTails.isEmpty, second + 1 < secondEnd else { return nil }
        var secondIndents = Set<Int>()
        for j in (second + 1)..<secondEnd {
            guard let tail = numberTail(lines[j]) else { continue }
            let indent = Int(lines[j].indent)
            if DigitRunSplitter.split(tail, columns: secondColumns) != nil {
                secondIndents.insert(indent)
                continue
            }
            guard !secondIndents.isEmpty, firstIndents.contains(indent), !secondIndents.contains(indent) else { return nil }
            let fitsFirst = DigitRunSplitter.split(tail, columns: firstColumns) != nil
                || ShortRows.width(firstTails + [tail], columns: firstColumns) != nil
            return fitsFirst ? j : nil
        }
        return nil
    }

    /// The run of number-column tokens a line ends in, after its label and any unit that ends the
    /// label ("Muutos %"); nil for a line without one.
    private static func numberTail(_ line: TextLine) -> [String]? {
        let words = line.words.map(\.text)
        var split = TextTableBuilder.tailStart(words)
        while split < words.count, words[split] == "%" || words[split] == "€" { split += 1 }
        guard split > 0, split < words.count else { return nil }
        return Array(words[split...])
    }
}
