import Foundation

/// Uses the arithmetic of a MENOT / TULOT / NETTOMENO group to choose among the readings of a
/// row of run-together digits (DOMAIN: "found from the column count, the three-digit group rule
/// and the arithmetic"). When exactly one row of the three is ambiguous, every reading of it is
/// tried against NETTOMENO = MENOT + TULOT column by column; the reading that satisfies the most
/// columns wins if no other satisfies as many. It stays flagged unless it satisfies every column,
/// because a printed mistake elsewhere in the group can make the arithmetic itself unreliable;
/// either way its cells are flagged `identity-chosen` (the arithmetic chose among the readings).
enum IdentitySplitResolver {
    /// Readings tried per row before giving up.
    static let maxReadings = 512

    /// `tails[k]` are the digit tokens of row k, `chosen[k]` its current reading (nil for none).
    static func resolve(labels: [String], tails: [[String]], chosen: inout [DigitSplit?], columns n: Int) {
        guard labels.count >= 3 else { return }
        for k in 0...(labels.count - 3) {
            let triple = [k, k + 1, k + 2]
            guard triple.map({ labels[$0].uppercased() }) == ["MENOT", "TULOT", "NETTOMENO"],
                  triple.allSatisfy({ chosen[$0] != nil }) else { continue }
            let ambiguous = triple.filter { chosen[$0]!.ambiguous }
            guard ambiguous.count == 1, let target = ambiguous.first else { continue }
            let readings = DigitRunSplitter.splits(tails[target], columns: n, limit: maxReadings)
            guard readings.count < maxReadings else { continue }
            var best: [[String]] = [], bestScore = -1
            for reading in readings {
                var rows = triple.map { chosen[$0]!.numbers }
                rows[target - k] = reading
                let score = satisfiedColumns(rows, columns: n)
                if score > bestScore { best = [reading]; bestScore = score } else if score == bestScore { best.append(reading) }
            }
            guard best.count == 1, bestScore >= n - 1, bestScore > 0 else { continue }
            chosen[target] = DigitSplit(numbers: best[0], alternatives: bestScore == n ? 1 : readings.count,
                                        chosenByIdentity: readings.count > 1)
        }
    }

    /// Columns where NETTOMENO = MENOT + TULOT holds for the readings of the three rows.
    static func satisfiedColumns(_ rows: [[String]], columns n: Int) -> Int {
        (0..<n).filter { c in
            guard let m = FinnishNumber.parse(rows[0][c])?.value, let t = FinnishNumber.parse(rows[1][c])?.value,
                  let net = FinnishNumber.parse(rows[2][c])?.value else { return false }
            return m + t == net
        }.count
    }
}
