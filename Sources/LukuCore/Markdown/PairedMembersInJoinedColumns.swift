/// Two pipe columns joined into one (`SpacerPipeColumns`: no row fills both) may be one printed
/// column cut in two, or two printed columns no row fills together: a statement's item column and
/// its group's subtotal column, when pdfplumber left every row filling both out of the grid as
/// text (synth vaahterajoki p. 4, "| Aineettomat oikeudet | 468.691,59 | | 473.361,28 | |" and
/// "| IV Rahat ja pankkisaamiset | | 52.340.708,53 | | 29.756.883,86 |"; tamminiemi p. 10, the
/// sheet-made statements in euros). The grid does not say which. When two or more periods are
/// joined pairs and the rows split cleanly into rows on the first member of every pair and rows
/// on the second of every pair, both kinds present, the columns may be items and subtotals: every
/// figure row of the grid is read in doubt (its figures flagged), the joined reading kept.
enum PairedMembersInJoinedColumns {
    static func applies(_ groups: [[Int]], figureFilled: [Set<Int>]) -> Bool {
        let pairs = groups.filter { $0.count >= 2 }
        guard pairs.count >= 2, pairs.allSatisfy({ $0.count == 2 }) else { return false }
        var sides = Set<Int>()
        for filled in figureFilled {
            let side = pairs.map { p -> Int? in
                let first = filled.contains(p[0]), second = filled.contains(p[1])
                return first == second ? nil : (first ? 0 : 1)
            }
            guard let s = side.first ?? nil, side.allSatisfy({ $0 == s }) else { continue }
            sides.insert(s)
        }
        return sides.count == 2
    }
}
