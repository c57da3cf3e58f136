/// Chooses among the readings of one text line of run-together figures by the arithmetic of the
/// MENOT / TULOT / NETTOMENO group it stands in (DOMAIN: a budget's three rows per cost centre,
/// NETTOMENO = MENOT + TULOT column by column), for rows a converter left as text beside its grid.
/// markitdown's text of hold-out set 6's hold6-08 (iText, one group band per board) prints
/// Ympäristölautakunta's "NETTOMENO -1 317 353 -4 930 962 -4 253 500 13,7 113 647 747 134" with its
/// last two figures run together (113 647 | 747 134, or 113 | 647 747 134, or 113 647 747 | 134) and
/// the totals' "TULOT 5 293 756 2 459 634 5 497 442 123,5 …" (5 497 442 | 123,5 or 5 497 | 442 123,5).
/// As `IdentitySplitResolver` does for text tables: when exactly one row of the three has more than
/// one reading, the reading that satisfies the identity in the most columns, and in all but one at
/// least (a percentage column never adds up), wins when no other reading satisfies as many. The
/// caller reads the row in doubt all the same (its figures are flagged): the converter did not place them.
enum GroupIdentityReading {
    /// Readings of a line tried before giving up.
    static let maxReadings = 64

    /// `rows` in order, each a label and its readings (one for a row read one way, none for a row
    /// with no figures). Returns the readings with every group's one ambiguous row settled where the
    /// arithmetic settles it; other rows unchanged.
    static func settle(_ rows: [(label: String, readings: [[String]])], columns n: Int) -> [[[String]]] {
        var out = rows.map { $0.readings }
        let figureRows = rows.indices.filter { !rows[$0].readings.isEmpty }
        guard figureRows.count >= 3, n >= 2 else { return out }
        for k in 0...(figureRows.count - 3) {
            let triple = Array(figureRows[k..<(k + 3)])
            guard triple.map({ plainLabel(rows[$0].label) }) == ["MENOT", "TULOT", "NETTOMENO"] else { continue }
            let ambiguous = triple.filter { out[$0].count > 1 }
            guard ambiguous.count == 1, let target = ambiguous.first,
                  triple.allSatisfy({ row in out[row].allSatisfy { $0.count == n } }) else { continue }
            var best: [[String]] = [], bestScore = -1
            for reading in out[target] {
                let three = triple.map { $0 == target ? reading : out[$0][0] }
                let score = IdentitySplitResolver.satisfiedColumns(three, columns: n)
                if score > bestScore { best = [reading]; bestScore = score } else if score == bestScore { best.append(reading) }
            }
            guard best.count == 1, bestScore >= n - 1, bestScore >= 2 else { continue }
            out[target] = best
        }
        return out
    }

    /// A row label without the doubt mark and spacing, in upper case ("MENOT").
    static func plainLabel(_ label: String) -> String {
        label.filter { $0 != SpacerPipeColumns.doubtMark }.trimmingCharacters(in: .whitespaces).uppercased()
    }
}
