import Foundation

/// The company form of the statements (Koha-Suomi Oy TP 2024, an Excel print without indentation
/// or subtotal column, p3 tuloslaskelma and p4 tase): a total stands in the same column as its
/// items, marked only by an underline rule above it, and is either a "Yhteensä" of the lines
/// above it ("Palkat ja palkkiot + Eläkekulut + Muut henkilösivukulut = Yhteensä"), a group total
/// ("VAIHTUVAT VASTAAVAT YHTEENSÄ" = the Lyhytaikaiset Yhteensä + Rahat ja pankkisaamiset) or a
/// result line that carries the previous result on ("LIIKEVOITTO / -TAPPIO" = LIIKEVAIHTO + the
/// cost subtotals; "VOITTO / TAPPIO ENNEN TILINPÄÄTÖSSIIRTOJA JA VEROJA" = LIIKEVOITTO +
/// Rahoitustuotot ja -kulut yhteensä; "TILIKAUDEN VOITTO / TAPPIO" = that + taxes).
///
/// Read top-down: a total's terms are the rows directly above it that no earlier total took,
/// walked upwards until their sum equals the total exactly in every column (at most
/// `reach` rows); the rows taken are then closed. Nothing tells on the page where a group starts,
/// so the sum itself is the proof: the rule reports only totals that hold (a source error leaves
/// its rows unverified, it never guesses a mismatch), and only a non-zero total of at least two
/// non-zero terms, or of one term equal in every column of two or more with values (the
/// one-line "Yhteensä" under "Ulkopuoliset palvelut").
struct RunningTotalRule: TableIdentity {
    static let rule = "total = the open lines above it"
    static let reach = 24

    func checks(in table: Table) -> [Check] {
        let columns = IdentitySupport.summingColumns(table)
        guard !columns.isEmpty else { return [] }
        var open: [Int] = []        // rows no total has taken yet, in row order
        var out: [Check] = []
        var blanks = EmptyTotalCells()
        for r in table.rows.indices where IdentitySupport.hasValues(table.rows[r]) {
            defer { open.append(r) }
            guard Self.isTotal(table.rows[r].label), let target = blanks.vector(table, r, columns) else { continue }
            var sum = [Decimal](repeating: 0, count: columns.count)
            var taken: [Int] = []
            for k in open.indices.reversed().prefix(Self.reach) {
                guard let v = blanks.vector(table, open[k], columns) else { break }
                for i in sum.indices { sum[i] += v[i] }
                taken.append(open[k])
                let blank = EmptyTotalCells.blank(table, row: r, columns: columns, sum: sum)
                guard sum.indices.allSatisfy({ sum[$0] == target[$0] || blank.contains($0) }) else { continue }
                guard Self.proves(terms: taken, total: target, table: table, columns: columns) else { break }
                let terms = taken.sorted()
                blanks.record(row: r, positions: blank, sum: sum, terms: terms)
                out += columns.indices.filter { !blank.contains($0) }.compactMap { i in
                    IdentitySupport.sumCheck(table, rule: Self.rule, row: r, column: columns[i],
                                             operands: blanks.expand(terms, position: i).map { .init(row: $0, column: columns[i]) },
                                             emptyIsZero: true)
                }
                open.removeSubrange(k...)
                break
            }
        }
        return IdentitySupport.ordered(out)
    }

    /// "Yhteensä", "… YHTEENSÄ", "Rahoitustuotot ja -kulut yhteensä", and the result lines of the
    /// company income statement.
    static func isTotal(_ label: String) -> Bool {
        let key = IdentitySupport.key(label)
        return key.hasSuffix("YHTEENSÄ") || results.contains { key.hasPrefix($0) }
    }

    static let results = ["LIIKEVOITTO", "LIIKETAPPIO", "VOITTO / TAPPIO", "VOITTO (TAPPIO)",
                          "TILIKAUDEN VOITTO", "TILIKAUDEN TAPPIO"]

    /// The row's numbers in `columns` (an empty cell is 0), nil when a cell holds text or a
    /// percentage.
    static func vector(_ table: Table, _ row: Int, _ columns: [Int]) -> [Decimal]? {
        var v: [Decimal] = []
        for c in columns {
            guard let cell = IdentitySupport.cell(table, row, c) else { v.append(0); continue }
            guard let value = cell.value, cell.unit != "%" else { return nil }
            v.append(value)
        }
        return v
    }

    static func proves(terms: [Int], total: [Decimal], table: Table, columns: [Int]) -> Bool {
        guard total.contains(where: { $0 != 0 }) else { return false }
        if terms.count >= 2 {
            return columns.indices.contains { i in terms.filter { vector(table, $0, columns)?[i] != 0 }.count >= 2 }
        }
        return total.filter { $0 != 0 }.count >= 2
    }
}
