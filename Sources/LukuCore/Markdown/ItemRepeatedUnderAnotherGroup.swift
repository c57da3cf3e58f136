/// A balance sheet's item printed twice, once under each of two groups ("Saadut ennakot" under
/// "I Pitkäaikainen vieras pääoma" and again under "II Lyhytaikainen"), in a table markitdown cut
/// into blocks at its group headings: each block reads as a table of its own, and the row no longer
/// says which group it is under; the long-term row and the short-term one of the same label are two
/// readings of one line of labels (synth louhivirta, kalliosalo, petajalampi, pihlajaniemi,
/// saarnijoki, honkakoski in markitdown). Within a run of pipe blocks (`SpacerPipeColumns.runs`),
/// a figure row whose label an earlier figure row of the run printed, with a heading line of the
/// balance sheet's outline ("II Lyhytaikainen", "E VIERAS PÄÄOMA": a capital letter or a roman
/// numeral, then words) between the two, is read in doubt, and so is the earlier one (every figure
/// flagged); nothing is moved. A budget's MENOT / TULOT under each cost centre has no such heading
/// between its groups, and its groups are read as such.
enum ItemRepeatedUnderAnotherGroup {
    /// Outline markers of a balance sheet's group headings.
    static let markers: Set<String> = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

    static func mark(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return SpacerPipeColumns.markRows(in: text) { members, cells in
            var first: [String: Int] = [:]
            var doubted: [Int] = []
            for k in members {
                guard let row = cells[k], !FigureInLabelCell.isAlignment(row), SpacerPipeColumns.hasFigure(row) else { continue }
                let label = row[0].trimmingCharacters(in: .whitespaces)
                guard !label.isEmpty else { continue }
                guard let j = first[label] else { first[label] = k; continue }
                if (j + 1..<k).contains(where: { cells[$0] == nil && isGroupHeading(lines[$0]) }) { doubted += [j, k] }
            }
            return doubted
        }
    }

    /// "II Lyhytaikainen", "E VIERAS PÄÄOMA": an outline marker, a space, then a word.
    static func isGroupHeading(_ line: Substring) -> Bool {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
        guard words.count == 2, !words[1].trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        return markers.contains(String(words[0]))
    }
}
