/// An item numbered with a project or account code whose name wraps onto a line starting in
/// uppercase, the figures on the last line, in text without positions (`pdftotext -raw`, pypdf):
/// "4142 Katuvalaistuksen" / "LED-saneeraus 35 070 0 35 070 …", "4289 Kevyen liikenteen väylä" /
/// "Kirkonkylä–Asema 474 222 …" (hold-out 10, an investment table whose every item is led by its
/// code). A lowercase second line already goes on the label above (`RowAssembler`); an uppercase
/// one was read as a row of its own under a group named by the code line, so the item lost its
/// code and the rows after it were put in a group that is no group.
///
/// The text counterpart of `CodeLedItemLabel` (which reads indents and weights on the PDF path):
/// the code numbers one item, so a label-only line led by a code, right before a row of figures
/// whose label has no code of its own, is the first line of that row's name when
/// - the table numbers its items: two or more other rows with figures are led by a code;
/// - the row is not a total ("… yhteensä") and its label is printed once in the table (a cost
///   centre's "Menot" / "Tulot" repeat under every centre, DOMAIN.md), a repeat under a code line
///   of its own aside;
/// - the row after it is no further codeless row with figures (it would be a second row of the
///   same item: then the code line names a group, "1100 Hallinto" / "Toimintatuotot …" /
///   "Toimintakulut …").
enum CodeLedWrappedLabelLines {
    /// Indices `k` of label-only code lines that are the first line of row `k + 1`'s label.
    ///
    /// A row's figures may sit one line lower, on a lowercase line under a label-only line
    /// ("5010 Vanhan koulun" / "purku 166 000 …", "5080 Päiväkoti" / "Tuulenpesän" /
    /// "uudisrakennus 4 357 000 …", synth varpuvirta and saarnijoki: every item's name wrapped in
    /// a narrow label column). `RowAssembler` joins such a lowercase line to the label above, so
    /// the label-only line and that line are one row with figures here, both when counting the
    /// items led by a code and when reading the line under a code line.
    static func joins(labels: [String], tails: [[String]]) -> [Int] {
        let n = labels.count
        guard n >= 2 else { return [] }
        let words = labels.map { $0.split(separator: " ").map(String.init) }
        let coded = (0..<n).map { CodeLedRowsUnderStackedHeader.startsWithCode(words[$0]) }
        let total = { (i: Int) in labels[i].lowercased().contains("yhteensä") }
        // The line holding the figures of the row whose label starts on line `i`.
        func figures(_ i: Int) -> Int? {
            if !tails[i].isEmpty { return i }
            if i + 1 < n, !tails[i + 1].isEmpty, !coded[i + 1], WordTraits.startsLowercase(labels[i + 1]) { return i + 1 }
            return nil
        }
        let codedRows = (0..<n).filter { coded[$0] && figures($0) != nil }
        var found: [Int] = []
        for k in 0..<(n - 1) where coded[k] && tails[k].isEmpty {
            let d = k + 1
            let label = labels[d]
            guard let f = figures(d), !label.isEmpty, !coded[d], label.first?.isLetter == true,
                  !WordTraits.startsWithOutlineMarker(label),
                  !total(d), !total(f),
                  codedRows.filter({ $0 != d }).count >= 2,
                  // A repeat under a code line of its own is another item of the same name
                  // ("4142 Katuvalaistuksen" / "LED-saneeraus" and "4184 Katuvalaistuksen" /
                  // "LED-saneeraus"): the codes tell them apart, so it does not count.
                  labels.indices.filter({ $0 != d && labels[$0] == label && !($0 > 0 && coded[$0 - 1] && tails[$0 - 1].isEmpty) }).isEmpty
            else { continue }
            let next = f + 1
            if next < n, !coded[next], let g = figures(next), !total(next), !total(g) { continue }
            found.append(k)
        }
        return found
    }
}
