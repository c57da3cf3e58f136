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
    static func joins(labels: [String], tails: [[String]]) -> [Int] {
        let n = labels.count
        guard n >= 2 else { return [] }
        let words = labels.map { $0.split(separator: " ").map(String.init) }
        let coded = (0..<n).map { CodeLedRowsUnderStackedHeader.startsWithCode(words[$0]) }
        let codedRows = (0..<n).filter { coded[$0] && !tails[$0].isEmpty }
        var found: [Int] = []
        for k in 0..<(n - 1) where coded[k] && tails[k].isEmpty {
            let d = k + 1
            let label = labels[d]
            guard !tails[d].isEmpty, !label.isEmpty, !coded[d], label.first?.isLetter == true,
                  !WordTraits.startsWithOutlineMarker(label),
                  !label.lowercased().contains("yhteensä"),
                  codedRows.filter({ $0 != d }).count >= 2,
                  // A repeat under a code line of its own is another item of the same name
                  // ("4142 Katuvalaistuksen" / "LED-saneeraus" and "4184 Katuvalaistuksen" /
                  // "LED-saneeraus"): the codes tell them apart, so it does not count.
                  labels.indices.filter({ $0 != d && labels[$0] == label && !($0 > 0 && coded[$0 - 1] && tails[$0 - 1].isEmpty) }).isEmpty
            else { continue }
            if d + 1 < n, !tails[d + 1].isEmpty, !coded[d + 1], !labels[d + 1].lowercased().contains("yhteensä") { continue }
            found.append(k)
        }
        return found
    }
}
